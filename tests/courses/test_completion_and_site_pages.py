"""What a learner meets around the courses: the page of a finished course, the footer, the
error pages with DEBUG off, and dates written one unambiguous way."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import formats

from courses import services
from courses.models import Enrollment
from courses.services.certificates import issue_certificate
from lms.errors import server_error
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(client, learner, demo_site):
    """A course the learner finished, its certificate issued (files not rendered yet), and
    a second course of the same track to take next."""
    course, lessons = make_course((1,), slug="pricing-for-export", title="Pricing for export")
    following, _ = make_course((1,), slug="getting-paid", title="Getting paid")
    services.enroll(learner, course)
    for lesson in lessons:
        services.complete_lesson(learner, lesson)
    enrollment = Enrollment.objects.get(user=learner, course=course)
    certificate = issue_certificate(enrollment)
    client.force_login(learner)
    return course, following, certificate


def test_a_finished_course_celebrates_shows_the_certificate_and_what_next(client, finished):
    course, following, certificate = finished

    html = client.get(course.url).content.decode()

    assert "Well done: you completed this course" in html
    assert certificate.verify_path in html
    assert following.title in html and following.url in html
    assert "Leave this course" not in html


def test_a_course_in_progress_can_still_be_left(client, learner, demo_site):
    course, _ = make_course((2,), slug="in-progress")
    services.enroll(learner, course)
    client.force_login(learner)

    html = client.get(course.url).content.decode()

    assert "Leave this course" in html and "Well done" not in html


def test_the_enroll_box_comes_before_the_outline(client, learner, demo_site):
    course, _ = make_course((1,), slug="order")
    html = client.get(course.url).content.decode()
    assert html.index('id="enroll"') < html.index('id="outline-heading"')


def test_the_footer_links_to_certificate_verification(client, demo_site):
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert 'href="/certificates/verify/"' in footer and "Verify a certificate" in footer


def test_a_mistyped_address_gets_the_branded_not_found_page(client, demo_site, settings):
    settings.DEBUG = False

    response = client.get("/export-skils/no-such-course/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "<title>Page not found · Go Global Academy</title>" in html
    assert 'class="site-header"' in html and 'action="/search/"' in html
    assert 'href="/">Go to the home page</a>' in html


def test_the_server_error_page_renders_without_the_database(django_db_blocker):
    request = RequestFactory().get("/export-skills/")
    with django_db_blocker.block():  # any query would raise here
        response = server_error(request)

    assert response.status_code == 500
    html = response.content.decode()
    assert "<title>Something went wrong · Go Global Academy</title>" in html
    assert 'class="site-header"' in html and 'action="/search/"' in html
    assert 'href="/">Go to the home page</a>' in html


def test_dates_read_the_same_way_everywhere():
    moment = datetime.datetime(2026, 12, 1, 18, 49, tzinfo=datetime.UTC)
    assert formats.date_format(moment) == "1 Dec 2026"
    assert formats.date_format(moment, "SHORT_DATE_FORMAT") == "1 Dec 2026"
    assert formats.date_format(moment, "DATETIME_FORMAT") == "1 Dec 2026, 18:49"
    assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "1 Dec 2026, 18:49"


def test_the_course_page_writes_the_completion_date_unambiguously(client, finished):
    course, _following, _certificate = finished
    completed = Enrollment.objects.get(course=course).completed_at
    html = client.get(course.url).content.decode()
    assert f"Completed on {formats.date_format(completed)}." in html
    assert f"{completed.day} {completed:%b %Y}" in html
