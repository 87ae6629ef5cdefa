"""The rules of the market-entry checklists: which checklists a learner sees, how their
progress is counted and how their ticks are saved. Views, admin and the demo call these.

A checklist exists once for learners' records, in the default locale (its *source*); its
translations are other rows with the same ``translation_key``. Lists, counts, reports and
ticks use sources only; what the learner reads is swapped for the live translation in the
active language where one exists, item by item in order (the n-th item of a translation
translates the n-th of its source, as quiz questions do), and stays English otherwise.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import get_language

from content import freshness
from content.caching import bump_cache_version, versioned_key
from content.routing import active_content_language, default_content_language, default_locale_id

from .models import ChecklistCategory, ChecklistItem, ChecklistTick, MarketChecklist


def sources(queryset: QuerySet[MarketChecklist] | None = None) -> QuerySet[MarketChecklist]:
    """Only checklists in the default locale, so each market is listed and counted once
    however many translations it has."""
    queryset = MarketChecklist.objects.all() if queryset is None else queryset
    locale_id = default_locale_id()
    return queryset if locale_id is None else queryset.filter(locale_id=locale_id)


def _has_no_source() -> Q:
    """Written directly in another language: no checklist of the default locale shares its
    ``translation_key``. Such a checklist stands for itself (its own ticks and review)."""
    default_id = default_locale_id()
    source = MarketChecklist.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=default_id
    )
    return ~Q(locale_id=default_id) & ~Exists(source)


def sources_and_standalone(
    queryset: QuerySet[MarketChecklist] | None = None, *, language: str | None = None
) -> QuerySet[MarketChecklist]:
    """``sources`` plus the checklists with no source at all (created directly in French,
    say); only those in ``language`` when it is given. Each market still counts once."""
    queryset = MarketChecklist.objects.all() if queryset is None else queryset
    default_id = default_locale_id()
    if default_id is None:
        return queryset
    standalone = _has_no_source()
    if language is not None:
        standalone &= Q(locale__language_code=language)
    return queryset.filter(Q(locale_id=default_id) | standalone)


def sources_of(checklists: list[MarketChecklist | None]) -> list[MarketChecklist | None]:
    """Each checklist replaced by its source (``source_of``), in order, ``None`` kept: one
    query when translations are among them, none otherwise. A resource may name a
    translation as its market; learners know the market by its source."""
    default_id = default_locale_id()
    keys = {
        checklist.translation_key
        for checklist in checklists
        if checklist is not None and default_id is not None and checklist.locale_id != default_id
    }
    if not keys:
        return list(checklists)
    found = {
        source.translation_key: source
        for source in MarketChecklist.objects.filter(translation_key__in=keys, locale_id=default_id)
    }
    return [
        found.get(checklist.translation_key, checklist) if checklist is not None else None
        for checklist in checklists
    ]


def source_of(checklist: MarketChecklist) -> MarketChecklist:
    """The checklist that ticks belong to: ``checklist`` itself in the default locale, else
    its source (same ``translation_key``). A translation whose source was deleted stands for
    itself. No query for a source."""
    default_id = default_locale_id()
    if default_id is None or checklist.locale_id == default_id:
        return checklist
    source = MarketChecklist.objects.filter(
        translation_key=checklist.translation_key, locale_id=default_id
    ).first()
    return source or checklist


def checklist_translations() -> list[tuple[MarketChecklist, MarketChecklist]]:
    """Every translation of a checklist with its source, by source name: two queries. For
    the report of translations that are out of date (courses.services.translation_status)."""
    by_key = {
        checklist.translation_key: checklist
        for checklist in sources().only("name", "translation_key", "live", "last_published_at")
    }
    translations = (
        MarketChecklist.objects.filter(translation_key__in=list(by_key))
        .exclude(locale_id=default_locale_id())
        .select_related("locale")
    )
    pairs = [(by_key[t.translation_key], t) for t in translations]
    return sorted(pairs, key=lambda pair: (pair[0].name, pair[1].locale.language_code))


def checklists_due_for_review(on: datetime.date | None = None) -> QuerySet[MarketChecklist]:
    """Checklists past their review date (content.freshness), published or not, oldest
    first; sources only (a translation is reviewed with its source, see translation rows),
    and checklists with no source, which nothing else would bring to review."""
    return sources_and_standalone(
        MarketChecklist.objects.filter(freshness.overdue_filter(on))
    ).order_by("review_by", "name")


def published_checklists() -> QuerySet[MarketChecklist]:
    """Checklists a visitor may open, with their item count: published sources, and in
    another language the published checklists written directly in it (with no source: a
    French-only market is listed for French readers, and for no one else, who could not
    read it)."""
    live = MarketChecklist.objects.filter(live=True)
    language = active_content_language()
    listed = sources(live) if language is None else sources_and_standalone(live, language=language)
    return listed.annotate(item_count=Count("items"))


def published_checklist(slug: str) -> MarketChecklist | None:
    """The published source checklist at ``/toolkit/markets/<slug>/``: the source's slug in
    any language, or a translation's own slug in its language (if a trainer changed it)."""
    checklist = published_checklists().filter(slug=slug).first()
    language = active_content_language()
    if checklist is None and language is not None:
        translation = (
            MarketChecklist.objects.filter(live=True, slug=slug, locale__language_code=language)
            .only("translation_key", "locale_id")
            .first()
        )
        if translation is not None:
            checklist = (
                published_checklists().filter(translation_key=translation.translation_key).first()
            )
    return checklist


