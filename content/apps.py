from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Site content")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .caching import bump_content_version, connect_cache_invalidation

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(bump_content_version, dispatch_uid=f"bump-content-{id(signal)}")
        post_delete.connect(bump_content_version, sender=Page, dispatch_uid="bump-content-del")
        for signal in (post_save, post_delete):
            signal.connect(
                bump_content_version, sender=Site, dispatch_uid=f"bump-site-{id(signal)}"
            )
        connect_cache_invalidation()

        from .release import current_release

        # Read the release when the process starts, from the files it started with (a deploy
        # that replaces them under a running process must not change its release).
        current_release()

        from wagtail.models import Locale

        from .routing import forget_locales

        # The locale ids routing remembers per process are forgotten when a locale changes.
        for signal in (post_save, post_delete):
            signal.connect(forget_locales, sender=Locale, dispatch_uid=f"locales-{id(signal)}")
