"""Who follows which course's learners, and what they see: the learner list with each
learner's progress and the per-lesson completion funnel. Shared by the trainer admin views
and their exports; a fixed number of queries whatever the number of learners or lessons."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress, ModulePage
from courses.permissions import is_assigned
from lms.accounts import roles

from .outline import Outline, course_outline, progress_percent

# --- Who may see what ----------------------------------------------------------------------


def sees_every_course(user) -> bool:
    """Superusers and content moderators follow the learners of every course."""
    return user.is_active and (
        user.is_superuser or roles.CONTENT_MODERATOR in roles.role_names(user)
    )


def uses_trainer_views(user) -> bool:
    """Whether the "My courses" menu item is shown to ``user``."""
    return user.is_authenticated and (
        sees_every_course(user) or (user.is_active and roles.TRAINER in roles.role_names(user))
    )


def may_view_learners(user, course: CoursePage) -> bool:
    """Whether ``user`` may see who is enrolled in ``course`` and how far they got."""
    if not user.is_authenticated or not user.is_active:
        return False
    if sees_every_course(user):
        return True
    return roles.TRAINER in roles.role_names(user) and is_assigned(user, course)


def visible_courses(user) -> QuerySet[CoursePage]:
    """The courses listed under "My courses": all for moderators, the assigned ones for
    trainers, live or draft alike."""
    courses = CoursePage.objects.all()
    if not sees_every_course(user):
        courses = courses.filter(assignments__trainer=user)
    return courses


# --- What the learners page shows ----------------------------------------------------------


@dataclass
class FunnelStep:
    """One lesson of the outline and how many enrolled learners completed it."""

    module: ModulePage
    lesson: LessonPage
    completed: int
    enrolled: int

    @property
    def percent(self) -> int:
        return progress_percent(self.completed, self.enrolled)


@dataclass
class CourseLearners:
    """Everything the learners page and its exports show about one course."""

    course: CoursePage
    enrollments: QuerySet[Enrollment]
    lessons_total: int
    lesson_ids: list[int]
    outline: Outline


def course_learners(course: CoursePage) -> CourseLearners:
    """The course's enrollments, active and withdrawn, most recently active first.

    Each enrollment carries ``lessons_done``: its learner's completed lessons among the live
    lessons of the outline, counted by the database in the same query (a correlated
    subquery), so listing or exporting any number of learners costs one query.
    """
    outline = course_outline(course)
    lesson_ids = [lesson.pk for lesson in outline.lessons]
    enrollments = Enrollment.objects.filter(course=course).select_related("user")
    if lesson_ids:
        done = (
            LessonProgress.objects.filter(
                user=OuterRef("user_id"), course=course, lesson_id__in=lesson_ids
            )
            .order_by()
            .values("user")
            .annotate(n=Count("pk"))
            .values("n")
        )
        enrollments = enrollments.annotate(
            lessons_done=Coalesce(Subquery(done, output_field=IntegerField()), 0)
        )
    else:
        enrollments = enrollments.annotate(lessons_done=Value(0, output_field=IntegerField()))
    enrollments = enrollments.order_by(
        F("last_activity_at").desc(nulls_last=True), "-enrolled_at", "pk"
    )
    return CourseLearners(course, enrollments, len(lesson_ids), lesson_ids, outline)


def completion_funnel(report: CourseLearners, enrolled: int) -> list[FunnelStep]:
    """For each live lesson in outline order, how many enrolled learners completed it.

    One aggregate query, whatever the number of lessons.
    """
    counts: dict[int, int] = {}
    if report.lesson_ids and enrolled:
        counts = dict(
            LessonProgress.objects.filter(
                course=report.course,
                lesson_id__in=report.lesson_ids,
                user__in=Enrollment.objects.filter(course=report.course).values("user"),
            )
            .order_by()
            .values_list("lesson")
            .annotate(n=Count("pk"))
        )
    return [
        FunnelStep(module.page, lesson, counts.get(lesson.pk, 0), enrolled)
        for module in report.outline.modules
        for lesson in module.lessons
    ]
