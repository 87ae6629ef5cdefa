"""A course's outline and a learner's progress through it, in a fixed number of queries.

The outline is the same for every learner, so it is cached under the content version
(content.caching), which every publish, unpublish, move, deletion and privacy change bumps: a
signed-in lesson or course page reads only the learner's enrollment and ticks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import F, Q
from wagtail.models import Page

from content.caching import CONTENT_VERSION_KEY, versioned_key
from courses.models import CoursePage, LessonProgress
from courses.tree import ancestor_paths, parent_path, view_restrictions

#: A bump of the content version retires a cached outline sooner; this only bounds memory.
OUTLINE_SECONDS = 3600


def progress_percent(done: int, total: int) -> int:
    """Whole percent of ``done`` out of ``total``; 0 when there is nothing to do."""
    return round(100 * done / total) if total else 0


@dataclass
class ModuleOutline:
    """A module's live lessons and quizzes: ``items`` holds both in tree order."""

    page: Page
    items: list[Page] = field(default_factory=list)

    @property
    def lessons(self) -> list[Page]:
        return [item for item in self.items if not item.is_quiz]

    @property
    def quizzes(self) -> list[Page]:
        return [item for item in self.items if item.is_quiz]


@dataclass
class Outline:
    """A course's live modules, lessons and prerequisites, in tree order.

    Pages are plain ``Page`` rows with the few lesson, quiz and module fields the outline
    shows annotated on them (``summary``, ``is_preview``, ``estimated_minutes``,
    ``quiz_graded``; ``is_quiz`` tells quizzes from lessons): one query.
    """

    modules: list[ModuleOutline]
    prerequisites: list[Page] = field(default_factory=list)
    ancestors: list[Page] = field(default_factory=list)

    @property
    def lessons(self) -> list[Page]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def quizzes(self) -> list[Page]:
        return [quiz for module in self.modules for quiz in module.quizzes]


def course_outline(course: CoursePage, restrictions: list | None = None) -> Outline:
    """The course's live outline, the same for everyone: from the cache while the content is
    unchanged (one query when it has changed). Each call returns its own copy, which callers
    mark with one learner's progress and language."""
    key = versioned_key(CONTENT_VERSION_KEY, "gga:outline", course.pk)
    outline = cache.get(key)
    if outline is None:
        outline = _read_outline(course, restrictions)
        cache.set(key, outline, OUTLINE_SECONDS)
    return outline


def _read_outline(course: CoursePage, restrictions: list | None) -> Outline:
    if restrictions is None:
        restrictions = view_restrictions(course)
    hidden = [r.page_path for r in restrictions if r.page_path.startswith(course.path)]
    prerequisite_ids = CoursePage.prerequisites.through.objects.filter(
        from_coursepage_id=course.pk
    ).values("to_coursepage_id")
    # The course's ancestors below the root, for breadcrumbs: the same query brings them.
    breadcrumb_paths = ancestor_paths(course.path, from_depth=2, inclusive=False)
    rows = (
        Page.objects.live()
        .filter(
            Q(path__startswith=course.path, depth__in=(course.depth + 1, course.depth + 2))
            | Q(pk__in=prerequisite_ids)
            | Q(path__in=breadcrumb_paths)
        )
        .annotate(
            module_summary=F("modulepage__summary"),
            is_preview=F("lessonpage__is_preview"),
            estimated_minutes=F("lessonpage__estimated_minutes"),
            quiz_graded=F("quizpage__graded"),
        )
        .order_by("path")
    )
    modules: dict[str, ModuleOutline] = {}
    prerequisites, ancestors = [], []
    for row in rows:
        if row.path in breadcrumb_paths:
            ancestors.append(row)
        elif not row.path.startswith(course.path):
            prerequisites.append(row)
        elif any(row.path.startswith(path) for path in hidden):
            continue
        elif row.depth == course.depth + 1:
            row.summary = row.module_summary or ""
            modules[row.path] = ModuleOutline(row)
        else:
            module = modules.get(parent_path(row.path))
            if module is not None:  # a lesson under an unpublished module stays hidden
                row.is_quiz = row.quiz_graded is not None
                module.items.append(row)
    return Outline(list(modules.values()), prerequisites, ancestors)


@dataclass
class CourseProgress:
    """Where one learner stands in one course."""

    lessons: list[Page]
    completed_ids: set[int]
    sequential: bool
    #: Lessons and quizzes in outline order (quizzes carry ``is_quiz``).
    items: list[Page] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.completed_ids)

    @property
    def percent(self) -> int:
        return progress_percent(self.done, self.total)

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def next_lesson(self) -> Page | None:
        """The first lesson not yet completed, in outline order."""
        return next((ls for ls in self.lessons if ls.pk not in self.completed_ids), None)

    @property
    def locked_ids(self) -> set[int]:
        """In a sequential course, every lesson and quiz after the first unfinished lesson."""
        if not self.sequential:
            return set()
        upcoming = self.next_lesson
        if upcoming is None:
            return set()
        items = self.items or self.lessons
        index = next(i for i, item in enumerate(items) if item.pk == upcoming.pk)
        return {item.pk for item in items[index + 1 :]}


def course_progress(user, course: CoursePage, outline: Outline | None = None) -> CourseProgress:
    outline = outline or course_outline(course)
    completed: set[int] = set()
    if user.is_authenticated:
        completed = set(
            LessonProgress.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        )
    items = [item for module in outline.modules for item in module.items]
    return CourseProgress(outline.lessons, completed, course.sequential, items)
