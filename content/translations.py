"""Showing pages in the reader's language, and publishing translations of pages and
snippets the way Wagtail's translate action does.

The admin's "Translate" (wagtail.contrib.simple_translation) copies a page or snippet into a
locale with ``copy_for_translation``; a trainer then edits and publishes the copy. The demo
and tests do the same from code here, idempotently: a translation that exists is updated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, TextField
from django.db.models.functions import Coalesce
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, TranslatableMixin

from lms.i18n import live_translation_urls

from .caching import CONTENT_VERSION_KEY, cached_get, versioned_key
from .routing import active_content_language, default_locale_id


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


def localize_pages(pages: Iterable[Page]) -> None:
    """Show each page as its live translation in the active language, in place, one query.

    Swaps ``title``, ``summary`` (for outline rows) and ``url_path`` (so ``{% pageurl %}``
    leads to the translation) and keeps ``pk``; sets ``translation`` to the translated row.
    Nothing happens, and nothing is queried, in the default language.
    """
    language = active_content_language()
    pages = [page for page in pages if page is not None]
    if language is None or not pages:
        return
    keys = {page.translation_key for page in pages}
    rows = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .annotate(
            translated_summary=Coalesce(
                F("lessonpage__summary"),
                F("modulepage__summary"),
                F("coursepage__summary"),
                F("trackpage__summary"),
                output_field=TextField(),
            )
        )
        .only("title", "url_path", "translation_key", "locale", "path", "depth")
    )
    by_key = {row.translation_key: row for row in rows}
    for page in pages:
        row = by_key.get(page.translation_key)
        if row is None or row.locale_id == page.locale_id:
            continue
        page.translation = row
        page.title = row.title
        page.url_path = row.url_path
        if row.translated_summary and hasattr(page, "summary"):
            page.summary = row.translated_summary


def url_in_reader_language(url: str, language: str) -> str:
    """An English page's ``url`` under ``language``'s prefix (``/fr/track/course/``), where
    routing serves it from the English tree while the interface stays in ``language``."""
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(url, language)


def keep_reader_language(page: Page, url: str | None) -> str | None:
    """``url`` (``page``'s address) kept under the reader's language prefix when ``page`` is
    an English source with no translation shown (``localize_pages`` found none), which routing
    serves from the English tree under that prefix; otherwise ``url`` unchanged. Course
    navigation goes through here, so a French reader who follows it stays in French."""
    language = active_content_language()
    if (
        not url
        or language is None
        or getattr(page, "translation", None) is not None
        or getattr(page, "locale_id", None) != default_locale_id()
    ):
        return url
    return url_in_reader_language(url, language)


def reader_url(page: Page, request=None) -> str | None:
    """``page.get_url(request)``, under the reader's language prefix for an English page (see
    ``keep_reader_language``): where a redirect sends a learner reading in French."""
    return keep_reader_language(page, page.get_url(request=request))


def children_in_reader_language(page: Page, queryset) -> list[Page]:
    """The live, public pages of ``queryset`` that are children of ``page``'s source (its
    translation in the default locale), in tree order and shown in the active language.

    A translated track or toolkit page lists every course or tool its English source does,
    not only the few already translated: the others keep their English words (templates mark
    them with ``content_lang``) and open from the English tree under the reader's prefix.
    No extra query in the default language; one for the source and one for the words
    otherwise.
    """
    default_id = default_locale_id()
    source = page
    if default_id is not None and page.locale_id != default_id:
        source = page.get_translation_or_none(default_id) or page
    children = list(queryset.child_of(source).live().public().order_by("path"))
    localize_pages(children)
    return children


def localized(page: Page | None) -> Page | None:
    """A copy-free view of one page in the active language (see ``localize_pages``)."""
    if page is not None:
        localize_pages([page])
    return page


#: A bump of the content version retires cached addresses sooner; this only bounds memory.
TRANSLATION_URLS_SECONDS = 3600


def translation_urls_key(page: Page, request) -> str:
    site = getattr(request, "_wagtail_site", None)
    return versioned_key(
        CONTENT_VERSION_KEY, "gga:translation-urls", page.pk, site.pk if site else 0
    )


class CachedTranslationUrlsMixin:
    """A page whose translations' addresses (its ``hreflang`` links and the language
    chooser's, ``lms.i18n.page_translation_urls``) are cached under the content version,
    which publishing, unpublishing, moving or deleting any page bumps: a signed-in page does
    not look its translations up on every request. Per site, since an address is relative
    only on the page's own site. Previews read them afresh."""

    def translation_urls(self, request) -> dict[str, str]:
        cacheable = self.pk is not None and not getattr(request, "is_preview", False)
        key = translation_urls_key(self, request) if cacheable else None
        urls = cached_get(key) if key else None
        if urls is None:
            urls = live_translation_urls(request, self)
            if key:
                cache.set(key, urls, TRANSLATION_URLS_SECONDS)
        return urls
