"""``{% content_lang page %}``: mark a page's own text with its language when it differs
from the interface's.

A page not yet translated is served from its English source under every language prefix
(``content.routing``); on an Arabic page its title and body are English, and must say so:
``lang="en"`` for screen readers and hyphenation (WCAG 3.1.2, language of parts) and
``dir="ltr"`` so English sentences do not take the Arabic page's right-to-left order (a
full stop at the wrong end). No query: the default locale's id is kept per process.
"""

from django import template
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from wagtail.models import Site
from wagtail.templatetags.wagtailcore_tags import pageurl

from content.routing import active_content_language, default_content_language, default_locale_id
from content.translations import keep_reader_language

register = template.Library()


@register.simple_tag
def content_lang(page) -> str:
    """` lang="en" dir="ltr"` for a source page shown in another language, else ""."""
    if page is None or active_content_language() is None:
        return ""
    if getattr(page, "translation", None) is not None:
        return ""  # a source row showing its translation's words (``localize_pages``)
    if getattr(page, "locale_id", None) != default_locale_id():
        return ""
    language = default_content_language()
    direction = "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


@register.simple_tag
def text_lang(obj) -> str:
    """` lang=".." dir=".."` when ``obj.text_language`` (the language of the words shown, set
    by the service that chose them, e.g. a checklist with no translation yet) is not the
    interface's language, else "". For snippets, whose words are swapped in place."""
    language = getattr(obj, "text_language", None)
    if not language or language == translation.get_language():
        return ""
    direction = "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


@register.simple_tag
def in_text_language(obj, text) -> str:
    """``text`` (one of ``obj``'s words) wrapped in a span marking its language when that is
    not the interface's (see ``text_lang``), else escaped as is. For a name inside a
    translated sentence: ``{% in_text_language checklist checklist.name as name %}`` then
    ``{% blocktranslate with name=name %}``; the span isolates it, so an English name keeps
    its place at the start of an Arabic heading."""
    attrs = text_lang(obj)
    if not attrs:
        return conditional_escape(text)
    return format_html("<span{}>{}</span>", attrs, text)


@register.simple_tag
def in_page_language(page) -> str:
    """``page.title`` wrapped in a span marking it as English when ``page``
    is an English source shown under another language (see ``content_lang``), else escaped as
    is (it is then in the reader's language). For a page title inside a translated label:
    ``{% in_page_language module.page as title %}`` then ``{% blocktranslate with
    title=title %}Module {{ n }}: {{ title }}``; an Arabic heading keeps "الوحدة 1:" at its
    start and the English title after it, read by screen readers in English."""
    attrs = content_lang(page)
    if not attrs:
        return conditional_escape(page.title)
    return format_html("<span{}>{}</span>", attrs, page.title)


@register.simple_tag(takes_context=True)
def reader_pageurl(context, page) -> str:
    """``{% pageurl page %}``, kept under the reader's language prefix for an English page
    listed on a translated one (``/fr/track/course/``, served from the English tree), so a
    French reader who follows it stays in French instead of landing on the English site."""
    return keep_reader_language(page, _cached_pageurl(context, page) or pageurl(context, page))


def _cached_pageurl(context, page) -> str | None:
    """The address ``pageurl`` gives, from the parts a cached outline kept on ``page``
    (``cached_url_parts``), when they still apply: made from the page's current ``url_path``
    (a translation shown in its place has another) and on the site the request is for (where
    ``pageurl`` answers the site-relative path). None otherwise: ``pageurl`` works it out."""
    kept = page.__dict__.get("cached_url_parts")
    request = context.get("request")
    if kept is None or request is None:
        return None
    url_path, site_id, page_path = kept
    if url_path != page.url_path:
        return None
    site = Site.find_for_request(request)
    if site is None or site.pk != site_id:
        return None
    return page_path
