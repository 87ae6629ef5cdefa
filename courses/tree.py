"""Tree relations between course pages, read from Wagtail's materialised paths.

``parent_page_types`` fix the shape of the tree: a track holds courses, a course holds
modules, a module holds lessons and quizzes. Each level adds ``Page.steplen`` characters to
a page's path, so a relation is a slice of the path and costs no query. This module is the
one place that knows it; services, models and the demo ask it instead of slicing paths.
"""

from typing import TypeVar

from django.core.cache import cache
from django.db.models import F, Q
from wagtail.models import Page, PageViewRestriction

from content.caching import CONTENT_VERSION_KEY, cached_get, versioned_key
from content.routing import default_locale_id

STEPLEN = Page.steplen


def parent_path(path: str) -> str:
    """The path of the page's parent: a course's track, a lesson's or quiz's module."""
    return path[:-STEPLEN]


def course_path_of(path: str) -> str:
    """The path of the course a lesson or quiz belongs to: its grandparent."""
    return path[: -2 * STEPLEN]


def ancestor_paths(path: str, *, from_depth: int = 1, inclusive: bool = True) -> list[str]:
    """The paths from the ancestor at ``from_depth`` (1 is the root) down to the page,
    the page's own path included when ``inclusive``."""
    end = len(path) + 1 if inclusive else len(path)
    return [path[:n] for n in range(from_depth * STEPLEN, end, STEPLEN)]


# --- Privacy ---------------------------------------------------------------------------------


#: A bump of the content version retires cached restrictions sooner; this only bounds memory.
RESTRICTIONS_SECONDS = 3600


def restrictions_key(page: Page) -> str:
    """The cache key of ``view_restrictions(page)``: one per course, since every page of a
    course has the same answer (its ancestors are the course's or inside the course)."""
    return versioned_key(
        CONTENT_VERSION_KEY, "gga:restrictions", getattr(page, "course_path", page.path)
    )


def view_restrictions(page: Page) -> list[PageViewRestriction]:
    """Restrictions on ``page``'s ancestors, itself and its whole course, in one query.

    Cached on the page: the privacy check before serving (``get_view_restrictions``) and the
    course outline share it; and under the content version (content.caching), which saving or
    deleting any restriction bumps, so a signed-in page reads them from the cache. A group
    restriction still asks the database for its groups when it is checked.
    """
    if not hasattr(page, "_course_restrictions"):
        key = restrictions_key(page)
        restrictions = cached_get(key)
        if restrictions is None:
            ancestors = ancestor_paths(page.path)
            course_path = getattr(page, "course_path", page.path)
            restrictions = list(
                PageViewRestriction.objects.filter(
                    Q(page__path__in=ancestors) | Q(page__path__startswith=course_path)
                ).annotate(page_path=F("page__path"))
            )
            cache.set(key, restrictions, RESTRICTIONS_SECONDS)
        page._course_restrictions = restrictions
    return page._course_restrictions


def restrictions_on(page: Page) -> list[PageViewRestriction]:
    """The restrictions that apply to ``page`` itself: on it or an ancestor, from the
    course's list (``view_restrictions``), without a query while it is cached."""
    own_paths = set(ancestor_paths(page.path))
    return [r for r in view_restrictions(page) if r.page_path in own_paths]


# --- Translations ----------------------------------------------------------------------------
# A course exists once for learning records, in the default locale; its translations (and
# aliases) are other pages with the same ``translation_key``. Every enrollment, lesson ticked,
# quiz attempt and certificate belongs to the source page, so a learner reading French ticks
# the same lessons as one reading English. Callers resolve a page here, nowhere else.

P = TypeVar("P", bound=Page)


def source_page(page: P) -> P:
    """The page that learning records belong to: ``page`` itself in the default locale, else
    its source translation there (same ``translation_key``), of the same type. An alias is
    read through to its original. No query for a page already in the default locale; one
    otherwise. A translation whose source was deleted stands for itself."""
    default_id = default_locale_id()
    if page.alias_of_id is None and (default_id is None or page.locale_id == default_id):
        return page
    if not hasattr(page, "_source_page"):
        pages = type(page).objects
        if default_id is not None and page.locale_id != default_id:
            source = pages.filter(translation_key=page.translation_key, locale_id=default_id)
        else:
            source = pages.filter(pk=page.alias_of_id)
        page._source_page = source.first() or page
    return page._source_page


def sources(queryset):
    """Only the pages in the default locale, so each course, track or lesson is listed and
    counted once however many translations it has."""
    locale_id = default_locale_id()
    return queryset if locale_id is None else queryset.filter(locale_id=locale_id)
