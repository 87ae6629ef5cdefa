"""Where the toolkit lives: its front page's address for the header, breadcrumbs and the tools.

The ToolkitPage is a Wagtail page a moderator may rename or move, so its URL is looked up, not
hard-coded; the lookup is cached under the content version that every publish, move or
delete of a page bumps (content.caching), so the header costs no query per request.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .caching import content_version

TOOLKIT_LINK_SECONDS = 300


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def toolkit_link(request) -> Crumb | None:
    """The live, public toolkit page's title and URL on the request's site, or None."""
    from .models import ToolkitPage

    site = getattr(request, "_wagtail_site", None)
    key = f"gga:toolkit-link:{site.pk if site else 0}:{get_language()}:{content_version()}"
    cached = cache.get(key)
    if cached is None:
        page = ToolkitPage.objects.live().public().order_by("path").first()
        url = page.get_url(request) if page else None
        cached = (page.title, url) if page and url else ("", "")
        cache.set(key, cached, TOOLKIT_LINK_SECONDS)
    return Crumb(*cached) if cached[1] else None


def toolkit_breadcrumbs(request, *, include_markets: bool = False) -> list[Crumb]:
    """Home › Toolkit [› Market checklists] for the tools' pages, which are not Wagtail pages."""
    site = getattr(request, "_wagtail_site", None)  # cached with its root page (middleware)
    crumbs = [Crumb(site.root_page.title if site else _("Home"), "/")]
    link = toolkit_link(request)
    if link:
        crumbs.append(link)
    if include_markets:
        crumbs.append(Crumb(_("Market-entry checklists"), reverse("markets:list")))
    return crumbs
