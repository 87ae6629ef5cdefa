"""A course's outline and a learner's progress through it, in a fixed number of queries.

The outline is the same for every learner, so it is cached under the content version
(content.caching), which every publish, unpublish, move, deletion, privacy change and trainer
assignment bumps, with what the course's pages show around it (the course's own row, its
trainers): a signed-in lesson or course page reads only the learner's enrollment, ticks and
passed quizzes, in one query (``learner_standing``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import (
    BooleanField,
    CharField,
    DateTimeField,
    DecimalField,
    F,
    IntegerField,
    Q,
    Value,
)
from wagtail.fields import StreamField
from wagtail.models import Page

from content.caching import CONTENT_VERSION_KEY, cached_get, versioned_key
from courses.models import CourseAssignment, CoursePage, Enrollment, LessonProgress, QuizAttempt
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
    #: The course's trainers as its page names them (full name, else e-mail address).
    trainers: list[str] = field(default_factory=list)
    #: The course itself, its StreamFields deferred (what a lesson shows of it).
    course: CoursePage | None = None

    @property
    def lessons(self) -> list[Page]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def quizzes(self) -> list[Page]:
        return [quiz for module in self.modules for quiz in module.quizzes]


def outline_key(course_path: str) -> str:
    """The cache key of the outline of the course at ``course_path`` (known from any of its
    pages' paths, before the course is read)."""
    return versioned_key(CONTENT_VERSION_KEY, "gga:outline", course_path)


def course_outline(course: CoursePage, restrictions: list | None = None) -> Outline:
    """The course's live outline, the same for everyone: from the cache while the content is
    unchanged (two queries when it has changed). Each call returns its own copy, which
    callers mark with one learner's progress and language."""
    key = outline_key(course.path)
    outline = cached_get(key)
    if outline is None:
        outline = _read_outline(course, restrictions)
        cache.set(key, outline, OUTLINE_SECONDS)
    return outline


def outline_at(course_path: str, restrictions: list | None = None) -> Outline | None:
    """The outline of the course at ``course_path``, with the course (``outline.course``),
    from the cache like ``course_outline``; None when no course is there."""
    outline = cached_get(outline_key(course_path))
    if outline is None:
        course = CoursePage.objects.filter(path=course_path).defer_streamfields().first()
        if course is None:
            return None
        outline = course_outline(course, restrictions)
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
    trainers = [
        f"{first} {last}".strip() or email  # as User.get_full_name, else the address
        for first, last, email in CourseAssignment.objects.filter(course_id=course.pk)
        .order_by("pk")
        .values_list("trainer__first_name", "trainer__last_name", "trainer__email")
    ]
    for page in [*ancestors, *prerequisites, *modules.values()]:
        _keep_url_parts(getattr(page, "page", page))
        for item in getattr(page, "items", ()):
            _keep_url_parts(item)
    return Outline(list(modules.values()), prerequisites, ancestors, trainers, _light(course))


def _keep_url_parts(page: Page) -> None:
    """Keep on ``page`` its address parts (``get_url_parts``, one ``reverse`` each), with the
    ``url_path`` they were made from, so ``{% reader_pageurl %}`` does not reverse it again on
    every request. The same for everyone: it depends on the page's own locale and the sites,
    whose changes bump the content version, not on the reader's language."""
    parts = page.get_url_parts()
    if parts is not None and parts[2] is not None:
        page.cached_url_parts = (page.url_path, parts[0], parts[2])


def _light(course: CoursePage) -> CoursePage:
    """A copy of ``course`` without its StreamFields (deferred, as ``defer_streamfields``
    leaves them) or anything pages cache on themselves: what the outline keeps of it."""
    names = [
        field.attname
        for field in course._meta.concrete_fields
        if not isinstance(field, StreamField) and field.attname in course.__dict__
    ]
    return type(course).from_db(course._state.db, names, [getattr(course, name) for name in names])


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


@dataclass
class LearnerStanding:
    """Where one learner stands in one course: the enrollment (None if never enrolled), the
    lessons ticked, the quizzes passed, and the progress through the outline."""

    enrollment: Enrollment | None
    progress: CourseProgress
    passed_quiz_ids: set[int]
    #: With ``attempts_at``: the learner's attempts at that quiz, newest first, with only the
    #: columns their status reads (``ATTEMPT_COLUMNS``; the others load when touched).
    attempts: list[QuizAttempt] = field(default_factory=list)


#: Kinds of rows in ``learner_standing``'s one query.
_ENROLLMENT, _TICK, _PASSED_QUIZ, _ATTEMPT = 0, 1, 2, 3
_ENROLLMENT_COLUMNS = ("status", "enrolled_at", "withdrawn_at", "completed_at", "last_activity_at")
#: What ``learner_standing`` reads of each attempt at a quiz (besides its id): what the quiz
#: page and the rules of attempts (open, overdue, used, cooldown, passed) look at.
ATTEMPT_COLUMNS = ("started_at", "submitted_at", "score", "passed", "expired")
_ATTEMPT_FIELDS = {
    "started_at": DateTimeField(),
    "submitted_at": DateTimeField(),
    "score": DecimalField(max_digits=5, decimal_places=2),
    "passed": BooleanField(),
    "expired": BooleanField(),
}


def learner_standing(
    user,
    course: CoursePage,
    outline: Outline,
    *,
    with_quizzes: bool = False,
    attempts_at: int | None = None,
) -> LearnerStanding:
    """``user``'s enrollment in ``course``, the lessons they ticked in it, (``with_quizzes``)
    which of the outline's quizzes they passed and (``attempts_at``, a quiz's id) their
    attempts at that quiz, in one narrow query (UNION ALL of the parts; none for an anonymous
    visitor). The course's own row is not read: callers have it."""
    enrollment, completed, passed, attempts = None, set(), set(), []
    if user.is_authenticated:
        empty = {
            f"e_{name}": Value(None, CharField() if name == "status" else DateTimeField())
            for name in _ENROLLMENT_COLUMNS
        }
        if attempts_at is not None:  # the attempts' columns, empty in the other parts
            empty.update({f"a_{name}": Value(None, kind) for name, kind in _ATTEMPT_FIELDS.items()})
        no_attempt = {name: value for name, value in empty.items() if name.startswith("a_")}
        # Every column is an annotation, defined in the same order in each part, so the
        # SELECTs line up whatever the database.
        parts = [
            Enrollment.objects.filter(user=user, course_id=course.pk).annotate(
                kind=Value(_ENROLLMENT, IntegerField()),
                ref=F("pk"),
                **{f"e_{name}": F(name) for name in _ENROLLMENT_COLUMNS},
                **no_attempt,
            ),
            LessonProgress.objects.filter(user=user, course_id=course.pk).annotate(
                kind=Value(_TICK, IntegerField()), ref=F("lesson_id"), **empty
            ),
        ]
        quiz_ids = [quiz.pk for quiz in outline.quizzes] if with_quizzes else []
        if quiz_ids:
            parts.append(
                QuizAttempt.objects.filter(user=user, quiz_id__in=quiz_ids, passed=True).annotate(
                    kind=Value(_PASSED_QUIZ, IntegerField()), ref=F("quiz_id"), **empty
                )
            )
        if attempts_at is not None:
            no_enrollment = {name: value for name, value in empty.items() if name.startswith("e_")}
            # First: PostgreSQL types a column of a UNION from its parts left to right, and
            # would take the attempts' columns, NULL in the enrollment and the ticks, as text.
            parts.insert(
                0,
                QuizAttempt.objects.filter(user=user, quiz_id=attempts_at).annotate(
                    kind=Value(_ATTEMPT, IntegerField()),
                    ref=F("pk"),
                    **no_enrollment,
                    **{f"a_{name}": F(name) for name in ATTEMPT_COLUMNS},
                ),
            )
        columns = ["kind", "ref", *empty]
        first, *others = [part.order_by().values_list(*columns) for part in parts]
        for kind, ref, *values in first.union(*others, all=True):
            if kind == _TICK:
                completed.add(ref)
            elif kind == _PASSED_QUIZ:
                passed.add(ref)
            elif kind == _ATTEMPT:
                attempts.append(
                    _attempt(user, attempts_at, ref, values[len(_ENROLLMENT_COLUMNS) :])
                )
            else:
                enrollment = Enrollment(
                    pk=ref,
                    user=user,
                    course=course,
                    **dict(
                        zip(_ENROLLMENT_COLUMNS, values[: len(_ENROLLMENT_COLUMNS)], strict=True)
                    ),
                )
                enrollment._state.adding = False
    attempts.sort(key=lambda attempt: (attempt.started_at, attempt.pk), reverse=True)
    items = [item for module in outline.modules for item in module.items]
    progress = CourseProgress(outline.lessons, completed, course.sequential, items)
    return LearnerStanding(enrollment, progress, passed, attempts)


def _attempt(user, quiz_id: int, pk: int, values: list) -> QuizAttempt:
    """An attempt as read by ``learner_standing``: its other columns (the questions drawn,
    the answers) are deferred, read from the database if anything asks for them."""
    read = {"id": pk, "user_id": user.pk, "quiz_id": quiz_id}
    read.update(zip(ATTEMPT_COLUMNS, values, strict=True))
    # from_db takes the values in the model's column order.
    names = [f.attname for f in QuizAttempt._meta.concrete_fields if f.attname in read]
    attempt = QuizAttempt.from_db(QuizAttempt.objects.db, names, [read[name] for name in names])
    attempt.user = user
    return attempt
