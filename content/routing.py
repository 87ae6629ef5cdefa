"""Route a page request with one query for the page, whatever its depth.

Wagtail's default routing walks the tree one level at a time, two queries per level (the
child, then its specific row). Our tree is strict (``subpage_types`` on every page type),
so the types that can stand N levels below the home page are known in advance; we ask each
of them for the page with that exact URL path, most specific first. Anything this does not
find falls back to Wagtail's own routing, so other page types and sub-routes still work.
"""

from functools import lru_cache

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.url_routing import RouteResult


@lru_cache(maxsize=64)
def candidate_models(root_model: type[Page], depth: int) -> tuple[type[Page], ...]:
    """Page models that may stand exactly ``depth`` levels below a ``root_model`` page."""
    level: list[type[Page]] = [root_model]
    for _ in range(depth):
        seen: list[type[Page]] = []
        for model in level:
            for child in model.allowed_subpage_models():
                if child not in seen and not child._meta.abstract:
                    seen.append(child)
        level = seen
    return tuple(level)


#: The model that last answered for a URL path, asked first next time: a quiz, which stands
#: at the depth of lessons and after them in ``candidate_models``, is then found in one query
#: instead of two. A page's type at a path does not change (a different page there is tried
#: like any other when the remembered type has none); the bound only limits memory.
_answered_by: dict[str, type[Page]] = {}
ANSWERED_BY_LIMIT = 20_000


def fast_route(root: Page, path_components: list[str]) -> RouteResult | None:
    """The live page at ``path_components`` below ``root``, or None to let Wagtail route."""
    if not path_components:
        return None
    url_path = root.url_path + "/".join(path_components) + "/"
    candidates = candidate_models(type(root), len(path_components))
    remembered = _answered_by.get(url_path)
    if remembered in candidates:
        candidates = (remembered, *(model for model in candidates if model is not remembered))
    for model in candidates:
        page = model.objects.filter(url_path=url_path).first()
        if page is not None:
            if model is not remembered:
                if len(_answered_by) >= ANSWERED_BY_LIMIT:
                    _answered_by.clear()
                _answered_by[url_path] = model
            if not page.live:
                raise Http404
            return RouteResult(page)
    return None


# --- Locales -------------------------------------------------------------------------------
# Routing and the course services ask which locale is the default on every request; its id is
# read once per process and forgotten when a Locale is saved or deleted (content.apps).

_locale_ids: dict[str, int] = {}


def default_content_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def default_locale_id() -> int | None:
    """The id of the default content locale (the one learning records belong to)."""
    code = default_content_language()
    if code not in _locale_ids:
        locale_id = Locale.objects.filter(language_code=code).values_list("pk", flat=True).first()
        if locale_id is None:
            return None
        _locale_ids[code] = locale_id
    return _locale_ids[code]


def forget_locales(**kwargs) -> None:
    _locale_ids.clear()


def active_content_language() -> str | None:
    """The active content language when it is not the default one, else None."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return None
    try:
        active = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    return None if active == default_content_language() else active


def is_default_language_active() -> bool:
    return active_content_language() is None
