"""Half-copied pages: what a copy that failed halfway left behind, and removing it.

Until the copy of a course ran in one transaction (``courses.wagtail_hooks``), a copy that
failed after its first pages were written left a live, partial copy whose stored number of
children (``numchild``) was never updated; adding a page under it later then failed on a
duplicate tree path. Those pages carry that signature, and a "copy" entry in the page log.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page, PageLogEntry, PageViewRestriction


def half_copied_pages() -> list[Page]:
    """The topmost pages of every copy that stopped halfway, in tree order.

    A page qualifies when the page log says it was made by a copy and it has more child
    pages than its ``numchild`` counts (a finished copy sets ``numchild`` last).
    """
    children = (
        Page.objects.filter(
            depth=OuterRef("depth") + 1,
            path__startswith=OuterRef("path"),
        )
        .order_by()
        .annotate(group=Value(1, output_field=IntegerField()))
        .values("group")
        .annotate(n=Count("pk"))
        .values("n")
    )
    copied = PageLogEntry.objects.filter(action="wagtail.copy").values("page_id")
    broken = list(
        Page.objects.filter(pk__in=copied)
        .annotate(children=Coalesce(Subquery(children, output_field=IntegerField()), 0))
        .filter(children__gt=F("numchild"))
        .order_by("path")
    )
    tops: list[Page] = []
    for page in broken:
        if not any(page.path.startswith(top.path) for top in tops):
            tops.append(page)
    return tops


def remove_half_copies(pages: list[Page]) -> int:
    """Delete each half copy with everything under it; returns the number of pages removed."""
    removed = 0
    with transaction.atomic():
        for page in pages:
            subtree = Page.objects.filter(path__startswith=page.path)
            removed += subtree.count()
            # treebeard deletes the pages under a page only if ``numchild`` says it has any.
            children = subtree.filter(depth=page.depth + 1).count()
            Page.objects.filter(pk=page.pk).update(numchild=children)
            Page.objects.get(pk=page.pk).delete()
    return removed


def mirror_view_restrictions(source: Page, copy: Page) -> None:
    """Give each page under ``copy`` the privacy its original under ``source`` has.

    Wagtail's copy gives every copied subpage the restrictions of the page the copy started
    from, not its own: a members-only lesson would be public in a copied course, and a
    restricted course's lessons would each get a restriction of their own. The top page
    keeps what Wagtail decided (it inherits the destination's privacy if there is one).
    """
    originals = list(
        Page.objects.filter(path__startswith=source.path, depth__gt=source.depth)
        .order_by("path")
        .values_list("pk", "depth", "content_type_id")
    )
    copies = list(
        Page.objects.filter(path__startswith=copy.path, depth__gt=copy.depth)
        .order_by("path")
        .values_list("pk", "depth", "content_type_id")
    )
    pairs = {
        original[0]: copied[0]
        for original, copied in zip(originals, copies, strict=False)
        if original[1] - source.depth == copied[1] - copy.depth and original[2] == copied[2]
    }
    with transaction.atomic():
        PageViewRestriction.objects.filter(page_id__in=pairs.values()).delete()
        for restriction in PageViewRestriction.objects.filter(page_id__in=pairs).prefetch_related(
            "groups"
        ):
            groups = list(restriction.groups.all())
            restriction.pk = None
            restriction.page_id = pairs[restriction.page_id]
            restriction.save()
            restriction.groups.set(groups)
