"""Where the toolkit lives: its front page's address for the header, breadcrumbs and the tools.

The ToolkitPage is a Wagtail page a moderator may rename or move, so its URL is looked up, not
hard-coded. The lookup is cached under its own version, bumped only by what can change the
link (the toolkit page published, unpublished or deleted, any page moved, a site edited; see
the receivers connected in content/models.py), not by every lesson publish: the header costs
no query per request, and none either on the first render after an unrelated publish.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .caching import bump_cache_version, cached_get, versioned_key
from .routing import active_content_language, default_locale_id
from .translations import url_in_reader_language

TOOLKIT_LINK_SECONDS = 3600
TOOLKIT_VERSION_KEY = "gga:toolkit-link-version"


def bump_toolkit_version(**kwargs) -> None:
    """Signal receiver: the toolkit's title or address may have changed."""
    bump_cache_version(TOOLKIT_VERSION_KEY)


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def toolkit_link_key(request, language: str) -> str:
    """The cache key of the toolkit link for the request's host and port (which decide its
    site) in ``language``: known before the site is, so the middleware reads both at once."""
    return versioned_key(
        TOOLKIT_VERSION_KEY,
        "gga:toolkit-link",
        request._get_raw_host(),
        request.get_port(),
        language,
    )


def toolkit_link(request) -> Crumb | None:
    """The live, public toolkit page's title and URL on the request's site, or None; read
    once a request (the header and the tools' breadcrumbs both ask)."""
    from .models import ToolkitPage

    key = toolkit_link_key(request, get_language())
    known = getattr(request, "_gga_toolkit_link", None)
    if known is not None and known[0] == key:
        return known[1]
    cached = cached_get(key)
    if cached is None:
        # The toolkit page in the reader's language where it is translated, else the
        # English one, linked under the reader's prefix (served from the English tree).
        pages = ToolkitPage.objects.live().public().order_by("path")
        language = active_content_language()
        page = language and pages.filter(locale__language_code=language).first()
        page = page or pages.filter(locale_id=default_locale_id()).first() or pages.first()
        url = page.get_url(request) if page else None
        if url and language and page.locale_id == default_locale_id():
            url = url_in_reader_language(url, language)
        cached = (page.title, url) if page and url else ("", "")
        cache.set(key, cached, TOOLKIT_LINK_SECONDS)
    link = Crumb(*cached) if cached[1] else None
    request._gga_toolkit_link = (key, link)
    return link


def toolkit_breadcrumbs(request, *, include_markets: bool = False) -> list[Crumb]:
    """Home › Toolkit [› Market checklists] for the tools' pages, which are not Wagtail pages."""
    site = getattr(request, "_wagtail_site", None)  # cached with its root page (middleware)
    language = active_content_language()
    home_url = url_in_reader_language("/", language) if language else "/"
    crumbs = [Crumb(site.root_page.title if site else _("Home"), home_url)]
    link = toolkit_link(request)
    if link:
        crumbs.append(link)
    if include_markets:
        crumbs.append(Crumb(_("Market-entry checklists"), reverse("markets:list")))
    return crumbs
