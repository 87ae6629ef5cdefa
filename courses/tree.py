"""Tree relations between course pages, read from Wagtail's materialised paths.

``parent_page_types`` fix the shape of the tree: a track holds courses, a course holds
modules, a module holds lessons and quizzes. Each level adds ``Page.steplen`` characters to
a page's path, so a relation is a slice of the path and costs no query. This module is the
one place that knows it; services, models and the demo ask it instead of slicing paths.
"""

from wagtail.models import Page

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
