"""Find the request's Wagtail site, with its home page, from the cache.

Wagtail looks the site up (one query) and loads its root page as its specific type (another)
on every page request. Both change only when a page is published or a site is edited, so
they are cached under the content version that every publish bumps (see content.caching),
and Wagtail finds them already on the request.

What every page reads from the cache is read together, in two round trips instead of five:
the versions first (content, toolkit link, checklists), then the site and the header's
toolkit link, whose keys carry those versions.
"""

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

from .caching import (
    CONTENT_VERSION_KEY,
    cached_get,
    read_ahead,
    versioned_key,
    versions_read_once,
)
from .markets.services import CHECKLISTS_VERSION_KEY
from .toolkit import TOOLKIT_VERSION_KEY, toolkit_link_key

SITE_SECONDS = 300

#: The cache versions a page is likely to need, fetched in one round trip.
VERSIONS_READ_TOGETHER = (CONTENT_VERSION_KEY, TOOLKIT_VERSION_KEY, CHECKLISTS_VERSION_KEY)


def site_key(request) -> str:
    return versioned_key(
        CONTENT_VERSION_KEY, "gga:site", request._get_raw_host(), request.get_port()
    )


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Every cached part of the page reads the content version once (content.caching).
        with versions_read_once():
            read_ahead(VERSIONS_READ_TOGETHER)
            key = site_key(request)
            read_ahead([key, toolkit_link_key(request, get_language())])
            site = cached_get(key)
            if site is None:
                site = Site.find_for_request(request)
                if site is not None:
                    # The specific home page, so Wagtail's ``root_page.localized`` asks
                    # HomePage, which answers without a locale query in the default language.
                    site.root_page = site.root_page.specific
                    cache.set(key, site, SITE_SECONDS)
            # Wagtail's Site.find_for_request reads this attribute before querying.
            request._wagtail_site = site
            return self.get_response(request)
