"""The rules of learning, in one place: enrollment, progress, completion and access.

Views, admin views, tasks and commands call these functions; none re-implements them.
Every function that reads a course's outline does so in a constant number of queries,
whatever the course's size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction

from lms.accounts import roles

from .models import CoursePage, Enrollment, LessonPage, LessonProgress, TrackPage

# Last activity is a "when did they last study" signal, not an audit log: write it at most
# this often so reading a lesson does not write a row each time.
ACTIVITY_RESOLUTION = timedelta(minutes=5)


class LearningError(Exception):
    """A learner's action that the rules refuse; the message is shown to them."""


class NotEnrolled(LearningError):
    pass


class LessonLocked(LearningError):
    pass


# --- Outline and progress -----------------------------------------------------------------


@dataclass
class ModuleOutline:
    page: Page
    lessons: list[Page] = field(default_factory=list)


@dataclass
class Outline:
    """A course's live modules, lessons and prerequisites, in tree order.

    Pages are plain ``Page`` rows with the few lesson and module fields the outline shows
    annotated on them (``summary``, ``is_preview``, ``estimated_minutes``): one query.
    """

    modules: list[ModuleOutline]
    prerequisites: list[Page] = field(default_factory=list)
    ancestors: list[Page] = field(default_factory=list)

    @property
    def lessons(self) -> list[Page]:
        return [lesson for module in self.modules for lesson in module.lessons]


def view_restrictions(page: Page) -> list[PageViewRestriction]:
    """Restrictions on ``page``'s ancestors, itself and its whole course, in one query.

    Cached on the page: the privacy check before serving and the outline share it.
    """
    if not hasattr(page, "_course_restrictions"):
        steplen = page.steplen
        ancestors = [page.path[:n] for n in range(steplen, len(page.path) + 1, steplen)]
        course_path = getattr(page, "course_path", page.path)
        page._course_restrictions = list(
            PageViewRestriction.objects.filter(
                Q(page__path__in=ancestors) | Q(page__path__startswith=course_path)
            ).annotate(page_path=F("page__path"))
        )
    return page._course_restrictions


def course_outline(course: CoursePage, restrictions: list | None = None) -> Outline:
    if restrictions is None:
        restrictions = view_restrictions(course)
    hidden = [r.page_path for r in restrictions if r.page_path.startswith(course.path)]
    prerequisite_ids = CoursePage.prerequisites.through.objects.filter(
        from_coursepage_id=course.pk
    ).values("to_coursepage_id")
    # The course's ancestors below the root, for breadcrumbs: the same query brings them.
    steplen = course.steplen
    ancestor_paths = [course.path[:n] for n in range(2 * steplen, len(course.path), steplen)]
    rows = (
        Page.objects.live()
        .filter(
            Q(path__startswith=course.path, depth__in=(course.depth + 1, course.depth + 2))
            | Q(pk__in=prerequisite_ids)
            | Q(path__in=ancestor_paths)
        )
        .annotate(
            module_summary=F("modulepage__summary"),
            is_preview=F("lessonpage__is_preview"),
            estimated_minutes=F("lessonpage__estimated_minutes"),
        )
        .order_by("path")
    )
    modules: dict[str, ModuleOutline] = {}
    prerequisites, ancestors = [], []
    for row in rows:
        if row.path in ancestor_paths:
            ancestors.append(row)
        elif not row.path.startswith(course.path):
            prerequisites.append(row)
        elif any(row.path.startswith(path) for path in hidden):
            continue
        elif row.depth == course.depth + 1:
            row.summary = row.module_summary or ""
            modules[row.path] = ModuleOutline(row)
        else:
            module = modules.get(row.path[: -row.steplen])
            if module is not None:  # a lesson under an unpublished module stays hidden
                module.lessons.append(row)
    return Outline(list(modules.values()), prerequisites, ancestors)


