"""What signed-in pages cache for everyone (a course's outline, the public courses and lessons
My learning counts and suggests) follows every publish, unpublish and privacy change at once:
the next request shows it (courses.services.outline, discovery, next_steps)."""

import pytest
from django.core.cache import caches
from django.test import override_settings
from wagtail.models import PageViewRestriction

from courses import services
from courses.models import LessonPage
from lms.cache import DegradingRedisCache
from tests.courses.builders import make_course, publish_child

pytestmark = pytest.mark.django_db


def test_a_lesson_published_into_a_course_appears_in_its_cached_outline(client, learner, demo_site):
    course, lessons = make_course((2,), slug="growing")
    services.enroll(learner, course)
    client.force_login(learner)
    assert "Lesson 1.3" not in client.get(course.url).content.decode()
    client.get(course.url)  # served from the cached outline now

    module = lessons[0].get_parent()
    publish_child(module, LessonPage(title="Lesson 1.3", slug="lesson-1-3", body=[]))
    assert "Lesson 1.3" in client.get(course.url).content.decode()
    # My learning counts it too: 0 of 3 lessons, not 0 of 2.
    assert "0 of 3 lessons done" in client.get("/dashboard/").content.decode()

    lessons[1].unpublish()
    page = client.get(course.url).content.decode()
    assert "Lesson 1.2" not in page
    assert "0 of 2 lessons done" in client.get("/dashboard/").content.decode()


def test_a_course_made_private_leaves_the_cached_recommendations_at_once(
    client, learner, demo_site
):
    taken, _ = make_course((1,), slug="taken")
    suggested, _ = make_course((1,), slug="suggested", title="A course to suggest")
    services.enroll(learner, taken)
    client.force_login(learner)
    assert "A course to suggest" in client.get("/dashboard/").content.decode()

    restriction = PageViewRestriction.objects.create(
        page=suggested, restriction_type=PageViewRestriction.LOGIN
    )
    assert "A course to suggest" not in client.get("/dashboard/").content.decode()

    restriction.delete()
    assert "A course to suggest" in client.get("/dashboard/").content.decode()


@override_settings(
    CACHES={"redis": {"BACKEND": "lms.cache.DegradingRedisCache", "LOCATION": "redis://x:1/0"}}
)
def test_the_redis_cache_keeps_one_client_per_process():
    cache = caches["redis"]
    assert isinstance(cache, DegradingRedisCache)
    # Building a client does not connect, so no Redis is needed to see it is reused.
    assert cache._cache.get_client() is cache._cache.get_client(write=True)
