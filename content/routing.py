"""Route a page request with one query for the page, whatever its depth.

Wagtail's default routing walks the tree one level at a time, two queries per level (the
child, then its specific row). Our tree is strict (``subpage_types`` on every page type),
so the types that can stand N levels below the home page are known in advance; we ask each
of them for the page with that exact URL path, most specific first. Anything this does not
find falls back to Wagtail's own routing, so other page types and sub-routes still work.
"""

from functools import lru_cache

from django.http import Http404
from wagtail.models import Page
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


def fast_route(root: Page, path_components: list[str]) -> RouteResult | None:
    """The live page at ``path_components`` below ``root``, or None to let Wagtail route."""
    if not path_components:
        return None
    url_path = root.url_path + "/".join(path_components) + "/"
    for model in candidate_models(type(root), len(path_components)):
        page = model.objects.filter(url_path=url_path).first()
        if page is not None:
            if not page.live:
                raise Http404
            return RouteResult(page)
    return None
