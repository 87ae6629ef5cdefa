""" "Recommended next" on My learning: what the learner's self-assessments point to, then
courses from the tracks they study. The one place the merging rule lives, and the one place
that picks courses from a learner's tracks (the dashboard and the completion page use it).

What is the same for everyone is cached under the content version (content.caching), which
every publish, unpublish, move, privacy change or deletion bumps: the live public courses to
suggest, and the pages a set of self-assessment results recommends. Only the learner's
enrollments, results and ticks are read per request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.models import Page

from content.assessments.services import LatestResult, recommended_pages
from content.caching import CONTENT_VERSION_KEY, cached_get, versioned_key
from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress
from courses.tree import course_path_of, parent_path, sources

RECOMMENDED_LIMIT = 6
#: A bump of the content version retires these sooner; the timeout only bounds memory.
CATALOGUE_SECONDS = 3600


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


@dataclass
class Recommended:
    """The live public pages a learner's latest self-assessment results ask for, in order,
    with the course of each recommended lesson (by course path)."""

    wanted: list
    courses_by_path: dict[str, CoursePage]

    @property
    def lesson_ids(self) -> list[int]:
        return [r.page.pk for r in self.wanted if isinstance(r.page, LessonPage)]


def recommendations_key(latest_results: list[LatestResult]) -> str:
    """The cache key of what this set of self-assessment results recommends."""
    result_ids = sorted(entry.result.pk for entry in latest_results)
    return versioned_key(CONTENT_VERSION_KEY, "gga:recommended", *result_ids)


def assessment_recommendations(user, latest_results: list[LatestResult]) -> Recommended:
    """What ``latest_results`` recommend (``recommended_pages``) and the courses of the
    recommended lessons; cached per set of results, since a result never changes once
    saved and the pages change only with the content version. No query when cached."""
    if not latest_results:
        return Recommended([], {})
    key = recommendations_key(latest_results)
    cached = cached_get(key)
    if cached is None:
        wanted = recommended_pages(user, latest_results)
        paths = {course_path_of(r.page.path) for r in wanted if isinstance(r.page, LessonPage)}
        courses_by_path = {}
        if paths:
            courses_by_path = {
                c.path: c
                for c in CoursePage.objects.filter(path__in=paths).live().defer_streamfields()
            }
        cached = Recommended(wanted, courses_by_path)
        cache.set(key, cached, CATALOGUE_SECONDS)
    return cached


def recommended_next(
    user,
    enrollments: list[Enrollment],
    latest_results: list[LatestResult],
    limit: int = RECOMMENDED_LIMIT,
    *,
    recommended: Recommended | None = None,
    done_lesson_ids: set[int] | None = None,
    taken_course_ids: set[int] | None = None,
) -> list[NextStep]:
    """Merge the recommendations of ``user``'s latest self-assessment results with the track
    suggestions, without duplicates.

    Assessment recommendations come first, in the order the trainers listed them, and drop
    courses the learner has completed or is already taking (those show under "In progress"
    and "Completed"), lessons they have completed and lessons of completed courses. Track
    suggestions (``recommended_courses``) fill the rest, up to ``limit``.

    A caller that has already read them passes ``recommended``
    (``assessment_recommendations``), which of its lessons the learner has done, and the ids
    of every course the learner ever enrolled in, and saves their queries.
    """
    taking = {e.course_id for e in enrollments}
    completed = {e.course_id for e in enrollments if e.completed_at is not None}
    if recommended is None:
        recommended = assessment_recommendations(user, latest_results)
    lesson_ids = recommended.lesson_ids
    if done_lesson_ids is None:
        done_lesson_ids = set()
        if lesson_ids:
            done_lesson_ids = set(
                LessonProgress.objects.filter(user=user, lesson__in=lesson_ids).values_list(
                    "lesson_id", flat=True
                )
            )
    steps: list[NextStep] = []
    seen: set[int] = set()
    for recommendation in recommended.wanted:
        page = recommendation.page
        if isinstance(page, CoursePage):
            if page.pk in taking:
                continue
            course = page
        elif isinstance(page, LessonPage):
            course = recommended.courses_by_path.get(course_path_of(page.path))
            if course is None or page.pk in done_lesson_ids or course.pk in completed:
                continue
        else:
            continue
        seen.add(page.pk)
        steps.append(NextStep(page, course, recommendation.reasons))
    taken = [e.course for e in enrollments]
    for course in recommended_courses(user, taken, taken_course_ids=taken_course_ids):
        if course.pk not in seen:
            seen.add(course.pk)
            steps.append(NextStep(course, course))
    return steps[:limit]


def public_courses_key() -> str:
    return versioned_key(CONTENT_VERSION_KEY, "gga:public-courses")


def public_courses() -> list[CoursePage]:
    """Every live public course in the default locale, in tree order, without StreamFields:
    the same for everyone, so cached under the content version (two queries when not)."""
    courses = cached_get(public_courses_key())
    if courses is None:
        courses = list(
            sources(CoursePage.objects.live().public()).order_by("path").defer_streamfields()
        )
        cache.set(public_courses_key(), courses, CATALOGUE_SECONDS)
    return courses


def recommended_courses(
    user, taken: list[CoursePage], limit: int = 3, *, taken_course_ids: set[int] | None = None
) -> list[CoursePage]:
    """Live courses in the tracks the learner studies that they have not taken yet; for a
    learner with no course yet, the first course of each track.

    ``taken_course_ids``, when the caller has them, are the courses the learner ever enrolled
    in (any status); otherwise they are read (one query).
    """
    if taken_course_ids is None:
        taken_course_ids = set(
            Enrollment.objects.filter(user=user).values_list("course_id", flat=True)
        )
    candidates = [c for c in public_courses() if c.pk not in taken_course_ids]
    track_paths = {parent_path(course.path) for course in taken}
    if track_paths:
        return [c for c in candidates if any(c.path.startswith(p) for p in track_paths)][:limit]
    seen, firsts = set(), []
    for course in candidates:
        track_path = parent_path(course.path)
        if track_path not in seen:
            seen.add(track_path)
            firsts.append(course)
    return firsts[:limit]
