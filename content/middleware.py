"""Find the request's Wagtail site, with its home page, from the cache.

Wagtail looks the site up (one query) and loads its root page as its specific type (another)
on every page request. Both change only when a page is published or a site is edited, so
they are cached under the content version that every publish bumps (see content.caching),
and Wagtail finds them already on the request.
"""

from django.core.cache import cache
from wagtail.models import Site

from .caching import CONTENT_VERSION_KEY, versioned_key, versions_read_once

SITE_SECONDS = 300


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Every cached part of the page reads the content version once (content.caching).
        with versions_read_once():
            key = versioned_key(
                CONTENT_VERSION_KEY, "gga:site", request._get_raw_host(), request.get_port()
            )
            site = cache.get(key)
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
