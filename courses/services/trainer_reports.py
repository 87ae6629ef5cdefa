"""Who follows which course's learners, and what they see: the learner list with each
learner's progress and the per-lesson completion funnel. Shared by the trainer admin views
and their exports; a fixed number of queries whatever the number of learners or lessons."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress, ModulePage
from courses.permissions import is_assigned
from courses.tree import sources
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
    trainers, live or draft alike; translations are listed with their source course."""
    courses = sources(CoursePage.objects.all())
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
    #: The same enrollments' ids in the same order, without the join and the count of lessons
    #: done: what a page of the list is cut from (see ``learner_page``).
    ids: QuerySet | None = None


#: How the learner list may be sorted: the key in the URL, and the database ordering. Each
#: ends with the primary key so that pages never repeat or skip a learner. Sorting by
#: progress is left out on purpose: it would count every learner's lessons before the first
#: page could be shown.
LEARNER_ORDERINGS = {
    "last_activity_at": (F("last_activity_at").asc(nulls_first=True), "enrolled_at", "pk"),
    "-last_activity_at": (F("last_activity_at").desc(nulls_last=True), "-enrolled_at", "-pk"),
    "enrolled_at": ("enrolled_at", "pk"),
    "-enrolled_at": ("-enrolled_at", "-pk"),
    "completed_at": (F("completed_at").asc(nulls_last=True), "pk"),
    "-completed_at": (F("completed_at").desc(nulls_last=True), "-pk"),
    "name": ("user__last_name", "user__first_name", "pk"),
    "-name": ("-user__last_name", "-user__first_name", "-pk"),
    "email": ("user__email", "pk"),
    "-email": ("-user__email", "-pk"),
}
DEFAULT_LEARNER_ORDERING = "-last_activity_at"

#: The learner list's status filter: the value in the URL, its label, and its condition.
LEARNER_FILTERS = {
    "active": (_("Active"), Q(status=Enrollment.Status.ACTIVE)),
    "in_progress": (
        _("Active, not completed"),
        Q(status=Enrollment.Status.ACTIVE, completed_at__isnull=True),
    ),
    "completed": (_("Completed the course"), Q(completed_at__isnull=False)),
    "withdrawn": (_("Withdrawn"), Q(status=Enrollment.Status.WITHDRAWN)),
}


def course_learners(
    course: CoursePage,
    *,
    status: str = "",
    search: str = "",
    ordering: str = DEFAULT_LEARNER_ORDERING,
) -> CourseLearners:
    """The course's enrollments, active and withdrawn, most recently active first.

    ``status`` (a key of ``LEARNER_FILTERS``) and ``search`` (part of a name or e-mail
    address) narrow them; ``ordering`` is a key of ``LEARNER_ORDERINGS``. Each enrollment
    carries ``lessons_done``: its learner's completed lessons among the live lessons of the
    outline, counted by the database in the same query (a correlated subquery the database
    evaluates only for the rows it returns), so a page of learners, or an export of any
    number, costs one query.
    """
    outline = course_outline(course)
    lesson_ids = [lesson.pk for lesson in outline.lessons]
    chosen = Enrollment.objects.filter(course=course)
    if status in LEARNER_FILTERS:
        chosen = chosen.filter(LEARNER_FILTERS[status][1])
    for word in search.split()[:5]:
        chosen = chosen.filter(
            Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(user__email__icontains=word)
        )
    order = LEARNER_ORDERINGS.get(ordering, LEARNER_ORDERINGS[DEFAULT_LEARNER_ORDERING])
    enrollments = chosen.select_related("user")
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
    enrollments = enrollments.order_by(*order)
    ids = chosen.order_by(*order).values_list("pk", flat=True)
    return CourseLearners(course, enrollments, len(lesson_ids), lesson_ids, outline, ids)


def learner_page(report: CourseLearners, ids: list[int]) -> list[Enrollment]:
    """The enrollments ``ids`` (a page cut from ``report.ids``) with their learners and
    lessons done, in the report's order.

    Cutting the page from the bare ids first lets the database sort and skip rows without
    joining the learners or counting lessons for rows it skips: at 100,000 learners the
    last page costs what the first does (docs/performance.md).
    """
    return list(report.enrollments.filter(pk__in=ids)) if ids else []


@dataclass
class LearnerCounts:
    enrolled: int
    active: int
    completed: int


def learner_counts(course: CoursePage) -> LearnerCounts:
    """How many learners enrolled in ``course``, are still active, completed it: one query."""
    counts = Enrollment.objects.filter(course=course).aggregate(
        enrolled=Count("pk"),
        active=Count("pk", filter=Q(status=Enrollment.Status.ACTIVE)),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
    )
    return LearnerCounts(**counts)


#: From this many enrolled learners, the funnel is counted at most once a minute per course:
#: it is the same for everyone who looks, and counting every completion of a course with
#: 100,000 learners takes a large share of the page's time (docs/performance.md).
FUNNEL_CACHE_FROM = 5_000
FUNNEL_CACHE_SECONDS = 60


def _funnel_counts(report: CourseLearners) -> dict[int, int]:
    return dict(
        LessonProgress.objects.filter(
            course=report.course,
            lesson_id__in=report.lesson_ids,
            user__in=Enrollment.objects.filter(course=report.course).values("user"),
        )
        .order_by()
        .values_list("lesson")
        .annotate(n=Count("pk"))
    )


def completion_funnel(report: CourseLearners, enrolled: int) -> list[FunnelStep]:
    """For each live lesson in outline order, how many enrolled learners completed it.

    One aggregate query, whatever the number of lessons; for a course of at least
    ``FUNNEL_CACHE_FROM`` learners, read from the cache when counted less than
    ``FUNNEL_CACHE_SECONDS`` ago.
    """
    counts: dict[int, int] = {}
    if report.lesson_ids and enrolled >= FUNNEL_CACHE_FROM:
        lessons = ",".join(map(str, report.lesson_ids))
        digest = hashlib.sha256(lessons.encode()).hexdigest()[:16]
        key = f"courses:funnel:{report.course.pk}:{digest}"
        counts = cache.get(key)
        if counts is None:
            counts = _funnel_counts(report)
            cache.set(key, counts, FUNNEL_CACHE_SECONDS)
    elif report.lesson_ids and enrolled:
        counts = _funnel_counts(report)
    return [
        FunnelStep(module.page, lesson, counts.get(lesson.pk, 0), enrolled)
        for module in report.outline.modules
        for lesson in module.lessons
    ]