@dataclass
class CourseProgress:
    """Where one learner stands in one course."""

    lessons: list[Page]
    completed_ids: set[int]
    sequential: bool

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.completed_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def next_lesson(self) -> Page | None:
        """The first lesson not yet completed, in outline order."""
        return next((ls for ls in self.lessons if ls.pk not in self.completed_ids), None)

    @property
    def locked_ids(self) -> set[int]:
        """In a sequential course, every lesson after the first unfinished one."""
        if not self.sequential:
            return set()
        upcoming = self.next_lesson
        if upcoming is None:
            return set()
        index = self.lessons.index(upcoming)
        return {lesson.pk for lesson in self.lessons[index + 1 :]}


def course_progress(user, course: CoursePage, outline: Outline | None = None) -> CourseProgress:
    outline = outline or course_outline(course)
    completed: set[int] = set()
    if user.is_authenticated:
        completed = set(
            LessonProgress.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        )
    return CourseProgress(outline.lessons, completed, course.sequential)


# --- Enrollment ---------------------------------------------------------------------------


def get_enrollment(user, course: CoursePage) -> Enrollment | None:
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course=course).first()


def enroll(user, course: CoursePage) -> Enrollment:
    """Enroll ``user`` in ``course``; idempotent, and re-activates a withdrawn enrollment.

    The database constraint keeps one row per learner and course, so two requests racing
    here end with the same single enrollment.
    """
    if not course.live:
        raise LearningError(_("This course is not open for enrollment."))
    now = timezone.now()
    try:
        with transaction.atomic():
            enrollment, created = Enrollment.objects.get_or_create(
                user=user, course=course, defaults={"last_activity_at": now}
            )
    except IntegrityError:
        enrollment, created = Enrollment.objects.get(user=user, course=course), False
    if not created and not enrollment.is_active:
        enrollment.status = Enrollment.Status.ACTIVE
        enrollment.withdrawn_at = None
        enrollment.last_activity_at = now
        enrollment.save(update_fields=["status", "withdrawn_at", "last_activity_at"])
    return enrollment


def unenroll(user, course: CoursePage) -> Enrollment | None:
    """Withdraw from a course; progress and the completion date are kept."""
    enrollment = get_enrollment(user, course)
    if enrollment is not None and enrollment.is_active:
        enrollment.status = Enrollment.Status.WITHDRAWN
        enrollment.withdrawn_at = timezone.now()
        enrollment.save(update_fields=["status", "withdrawn_at"])
    return enrollment


def touch_activity(enrollment: Enrollment) -> None:
    now = timezone.now()
    last = enrollment.last_activity_at
    if last is None or now - last >= ACTIVITY_RESOLUTION:
        Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=now)
        enrollment.last_activity_at = now


# --- Completing lessons and courses --------------------------------------------------------


def course_of(lesson: Page) -> CoursePage:
    """The course a lesson belongs to: its grandparent in the tree."""
    return CoursePage.objects.get(path=lesson.path[: -2 * lesson.steplen])


@transaction.atomic
def complete_lesson(user, lesson: Page) -> CourseProgress:
    """Record that ``user`` finished ``lesson`` and re-evaluate course completion.

    Refuses learners who are not actively enrolled and, in a sequential course, lessons
    still locked. Idempotent: completing a lesson twice records it once.
    """
    course = course_of(lesson)
    enrollment = get_enrollment(user, course)
    if enrollment is None or not enrollment.is_active:
        raise NotEnrolled(_("Enroll in the course to record your progress."))
    outline = course_outline(course)
    progress = course_progress(user, course, outline)
    if lesson.pk in progress.locked_ids:
        raise LessonLocked(_("Finish the earlier lessons of this course first."))
    if lesson.pk not in progress.completed_ids:
        LessonProgress.objects.get_or_create(
            user=user, lesson_id=lesson.pk, defaults={"course": course}
        )
        progress.completed_ids.add(lesson.pk)
    touch_activity(enrollment)
    record_course_completion(enrollment, progress)
    return progress


