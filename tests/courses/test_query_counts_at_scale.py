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
