"""Publishing translations of pages and snippets the way Wagtail's translate action does.

The admin's "Translate" (wagtail.contrib.simple_translation) copies a page or snippet into a
locale with ``copy_for_translation``; a trainer then edits and publishes the copy. The demo
and tests do the same from code here, idempotently: a translation that exists is updated.
"""

from __future__ import annotations

from collections.abc import Mapping

from wagtail.models import Locale, Page, TranslatableMixin


def locale_for(language_code: str) -> Locale:
    """The Wagtail locale of a content language, created the first time it is needed."""
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    return locale


def publish_page_translation(page: Page, language_code: str, fields: Mapping) -> Page:
    """Publish ``page`` in ``language_code`` with ``fields`` (title, body …) set on it.

    The parent must be translated first (the home page's parent is the tree root, shared by
    every locale). Returns the live translation, specific.
    """
    locale = locale_for(language_code)
    page = page.specific
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def save_snippet_translation(
    snippet: TranslatableMixin, language_code: str, fields: Mapping
) -> TranslatableMixin:
    """Save ``snippet`` in ``language_code`` with ``fields`` set; updated if it exists."""
    locale = locale_for(language_code)
    translation = snippet.get_translation_or_none(locale)
    if translation is None:
        translation = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