def _live_translations(checklists) -> dict:
    """The live translations of ``checklists`` in the active language, by translation key;
    empty (no query) in the default language."""
    language = active_content_language()
    keys = {checklist.translation_key for checklist in checklists}
    if language is None or not keys:
        return {}
    rows = MarketChecklist.objects.filter(
        live=True, translation_key__in=keys, locale__language_code=language
    ).select_related("locale")
    return {row.translation_key: row for row in rows}


def localize_checklists(checklists) -> None:
    """Show each source checklist in the active language, in place, one query: ``name``,
    ``summary`` and ``introduction`` swapped for its live translation's; ``pk``, ``slug``
    and counts stay the source's. Each gets ``text_language``, the language of the words
    shown (the checklist's own language where no translation is live), and
    ``translation``."""
    checklists = [checklist for checklist in checklists if checklist is not None]
    translations = _live_translations(checklists)
    default_id = default_locale_id()
    for checklist in checklists:
        translation = translations.get(checklist.translation_key)
        checklist.translation = translation
        checklist.text_language = (
            default_content_language()
            if checklist.locale_id == default_id
            else checklist.locale.language_code  # no source: its own language's words
        )
        if translation is None:
            continue
        checklist.text_language = translation.locale.language_code
        if translation.pk == checklist.pk:  # written in the reader's language, no source
            continue
        checklist.name = translation.name
        checklist.summary = translation.summary
        checklist.introduction = translation.introduction
        checklist.text_language = translation.locale.language_code


def by_name(checklists) -> list[MarketChecklist]:
    """Checklists in the alphabetical order of the names shown (accents ignored, so
    « États-Unis » comes before « Union européenne »)."""

    def key(checklist):
        decomposed = unicodedata.normalize("NFKD", checklist.name.casefold())
        return "".join(char for char in decomposed if not unicodedata.combining(char))

    return sorted(checklists, key=key)


def localize_items(items: list[ChecklistItem], translation: MarketChecklist | None) -> None:
    """Show a source checklist's items in ``translation``'s words, in place, matched by
    position; items the translation lacks keep their source words. Each item gets
    ``text_language``. One query with a translation, none without."""
    for item in items:
        item.text_language = default_content_language()
    if translation is None:
        return
    if all(item.checklist_id == translation.pk for item in items):
        # A checklist with no source, read in its own language: its words are the items'.
        for item in items:
            item.text_language = translation.locale.language_code
        return
    twins = translation.items.order_by("sort_order", "pk")
    for item, twin in zip(items, twins, strict=False):
        item.text = twin.text
        item.guidance = twin.guidance
        item.link_url = twin.link_url or item.link_url
        item.link_label = twin.link_label or item.link_label
        item.text_language = translation.locale.language_code


#: Bumped whenever a checklist or one of its items is saved or deleted (publishing saves
#: both; see content/markets/apps.py): every cached checklist is then read afresh.
CHECKLISTS_VERSION_KEY = "gga:checklists-version"
CHECKLIST_SECONDS = 3600


def bump_checklists_version(**kwargs) -> None:
    """Signal receiver: a checklist, a translation of one or an item changed."""
    bump_cache_version(CHECKLISTS_VERSION_KEY)


