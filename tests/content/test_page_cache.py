"""Anonymous visitors get cached pages that never outlive a publish."""

import pytest

from courses.models import LessonPage, ModulePage
from tests.courses.builders import make_course, publish_child

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(client, demo_site):
    course, _ = make_course((2,))
    first = client.get(course.url)
    second = client.get(course.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_a_lesson_shows_at_once(client, demo_site):
    course, lessons = make_course((2,))
    client.get(course.url)
    module = ModulePage.objects.get(pk=lessons[0].get_parent().pk)
    publish_child(
        module, LessonPage(title="Freshly published", slug="fresh", body=[("paragraph", "x")])
    )
    response = client.get(course.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Freshly published" in response.content.decode()

    lessons[1].unpublish()
    assert "Lesson 1.2" not in client.get(course.url).content.decode()


def test_signed_in_visitors_and_query_strings_are_never_cached(client, demo_site, learner):
    course, _ = make_course((1,))
    client.get(course.url)
    assert "X-Page-Cache" not in client.get(course.url + "?utm=x")
    client.force_login(learner)
    response = client.get(course.url)
    assert "X-Page-Cache" not in response
    assert "Enroll for free" in response.content.decode()
