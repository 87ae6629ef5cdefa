""" "My learning", recommendations, resume and search: what a learner finds next."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from content.assessments.services import latest_results
from content.caching import CONTENT_VERSION_KEY, cached_get, read_ahead, versioned_key
from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress, TrackPage
from courses.tree import course_path_of, sources

from .access import may_study_without_enrolling
from .next_steps import (
    CATALOGUE_SECONDS,
    assessment_recommendations,
    public_courses_key,
    recommendations_key,
    recommended_next,
)
from .outline import course_progress, progress_percent
from .translations import active_content_language, localize_pages, source_page

_COURSE_STREAMFIELDS = [
    field.name for field in CoursePage._meta.concrete_fields if isinstance(field, StreamField)
]


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

    A fixed number of queries whatever the number of courses: the learner's enrollments with
    their courses, their ticks in those courses (and in recommended lessons), and their
    self-assessment results. What is the same for everyone (the live lessons of each course,
    the public courses to suggest, what a set of results recommends, the tracks) is cached
    under the content version.
    """
    every_enrollment = list(
        Enrollment.objects.filter(user=user)
        .select_related("course")
        .defer(*(f"course__{name}" for name in _COURSE_STREAMFIELDS))  # not shown here
        .order_by("-last_activity_at", "-enrolled_at")
    )
    enrollments = [e for e in every_enrollment if e.status == Enrollment.Status.ACTIVE]
    courses = [e.course for e in enrollments]
    latest = latest_results(user)  # self-assessments: listed, and they recommend
    # What is the same for everyone, in one round trip to the cache.
    shared = [live_lessons_key(), public_tracks_key(), public_courses_key()]
    read_ahead([recommendations_key(latest), *shared] if latest else shared)
    recommended = assessment_recommendations(user, latest)
    ticks = _ticks(user, {c.pk for c in courses}, recommended.lesson_ids)
    lessons = live_lessons()
    entries = []
    for e in enrollments:
        public, live = lessons.get(e.course.path, (frozenset(), frozenset()))
        done = sum(1 for lesson_id in ticks.get(e.course_id, ()) if lesson_id in live)
        entries.append(DashboardEntry(e, e.course, done, len(public)))
    localize_pages(courses)  # titles and links in the learner's language
    done_lessons = {lesson_id for ids in ticks.values() for lesson_id in ids}
    return {
        "in_progress": [entry for entry in entries if entry.enrollment.completed_at is None],
        "completed": [entry for entry in entries if entry.enrollment.completed_at is not None],
        "self_assessments": latest,
        "tracks": public_tracks(),
        "recommended": recommended_next(
            user,
            enrollments,
            latest,
            recommended=recommended,
            done_lesson_ids=done_lessons,
            taken_course_ids={e.course_id for e in every_enrollment},
        ),
    }


def _ticks(user, course_ids: set[int], lesson_ids: list[int]) -> dict[int, set[int]]:
    """{course id: lessons ``user`` completed}, for the courses and lessons named: one
    query, none when both are empty."""
    if not course_ids and not lesson_ids:
        return {}
    ticks: dict[int, set[int]] = {}
    rows = LessonProgress.objects.filter(
        Q(course__in=course_ids) | Q(lesson__in=lesson_ids), user=user
    ).values_list("course_id", "lesson_id")
    for course_id, lesson_id in rows:
        ticks.setdefault(course_id, set()).add(lesson_id)
    return ticks


def live_lessons_key() -> str:
    return versioned_key(CONTENT_VERSION_KEY, "gga:live-lessons")


def public_tracks_key() -> str:
    return versioned_key(CONTENT_VERSION_KEY, "gga:public-tracks", get_language())


def live_lessons() -> dict[str, tuple[frozenset[int], frozenset[int]]]:
    """{course path: (its live public lessons' ids, its live lessons' ids)} for every course
    in the default locale: what progress is counted against, the same for everyone, so cached
    under the content version (two queries when not)."""
    key = live_lessons_key()
    cached = cached_get(key)
    if cached is None:
        public_ids = set(sources(LessonPage.objects.live().public()).values_list("pk", flat=True))
        by_course: dict[str, tuple[set[int], set[int]]] = {}
        for pk, path in sources(LessonPage.objects.live()).values_list("pk", "path"):
            public, live = by_course.setdefault(course_path_of(path), (set(), set()))
            live.add(pk)
            if pk in public_ids:
                public.add(pk)
        cached = {path: (frozenset(p), frozenset(v)) for path, (p, v) in by_course.items()}
        cache.set(key, cached, CATALOGUE_SECONDS)
    return cached


def public_tracks() -> list[TrackPage]:
    """The live public tracks in the default locale, in tree order, shown in the active
    language; cached per content version and language (two queries when not)."""
    key = public_tracks_key()
    tracks = cached_get(key)
    if tracks is None:
        tracks = list(
            sources(TrackPage.objects.live().public()).order_by("path").defer_streamfields()
        )
        localize_pages(tracks)
        cache.set(key, tracks, CATALOGUE_SECONDS)
    return tracks


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
