"""Enrolling, leaving, completing lessons and courses: the rules of progress."""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import (
    CompletionRule,
    CoursePage,
    Enrollment,
    LessonProgress,
    QuizAttempt,
)
from courses.tree import course_path_of, source_page

from .certificates import issue_on_commit
from .errors import LearningError, LessonLocked, NotEnrolled
from .outline import (
    CourseProgress,
    LearnerStanding,
    course_outline,
    course_progress,
    learner_standing,
    outline_at,
    view_restrictions,
)

# Last activity is a "when did they last study" signal, not an audit log: write it at most
# this often so reading a lesson does not write a row each time.
ACTIVITY_RESOLUTION = timedelta(minutes=5)


def get_enrollment(user, course: CoursePage) -> Enrollment | None:
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course=source_page(course)).first()


def enroll(user, course: CoursePage) -> Enrollment:
    """Enroll ``user`` in ``course``; idempotent, and re-activates a withdrawn enrollment.

    The database constraint keeps one row per learner and course, so two requests racing
    here end with the same single enrollment.
    """
    if not course.live:
        raise LearningError(_("This course is not open for enrollment."))
    course = source_page(course)
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
    course = source_page(course)
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


def course_of(lesson: Page) -> CoursePage:
    """The course a lesson or quiz belongs to: its grandparent in the tree, as the source
    course that holds the learning records when the lesson is a translation."""
    return source_page(CoursePage.objects.get(path=course_path_of(source_page(lesson).path)))


def standing_in_course_of(user, page: Page, **options) -> tuple[CoursePage, LearnerStanding]:
    """The course of ``page`` (a source lesson or quiz), from the cached outline, and the
    learner's standing in it (``learner_standing`` with ``options``): one query."""
    outline = outline_at(course_path_of(page.path), view_restrictions(page))
    course = outline.course if outline is not None else None
    if course is None:  # an outline cached before it carried its course
        course = course_of(page)
        outline = course_outline(course, view_restrictions(page))
    return course, learner_standing(user, course, outline, **options)


@transaction.atomic
def complete_lesson(user, lesson: Page) -> CourseProgress:
    """Record that ``user`` finished ``lesson`` and re-evaluate course completion.

    Refuses learners who are not actively enrolled and, in a sequential course, lessons
    still locked. Idempotent: completing a lesson twice records it once. A translated lesson
    ticks its source lesson.
    """
    lesson = source_page(lesson)
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
    record_course_completion(enrollment, progress, course=course)
    return progress


def unpassed_graded_quiz(user, course: CoursePage, progress: CourseProgress | None = None) -> bool:
    """Whether ``course`` has a graded quiz a learner can reach that ``user`` has not passed.

    Reachable as in the outline (``course_outline``): live, under a live module, not behind a
    restriction inside the course. A graded quiz left in an unpublished module would
    otherwise keep the course from ever completing. ``progress`` brings the outline's items;
    without it the outline is built. One query besides.
    """
    items = progress.items if progress is not None and progress.items else None
    if items is None:
        items = [item for module in course_outline(course).modules for item in module.items]
    graded = {item.pk for item in items if getattr(item, "is_quiz", False) and item.quiz_graded}
    if not graded:
        return False
    passed = QuizAttempt.objects.filter(user=user, passed=True, quiz_id__in=graded)
    return len(graded) > passed.values("quiz_id").distinct().count()


def record_course_completion(
    enrollment: Enrollment, progress: CourseProgress, course: CoursePage | None = None
) -> bool:
    """Apply the course's completion rule; record the date the first time it is met.

    Returns True when this call completed the course, and then issues the course's
    certificate (if it awards one) once the transaction commits. Every live lesson must be
    complete; under the "lessons and quizzes" rule every graded quiz of the outline must also
    have a passed attempt (checked only once the lessons are done, in one query).
    """
    if enrollment.completed_at is not None or not progress.is_complete:
        return False
    course = course or enrollment.course
    if course.completion_rule == CompletionRule.LESSONS_AND_QUIZZES and unpassed_graded_quiz(
        enrollment.user_id, course, progress
    ):
        return False
    updated = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
    enrollment.refresh_from_db(fields=["completed_at"])
    if updated:
        issue_on_commit(enrollment, course)
    return bool(updated)
