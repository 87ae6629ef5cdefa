"""Fixtures for certificate tests: a course a learner completes, issuing its certificate."""

import pytest

from courses import services
from courses.models import Certificate
from tests.courses.builders import make_courses_once


def complete_course(user, course, lessons, capture):
    """Enroll ``user`` and finish every lesson the way a learner would; run the on-commit
    work (issuing, then the eager Celery task that renders and e-mails)."""
    services.enroll(user, course)
    with capture(execute=True):
        for lesson in lessons:
            services.complete_lesson(user, lesson)


@pytest.fixture
def course(demo_site):
    return make_courses_once(
        {"lessons_per_module": (1, 1), "slug": "pricing-for-export", "title": "Pricing for export"}
    )[0]


@pytest.fixture
def certificate(learner, course, django_capture_on_commit_callbacks) -> Certificate:
    course, lessons = course
    learner.first_name, learner.last_name = "Amina", "Uwase"
    learner.save(update_fields=["first_name", "last_name"])
    complete_course(learner, course, lessons, django_capture_on_commit_callbacks)
    return Certificate.objects.get(user=learner, course=course)
