"""The language chooser in the header and the ``hreflang`` links in ``<head>``."""

from django import template
from django.conf import settings
from django.utils import translation

from lms.i18n import alternate_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[dict]:
    """Each interface language with its own name (``Français``, ``العربية``), the current
    page's address in it and whether it is the one being read; computed once a request."""
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_page_languages", None)
    if cached is not None:
        return cached
    # A view may name another address for its language links (a page that must not echo
    # its own URL, such as a wrong certificate code's 404).
    urls = alternate_urls(request, context.get("page"), context.get("language_path"))
    current = translation.get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        languages.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "bidi": info["bidi"],
                "url": request.build_absolute_uri(urls[code]),
                "current": code == current,
            }
        )
    request._page_languages = languages
    return languages
