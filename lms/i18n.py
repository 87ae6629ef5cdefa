"""Where the same page lives in each interface language.

The language chooser, the ``hreflang`` links and the redirect after choosing a language all
ask here. A learner URL carries the language as a prefix (``/fr/…``; English has none), so by
default a page's address in another language is the same path under that prefix. Wagtail
pages with translations (content localisation) answer with the translation's own address
through ``page_translation_urls``.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse, translate_url
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant


def url_in_language(url: str, language: str) -> str:
    """``url`` (a path, with or without query) as it reads in ``language``.

    Django's ``translate_url`` resolves with the *active* language's prefix, so a prefixed
    path (``/fr/…``) is resolved under its own language first; a path that resolves nowhere
    comes back unchanged.
    """
    path = urlsplit(url).path
    own = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(own):
        return translate_url(url, language)


def url_in_languages(url: str, languages: list[str]) -> dict[str, str]:
    """{language: ``url_in_language(url, language)``} for each of ``languages``, resolving
    ``url`` once instead of once per language (what Django's ``translate_url`` does, each
    time): every page's header and ``<head>`` ask for all the interface languages."""
    parsed = urlsplit(url)
    own = translation.get_language_from_path(parsed.path) or settings.LANGUAGE_CODE
    with translation.override(own):
        try:
            match = resolve(unquote(parsed.path))  # the URL may be encoded
        except Resolver404:
            return dict.fromkeys(languages, url)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    urls = {}
    for language in languages:
        with translation.override(language):
            try:
                path = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                urls[language] = url
                continue
        urls[language] = urlunsplit(
            (parsed.scheme, parsed.netloc, path, parsed.query, parsed.fragment)
        )
    return urls


def page_translation_urls(request, page) -> dict[str, str]:
    """{language: URL} of ``page``'s published translations, for the languages it has.

    Without content localisation every language reads the same page, so there is nothing
    to add to the prefixed paths ``alternate_urls`` builds.
    """
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or page is None:
        return {}
    cached = getattr(page, "translation_urls", None)
    if cached is not None:  # the page keeps them in the cache (content.translations)
        return cached(request)
    return live_translation_urls(request, page)


def live_translation_urls(request, page) -> dict[str, str]:
    """{language: URL} of ``page``'s live translations (itself included), read now."""
    urls = {}
    for translated in page.get_translations(inclusive=True).live().select_related("locale"):
        url = translated.get_url(request=request)
        if url:
            urls[translated.locale.language_code] = url
    return urls


def alternate_urls(request, page=None, path: str | None = None) -> dict[str, str]:
    """{language code: URL} of the current page (or of ``path``) in every interface
    language, in the order of settings.LANGUAGES: the page's own translation where one
    exists, else the English page's path under the language's prefix (routing serves an
    untranslated page from the English tree there).

    A translation's slug may differ from its source's (``/fr/…/payer-moins/``): the other
    languages are built from the English page's own address, not from the path being read,
    which exists only in French."""
    translations = page_translation_urls(request, page)
    path = translations.get(_default_content_language()) or path or request.path
    urls = url_in_languages(path, [code for code, _name in settings.LANGUAGES])
    urls.update({code: url for code, url in translations.items() if code in urls})
    return urls


def _default_content_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)
