""" "My learning", recommendations, resume and search: what a learner finds next."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from wagtail.models import Locale, Page

from content.assessments.services import latest_results
from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress, TrackPage
from courses.tree import course_path_of

from .access import may_study_without_enrolling
from .next_steps import recommended_next
from .outline import course_progress, progress_percent
from .translations import active_content_language, localize_pages, source_page


@dataclass
class DashboardEntry:
    enrollment: Enrollment
    course: CoursePage
    done: int
    total: int

    @property
    def percent(self) -> int:
        return progress_percent(self.done, self.total)


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
    localize_pages(courses)  # titles and links in the learner's language
    latest = latest_results(user)  # self-assessments: listed, and they recommend
    return {
        "in_progress": [entry for entry in entries if entry.enrollment.completed_at is None],
        "completed": [entry for entry in entries if entry.enrollment.completed_at is not None],
        "self_assessments": latest,
        "recommended": recommended_next(user, enrollments, latest),
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
        course_id = paths.get(course_path_of(path))
        if course_id is not None:
            counts[course_id] = counts.get(course_id, 0) + 1
    return counts


def resume_target(user, course: CoursePage) -> LessonPage | None:
    """Where "Resume" goes: the first unfinished lesson, or the first lesson when all are."""
    progress = course_progress(user, source_page(course))
    return progress.next_lesson or (progress.lessons[0] if progress.lessons else None)


def search(user, query: str) -> list:
    """Tracks, courses and lessons matching ``query`` that ``user`` may open.

    Lessons are included when they are free previews, or belong to a course the user is
    actively enrolled in (in any of its translations); staff roles see every live lesson.
    Pages are searched in the active language when content exists in it (Wagtail's locale
    of each page), else in the default language.
    """
    pages = Page.objects.live().public()
    lessons = LessonPage.objects.live().public()
    language = active_content_language()
    locale = Locale.objects.filter(language_code=language).first() if language else None
    if locale is None or not pages.filter(locale=locale).exists():
        locale = Locale.get_default()
    pages, lessons = pages.filter(locale=locale), lessons.filter(locale=locale)
    results = list(pages.type(TrackPage, CoursePage).specific().search(query))
    if not may_study_without_enrolling(user):
        allowed = Q(is_preview=True)
        if user.is_authenticated:
            enrolled = CoursePage.objects.filter(
                enrollments__user=user, enrollments__status=Enrollment.Status.ACTIVE
            ).values("translation_key")
            for path in CoursePage.objects.filter(translation_key__in=enrolled).values_list(
                "path", flat=True
            ):
                allowed |= Q(path__startswith=path)
        lessons = lessons.filter(allowed)
    results += list(lessons.search(query))
    return results