def record_course_completion(enrollment: Enrollment, progress: CourseProgress) -> bool:
    """Apply the course's completion rule; record the date the first time it is met.

    Returns True when this call completed the course. Graded quizzes join the rule in the
    quizzes capability; until a course has any, completing every lesson completes it.
    """
    if enrollment.completed_at is not None or not progress.is_complete:
        return False
    updated = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
    enrollment.refresh_from_db(fields=["completed_at"])
    return bool(updated)


# --- What learners may open ---------------------------------------------------------------


def may_study_without_enrolling(user) -> bool:
    """Staff roles review live lessons without enrolling."""
    return roles.has_staff_role(user)


def _enrollment_with_course(user, lesson: Page) -> Enrollment | None:
    """The learner's enrollment in the lesson's course, with the course, in one query."""
    if not user.is_authenticated:
        return None
    return (
        Enrollment.objects.select_related("course")
        .filter(user=user, course__path=lesson.path[: -2 * lesson.steplen])
        .first()
    )


def lesson_access_denial(request, lesson: LessonPage):
    """None if ``request.user`` may read ``lesson``; otherwise the response to send instead.

    Preview lessons are open to all. Others need an active enrollment, and in a sequential
    course the lesson must be unlocked; a refused learner lands on the course page with the
    reason and an enroll button, never on the lesson.
    """
    user = request.user
    if lesson.is_preview or may_study_without_enrolling(user):
        return None
    enrollment = _enrollment_with_course(user, lesson)
    if enrollment is None or not enrollment.is_active:
        course = enrollment.course if enrollment else course_of(lesson)
        messages.info(request, _("Enroll in this course to open its lessons."))
        return redirect(course.get_url(request) + "#enroll")
    course = enrollment.course
    progress = None
    if course.sequential:
        progress = course_progress(user, course, course_outline(course, view_restrictions(lesson)))
        if lesson.pk in progress.locked_ids:
            messages.info(
                request, _("This course is sequential: finish the earlier lessons first.")
            )
            return redirect(course.get_url(request))
    request._course_context = (course, enrollment, progress)
    return None


# --- Page contexts ------------------------------------------------------------------------


def mark_outline(outline: Outline, progress: CourseProgress | None) -> None:
    """Set ``is_done`` and ``is_locked`` on each lesson of the outline, for templates."""
    completed = progress.completed_ids if progress else set()
    locked = progress.locked_ids if progress else set()
    for lesson in outline.lessons:
        lesson.is_done = lesson.pk in completed
        lesson.is_locked = lesson.pk in locked


def course_page_context(user, course: CoursePage) -> dict:
    outline = course_outline(course, view_restrictions(course))
    enrollment = get_enrollment(user, course)
    progress = course_progress(user, course, outline) if enrollment else None
    mark_outline(outline, progress)
    return {
        "outline": outline,
        "enrollment": enrollment,
        "progress": progress,
        "trainers": [a.trainer for a in course.assignments.select_related("trainer")],
    }


def lesson_page_context(request, lesson: LessonPage) -> dict:
    course, enrollment, progress = getattr(request, "_course_context", (None, None, None))
    if course is None:
        enrollment = _enrollment_with_course(request.user, lesson)
        course = enrollment.course if enrollment else course_of(lesson)
    if progress is None:
        outline = course_outline(course, view_restrictions(lesson))
        progress = course_progress(request.user, course, outline)
    if enrollment is not None and enrollment.is_active:
        touch_activity(enrollment)
    lessons = progress.lessons
    index = next((i for i, ls in enumerate(lessons) if ls.pk == lesson.pk), None)
    return {
        "course": course,
        "enrollment": enrollment,
        "progress": progress,
        "previous_lesson": lessons[index - 1] if index else None,
        "next_lesson_in_course": lessons[index + 1]
        if index is not None and index + 1 < len(lessons)
        else None,
        "is_completed": lesson.pk in progress.completed_ids,
    }


