""" "Recommended next" on My learning: what the learner's self-assessments point to, then
courses from the tracks they study. The one place the merging rule lives, and the one place
that picks courses from a learner's tracks (the dashboard and the completion page use it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page

from content.assessments.services import LatestResult, recommended_pages
from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress
from courses.tree import course_path_of, parent_path, sources

RECOMMENDED_LIMIT = 6


@dataclass
class NextStep:
    """A course or lesson to take next; ``reasons`` names the self-assessment dimensions that
    scored low and asked for it (empty for a course suggested from the learner's tracks)."""

    page: Page
    course: CoursePage
    reasons: list[str] = field(default_factory=list)

    @property
    def is_lesson(self) -> bool:
        return isinstance(self.page, LessonPage)


def recommended_next(
    user,
    enrollments: list[Enrollment],
    latest_results: list[LatestResult],
    limit: int = RECOMMENDED_LIMIT,
) -> list[NextStep]:
    """Merge the recommendations of ``user``'s latest self-assessment results with the track
    suggestions, without duplicates.

    Assessment recommendations come first, in the order the trainers listed them, and drop
    courses the learner has completed or is already taking (those show under "In progress"
    and "Completed"), lessons they have completed and lessons of completed courses. Track
    suggestions (``recommended_courses``) fill the rest, up to ``limit``.
    """
    taking = {e.course_id for e in enrollments}
    completed = {e.course_id for e in enrollments if e.completed_at is not None}
    wanted = recommended_pages(user, latest_results)
    lessons = [r.page for r in wanted if isinstance(r.page, LessonPage)]
    done_lessons: set[int] = set()
    courses_by_path: dict[str, CoursePage] = {}
    if lessons:
        done_lessons = set(
            LessonProgress.objects.filter(user=user, lesson__in=lessons).values_list(
                "lesson_id", flat=True
            )
        )
        paths = {course_path_of(lesson.path) for lesson in lessons}
        courses_by_path = {
            c.path: c for c in CoursePage.objects.filter(path__in=paths).live().defer_streamfields()
        }
    steps: list[NextStep] = []
    seen: set[int] = set()
    for recommendation in wanted:
        page = recommendation.page
        if isinstance(page, CoursePage):
            if page.pk in taking:
                continue
            course = page
        elif isinstance(page, LessonPage):
            course = courses_by_path.get(course_path_of(page.path))
            if course is None or page.pk in done_lessons or course.pk in completed:
                continue
        else:
            continue
        seen.add(page.pk)
        steps.append(NextStep(page, course, recommendation.reasons))
    for course in recommended_courses(user, [e.course for e in enrollments]):
        if course.pk not in seen:
            seen.add(course.pk)
            steps.append(NextStep(course, course))
    return steps[:limit]


def recommended_courses(user, taken: list[CoursePage], limit: int = 3) -> list[CoursePage]:
    """Live courses in the tracks the learner studies that they have not taken yet; for a
    learner with no course yet, the first course of each track."""
    all_taken = Enrollment.objects.filter(user=user).values("course_id")
    candidates = (
        sources(CoursePage.objects.live().public()).exclude(pk__in=all_taken).order_by("path")
    )
    track_paths = {parent_path(course.path) for course in taken}
    if track_paths:
        condition = Q()
        for path in track_paths:
            condition |= Q(path__startswith=path)
        return list(candidates.filter(condition).defer_streamfields()[:limit])
    seen, firsts = set(), []
    for course in candidates.defer_streamfields():
        track_path = parent_path(course.path)
        if track_path not in seen:
            seen.add(track_path)
            firsts.append(course)
    return firsts[:limit]
