"""Who may open a lesson, and what the course and lesson pages show them."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.certificates.linkedin import add_to_profile_url
from courses.models import Certificate, CoursePage, Enrollment, LessonPage, QuizAttempt
from courses.tree import source_page
from lms.accounts import roles

from .enrollment import standing_in_course_of, touch_activity
from .next_steps import recommended_courses
from .outline import (
    CourseProgress,
    Outline,
    course_outline,
    learner_standing,
    view_restrictions,
)
from .translations import localize_pages, localized


def may_study_without_enrolling(user) -> bool:
    """Staff roles review live lessons without enrolling."""
    return roles.has_staff_role(user)


@dataclass(frozen=True)
class Refusal:
    """A learner may not open a page: the reason they are told, and the page they are sent
    to instead (``anchor`` is a fragment of it, such as the enroll button)."""

    reason: str
    destination: Page
    anchor: str = ""


@dataclass
class LessonAccess:
    """Whether a learner may read a lesson: a refusal, or what the check already read
    (the course, the enrollment and, in a sequential course, the progress) so the page
    does not read it again."""

    refusal: Refusal | None = None
    course: CoursePage | None = None
    enrollment: Enrollment | None = None
    progress: CourseProgress | None = None


def lesson_access(user, lesson: LessonPage) -> LessonAccess:
    """May ``user`` read ``lesson``?

    Preview lessons are open to all. Others need an active enrollment, and in a sequential
    course the lesson must be unlocked; a refused learner is sent to the course page with the
    reason and an enroll button, never to the lesson. A translated lesson is judged as its
    source, where the enrollment and progress are.
    """
    lesson = source_page(lesson)
    if lesson.is_preview or may_study_without_enrolling(user):
        return LessonAccess()
    course, standing = standing_in_course_of(user, lesson)
    enrollment, progress = standing.enrollment, standing.progress
    if enrollment is None or not enrollment.is_active:
        return LessonAccess(
            Refusal(_("Enroll in this course to open its lessons."), localized(course), "#enroll")
        )
    if course.sequential:
        if lesson.pk in progress.locked_ids:
            return LessonAccess(
                Refusal(
                    _("This course is sequential: finish the earlier lessons first."),
                    localized(course),
                )
            )
    return LessonAccess(course=course, enrollment=enrollment, progress=progress)


def mark_outline(
    outline: Outline, progress: CourseProgress | None, passed_quiz_ids: set[int] | None = None
) -> None:
    """Set ``is_done`` and ``is_locked`` on each lesson and quiz of the outline, for
    templates; a quiz is done once passed."""
    completed = (progress.completed_ids if progress else set()) | (passed_quiz_ids or set())
    locked = progress.locked_ids if progress else set()
    for module in outline.modules:
        for item in module.items:
            item.is_done = item.pk in completed
            item.is_locked = item.pk in locked


def passed_quiz_ids(user, outline: Outline) -> set[int]:
    """The outline's quizzes that ``user`` has passed; no query when there are none."""
    quiz_ids = [quiz.pk for quiz in outline.quizzes]
    if not quiz_ids or not user.is_authenticated:
        return set()
    return set(
        QuizAttempt.objects.filter(user=user, quiz_id__in=quiz_ids, passed=True).values_list(
            "quiz_id", flat=True
        )
    )


@dataclass
class CourseCompletion:
    """What a learner who finished a course is shown on its page: the certificate and what
    to take next."""

    certificates: list[Certificate]
    next_courses: list[CoursePage]


def course_completion(user, course: CoursePage) -> CourseCompletion:
    """The learner's certificate of ``course`` (newest first; none while it is being issued
    or when the course awards none) and up to three courses to take next."""
    certificates = list(Certificate.objects.filter(user=user, course=course).order_by("-issued_at"))
    for certificate in certificates:
        certificate.linkedin_url = add_to_profile_url(certificate)
    return CourseCompletion(certificates, recommended_courses(user, [course]))


def _localize_outline(outline: Outline) -> None:
    """Titles, summaries and links of the outline in the learner's language."""
    localize_pages(
        [module.page for module in outline.modules]
        + [item for module in outline.modules for item in module.items]
        + outline.prerequisites
        + outline.ancestors
    )


def course_page_context(user, course: CoursePage) -> dict:
    """What a course page shows; a translated course shows its source's outline, progress
    and certificate, in the translation's words."""
    course = source_page(course)
    outline = course_outline(course, view_restrictions(course))
    standing = learner_standing(user, course, outline, with_quizzes=True)
    enrollment = standing.enrollment
    progress = standing.progress if enrollment else None
    mark_outline(outline, progress, standing.passed_quiz_ids if enrollment else None)
    _localize_outline(outline)
    completed = enrollment is not None and enrollment.is_active and enrollment.completed_at
    return {
        "outline": outline,
        "enrollment": enrollment,
        "progress": progress,
        "trainers": outline.trainers,
        "completion": course_completion(user, course) if completed else None,
    }


def lesson_page_context(user, lesson: LessonPage, access: LessonAccess | None = None) -> dict:
    """What a lesson page shows: its course, the learner's progress, the previous and next
    item. ``access`` is the check that admitted the learner, if any: what it read is reused."""
    lesson = source_page(lesson)
    access = access or LessonAccess()
    course, enrollment, progress = access.course, access.enrollment, access.progress
    if course is None or progress is None:
        course, standing = standing_in_course_of(user, lesson)
        enrollment, progress = standing.enrollment, standing.progress
    if enrollment is not None and enrollment.is_active:
        touch_activity(enrollment)
    # Previous and next walk lessons and quizzes alike, so a lesson leads on to its quiz.
    items = progress.items or progress.lessons
    index = next((i for i, item in enumerate(items) if item.pk == lesson.pk), None)
    previous_item = items[index - 1] if index else None
    next_item = items[index + 1] if index is not None and index + 1 < len(items) else None
    localize_pages([course, previous_item, next_item])
    return {
        "course": course,
        "enrollment": enrollment,
        "progress": progress,
        "previous_lesson": previous_item,
        "next_lesson_in_course": next_item,
        "is_completed": lesson.pk in progress.completed_ids,
    }