# --- Dashboard and recommendations ---------------------------------------------------------


@dataclass
class DashboardEntry:
    enrollment: Enrollment
    course: CoursePage
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def dashboard(user) -> dict:
    """ "My learning": courses in progress and completed, and what to take next.

    A fixed number of queries: enrollments with their courses, lesson totals per course,
    completed lessons per course, and the recommendations.
    """
    enrollments = list(
        Enrollment.objects.filter(user=user, status=Enrollment.Status.ACTIVE)
        .select_related("course")
        .order_by("-last_activity_at", "-enrolled_at")
    )
    courses = [e.course for e in enrollments]
    totals = _live_lesson_counts(courses)
    done = dict(
        LessonProgress.objects.filter(user=user, course__in=courses, lesson__live=True)
        .values_list("course")
        .annotate(n=Count("id"))
    )
    entries = [
        DashboardEntry(e, e.course, done.get(e.course_id, 0), totals.get(e.course_id, 0))
        for e in enrollments
    ]
    return {
        "in_progress": [entry for entry in entries if entry.enrollment.completed_at is None],
        "completed": [entry for entry in entries if entry.enrollment.completed_at is not None],
        "recommended": recommended_courses(user, courses),
    }


def _live_lesson_counts(courses: list[CoursePage]) -> dict[int, int]:
    if not courses:
        return {}
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path)
    counts: dict[int, int] = {}
    paths = {course.path: course.pk for course in courses}
    lesson_paths = (
        LessonPage.objects.filter(condition).live().public().values_list("path", flat=True)
    )
    for path in lesson_paths:
        course_id = paths.get(path[: -2 * LessonPage.steplen])
        if course_id is not None:
            counts[course_id] = counts.get(course_id, 0) + 1
    return counts


def recommended_courses(user, taken: list[CoursePage], limit: int = 3) -> list[CoursePage]:
    """Live courses in the tracks the learner studies that they have not taken yet; for a
    learner with no course yet, the first course of each track."""
    all_taken = Enrollment.objects.filter(user=user).values("course_id")
    candidates = CoursePage.objects.live().public().exclude(pk__in=all_taken).order_by("path")
    track_paths = {course.path[: -course.steplen] for course in taken}
    if track_paths:
        condition = Q()
        for path in track_paths:
            condition |= Q(path__startswith=path)
        return list(candidates.filter(condition).defer_streamfields()[:limit])
    seen, firsts = set(), []
    for course in candidates.defer_streamfields():
        track_path = course.path[: -course.steplen]
        if track_path not in seen:
            seen.add(track_path)
            firsts.append(course)
    return firsts[:limit]


def resume_target(user, course: CoursePage) -> LessonPage | None:
    """Where "Resume" goes: the first unfinished lesson, or the first lesson when all are."""
    progress = course_progress(user, course)
    return progress.next_lesson or (progress.lessons[0] if progress.lessons else None)


# --- Search -------------------------------------------------------------------------------


def search(user, query: str) -> list:
    """Tracks, courses and lessons matching ``query`` that ``user`` may open.

    Lessons are included when they are free previews, or belong to a course the user is
    actively enrolled in; staff roles see every live lesson.
    """
    results = list(
        Page.objects.live().public().type(TrackPage, CoursePage).specific().search(query)
    )
    lessons = LessonPage.objects.live().public()
    if not may_study_without_enrolling(user):
        allowed = Q(is_preview=True)
        if user.is_authenticated:
            for path in CoursePage.objects.filter(
                enrollments__user=user, enrollments__status=Enrollment.Status.ACTIVE
            ).values_list("path", flat=True):
                allowed |= Q(path__startswith=path)
        lessons = lessons.filter(allowed)
    results += list(lessons.search(query))
    return results