def checklist_to_read(slug: str) -> tuple[MarketChecklist, list[ChecklistItem]] | None:
    """The published source checklist at ``slug`` (``published_checklist``) and its items, in
    order, both shown in the active language; None when there is none. The same for every
    reader, so cached per slug and language until a checklist changes: a learner's page then
    reads only their ticks."""
    key = versioned_key(CHECKLISTS_VERSION_KEY, "gga:checklist", slug, get_language())
    cached = cache.get(key)
    if cached is None:
        checklist = published_checklist(slug)
        if checklist is None:
            return None
        localize_checklists([checklist])
        items = list(checklist.items.order_by("sort_order", "pk"))
        localize_items(items, checklist.translation)
        cached = (checklist, items)
        cache.set(key, cached, CHECKLIST_SECONDS)
    return cached


@dataclass
class CategoryProgress:
    """One category of a checklist: its items and how many the learner has ticked."""

    value: str
    label: str
    items: list[ChecklistItem] = field(default_factory=list)
    done: int = 0

    @property
    def total(self) -> int:
        return len(self.items)


@dataclass
class ChecklistProgress:
    """A learner's progress through one checklist, by category and overall."""

    categories: list[CategoryProgress]
    ticked_ids: frozenset[int]

    @property
    def done(self) -> int:
        return sum(category.done for category in self.categories)

    @property
    def total(self) -> int:
        return sum(category.total for category in self.categories)


def _ticked_item_ids(user, checklist: MarketChecklist) -> frozenset[int]:
    """The items of ``checklist`` that ``user`` has ticked, always read through the owner."""
    if not user.is_authenticated:
        return frozenset()
    return frozenset(
        user.checklist_ticks.filter(item__checklist=checklist).values_list("item_id", flat=True)
    )


def checklist_progress(
    user, checklist: MarketChecklist, items: list[ChecklistItem] | None = None
) -> ChecklistProgress:
    """The checklist's items grouped by category (in the categories' order, empty ones
    left out) with the learner's ticks; an anonymous visitor has ticked nothing.

    ``checklist`` is a source (ticks belong to its items); its items are shown in the words
    of ``checklist.translation`` when ``localize_checklists`` found a live one. ``items``,
    when given, are its items as ``checklist_to_read`` read them."""
    checklist = source_of(checklist)
    ticked = _ticked_item_ids(user, checklist)
    by_category = {
        value: CategoryProgress(value=value, label=label)
        for value, label in ChecklistCategory.choices
    }
    if items is None:
        items = list(checklist.items.order_by("sort_order", "pk"))
        localize_items(items, getattr(checklist, "translation", None))
    for item in items:
        category = by_category.get(item.category)
        if category is None:  # a category removed from the choices: keep the item visible
            category = by_category.setdefault(
                item.category, CategoryProgress(value=item.category, label=item.category)
            )
        category.items.append(item)
        category.done += item.pk in ticked
    return ChecklistProgress(
        categories=[category for category in by_category.values() if category.items],
        ticked_ids=ticked,
    )


def done_counts(user, checklists) -> dict[int, int]:
    """How many items of each (source) checklist the learner has ticked, in one query."""
    if not user.is_authenticated:
        return {}
    rows = (
        user.checklist_ticks.filter(item__checklist__in=checklists)
        .values("item__checklist_id")
        .annotate(done=Count("id"))
    )
    return {row["item__checklist_id"]: row["done"] for row in rows}


@transaction.atomic
def save_ticks(user, checklist: MarketChecklist, items) -> tuple[int, int]:
    """Make the learner's ticks on ``checklist`` exactly ``items`` (one form post for the
    whole list): tick the new ones, untick the rest. Returns (ticked, unticked) counts.

    ``items`` must belong to ``checklist``, a source; the caller validates them (the form's
    choices). Ticks never land on a translation's items.
    """
    if checklist.pk != source_of(checklist).pk:
        raise ValueError("Ticks belong to the source checklist's items, not a translation's.")
    wanted = {item.pk for item in items}
    if any(item.checklist_id != checklist.pk for item in items):
        raise ValueError("Every ticked item must belong to the checklist being saved.")
    mine = user.checklist_ticks.filter(item__checklist=checklist)
    unticked, _ = mine.exclude(item_id__in=wanted).delete()
    already = set(mine.values_list("item_id", flat=True))
    new = [ChecklistTick(user=user, item_id=pk) for pk in wanted - already]
    # ignore_conflicts: a double submit racing this one must not fail on the unique rule.
    ChecklistTick.objects.bulk_create(new, ignore_conflicts=True)
    return len(new), unticked
