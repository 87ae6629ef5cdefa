"""The CDN in front of the anonymous pages is purged on publish only when there is one.

Wagtail's frontend cache app works out, at every publish and unpublish (a deleted page is
unpublished first), every address of the page to purge, then hands them to a task that
finds no CDN when none is named (``WAGTAILFRONTENDCACHE`` empty, see lms/settings/base.py):
working out the addresses reads the site's root paths and the page's cached paths for
nothing. This app config takes the app's place in INSTALLED_APPS and connects the same
purge behind a check that a CDN is named, read at each signal (settings can change in
tests).
"""

from django.apps import apps
from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig
from wagtail.contrib.frontend_cache.utils import get_backends, purge_page_from_cache


def purge_page_if_cdn(instance, **kwargs) -> None:
    """Signal receiver: Wagtail's purge of a published or unpublished page, when a CDN is
    named."""
    if get_backends():
        purge_page_from_cache(instance)


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    def ready(self):
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        for model in apps.get_models():
            if issubclass(model, Page):
                page_published.connect(purge_page_if_cdn, sender=model)
                page_unpublished.connect(purge_page_if_cdn, sender=model)
