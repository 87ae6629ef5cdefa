"""A learner's pages ask the database the same number of questions whatever a course's size.

Courses of 1, 50 and 200 lessons, the learner enrolled in each, with none or half of the
lessons done: the lesson page, the course outline and My learning must not grow a query per lesson
or per course (the shapes that would: a progress check per lesson, a page load per module).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db

SHAPES = {1: (1,), 50: (25, 25), 200: (50, 50, 50, 50)}


def queries_of(client, path: str) -> int:
    for _ in range(2):  # warm the caches up; the third request counts
        assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def counts_for(client, built) -> tuple[dict, dict]:
    lesson = {size: queries_of(client, lessons[-1].url) for size, (_, lessons) in built.items()}
    outline = {size: queries_of(client, course.url) for size, (course, _) in built.items()}
    return lesson, outline


def test_lesson_and_outline_cost_the_same_at_1_50_and_200_lessons(client, learner, demo_site):
    built = {}
    for size, shape in SHAPES.items():
        course, lessons = make_course(shape, slug=f"course-of-{size}", preview_first=False)
        assert len(lessons) == size
        services.enroll(learner, course)
        built[size] = (course, lessons)
    client.force_login(learner)

    lesson, outline = counts_for(client, built)  # nothing done yet
    assert len(set(lesson.values())) == 1, lesson
    assert len(set(outline.values())) == 1, outline

    # Half way (a course of one lesson cannot be half done: its one lesson finishes it).
    del built[1]
    for _, lessons in built.values():
        for done in lessons[: len(lessons) // 2]:
            services.complete_lesson(learner, done)
    lesson, outline = counts_for(client, built)
    assert lesson[50] == lesson[200], lesson
    assert outline[50] == outline[200], outline


def test_my_learning_does_not_grow_with_the_number_of_courses(client, learner, demo_site):
    client.force_login(learner)
    counts, taken = {}, 0
    for number in (1, 5):
        while taken < number:
            course, lessons = make_course((2,), slug=f"mine-{taken}", preview_first=False)
            services.enroll(learner, course)
            services.complete_lesson(learner, lessons[0])
            taken += 1
        counts[number] = queries_of(client, "/dashboard/")
    assert counts[1] == counts[5], counts


def test_pages_cost_the_same_at_profile_s_and_at_four_times_s(
    client, learner, trainer, demo_site, settings
):
    """The learner's lesson, outline and My learning, the trainer's Learners page and the
    analyst's reports, at the S data profile (1,000 learners) and at 4,000.

    L (100,000 learners) takes minutes to write, too long for the suite: its pages are
    timed by ``make bench-learners``. What would make a page grow with the platform's size
    (a query per learner, per enrollment or per certificate) shows between 1,000 and 4,000
    as surely as between 1,000 and 100,000, so counting here pins it down.
    """
    from django.urls import reverse
    from django.utils import timezone

    from courses.models import CourseAssignment
    from lms.demo import learners as demo_learners
    from lms.demo.profiles import PROFILES, Profile, make_profile, profile_learners
    from tests.reports.population import analyst_for

    settings.MFA_REQUIRED_FOR_STAFF = False
    first, first_lessons = make_course((2, 2), slug="profiled-one", preview_first=False)
    second, _ = make_course((3, 3), slug="profiled-two", preview_first=False)
    CourseAssignment.objects.create(course=first, trainer=trainer)
    services.enroll(learner, first)
    services.enroll(learner, second)
    services.complete_lesson(learner, first_lessons[0])
    analyst = analyst_for(["KE", "RW", "UG"], "analyst-at-scale@example.org")
    pages = {
        learner: [first_lessons[1].url, first.url, "/dashboard/"],
        trainer: [reverse("courses_admin:course_learners", args=[first.pk])],
        analyst: ["/admin/reports/"],
    }

    def counts() -> dict:
        found = {}
        for user, paths in pages.items():
            client.force_login(user)
            found |= {path: queries_of(client, path) for path in paths}
        return found

    context, now = demo_learners.write_context(), timezone.now()
    make_profile(PROFILES["S"], context, now, seed=15)
    assert profile_learners().count() == 1_000
    at_s = counts()
    make_profile(Profile("4S", 4_000, 10), context, now, seed=15, first=1_000)
    assert profile_learners().count() == 4_000
    assert counts() == at_s
