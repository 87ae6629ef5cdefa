"""The trainer's Learners page at size: a page of learners at a time, sorted, filtered and
searched by the database, exports that stream, and the same queries at 10 or 200 learners."""

import csv
import io
import re
from datetime import timedelta

import openpyxl
import pytest
from django.db import connection
from django.http import FileResponse, StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import CourseAssignment, Enrollment, LessonProgress
from lms.accounts.models import User
from tests.courses.builders import make_courses_once

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_mfa_gate(settings):
    settings.MFA_REQUIRED_FOR_STAFF = False


@pytest.fixture
def course(demo_site, trainer):
    ((course, lessons),) = make_courses_once({"lessons_per_module": (2, 2), "slug": "big-course"})
    CourseAssignment.objects.create(course=course, trainer=trainer)
    return course, lessons


def add_learners(course, lessons, count, start=0):
    """``count`` learners written in bulk: learner n completed n % 5 of the 4 lessons (all 4
    means the course), every 7th withdrew, and learner n was last active n minutes ago."""
    now = timezone.now()
    users = User.objects.bulk_create(
        User(
            email=f"learner{n:04}@example.org",
            first_name=f"First{n:04}",
            last_name=f"Last{(count + start - n):04}",  # names sort the other way round
            password="!",  # noqa: S106
        )
        for n in range(start, start + count)
    )
    if connection.vendor != "postgresql":  # bulk_create sets the ids on PostgreSQL only
        users = list(User.objects.filter(email__in=[u.email for u in users]).order_by("email"))
    enrollments, progress = [], []
    for n, user in enumerate(users, start=start):
        done = n % 5
        enrollments.append(
            Enrollment(
                user=user,
                course=course,
                status="withdrawn" if n % 7 == 6 else "active",
                completed_at=now if done == 4 else None,
                last_activity_at=now - timedelta(minutes=n),
            )
        )
        progress += [
            LessonProgress(user=user, lesson=lesson, course=course) for lesson in lessons[:done]
        ]
    Enrollment.objects.bulk_create(enrollments)
    LessonProgress.objects.bulk_create(progress)
    return users


def url(course, **query):
    base = reverse("courses_admin:course_learners", args=[course.pk])
    if not query:
        return base
    return base + "?" + "&".join(f"{key}={value}" for key, value in query.items())


def emails(response):
    return [e.user.email for e in response.context["enrollments"]]


def test_fifty_learners_a_page_newest_activity_first(client, trainer, course):
    course, lessons = course
    add_learners(course, lessons, 120)
    client.force_login(trainer)

    first = client.get(url(course))
    assert first.status_code == 200
    assert emails(first) == [f"learner{n:04}@example.org" for n in range(50)]
    html = first.content.decode()
    assert "Page 1 of 3" in html
    # The counts read as sentences, each ended ("120 learners enrolled 120 of them …" was not).
    text = " ".join(html.split())
    assert re.search(r"120 learners enrolled\. \d+ of them (is|are) still active\. ", text)

    last = client.get(url(course, p=3))
    assert emails(last) == [f"learner{n:04}@example.org" for n in range(100, 120)]
    # A page past the end shows the last one, as Wagtail's listings do.
    assert emails(client.get(url(course, p=99))) == emails(last)


def test_sorting_by_a_column_header(client, trainer, course):
    course, lessons = course
    add_learners(course, lessons, 60)
    client.force_login(trainer)

    by_name = client.get(url(course, ordering="name"))
    assert emails(by_name)[:3] == [f"learner{n:04}@example.org" for n in (59, 58, 57)]
    html = by_name.content.decode()
    assert "?ordering=-name" in html  # the header now offers the other direction
    assert emails(client.get(url(course, ordering="-name")))[0] == "learner0000@example.org"
    oldest = client.get(url(course, ordering="-last_activity_at", p=2))
    assert emails(oldest)[-1] == "learner0059@example.org"
    # An ordering the page does not offer (progress, a raw field) falls back to the default.
    assert emails(client.get(url(course, ordering="lessons_done"))) == emails(
        client.get(url(course))
    )


def test_filtering_by_status_and_searching(client, trainer, course):
    course, lessons = course
    add_learners(course, lessons, 70)
    client.force_login(trainer)

    completed = client.get(url(course, status="completed"))
    assert emails(completed) and all(e.completed_at for e in completed.context["enrollments"])
    assert len(emails(completed)) == 14  # n % 5 == 4 for n < 70
    withdrawn = client.get(url(course, status="withdrawn"))
    assert {e.status for e in withdrawn.context["enrollments"]} == {"withdrawn"}
    assert len(emails(withdrawn)) == 10

    found = client.get(url(course, q="learner0042"))
    assert emails(found) == ["learner0042@example.org"]
    assert "There is 1 match" in found.content.decode()
    nothing = client.get(url(course, q="nobody-at-all"))
    assert "No learner matches these conditions." in nothing.content.decode()
    # An unknown status shows everyone rather than failing.
    assert len(emails(client.get(url(course, status="bogus")))) == 50


def test_exports_stream_every_learner_the_page_selects(client, trainer, course):
    course, lessons = course
    add_learners(course, lessons, 70)
    client.force_login(trainer)

    response = client.get(url(course, format="csv"))
    assert isinstance(response, StreamingHttpResponse)
    header, *rows = csv.reader(io.StringIO(response.getvalue().decode()))
    assert header[0] == "Name" and len(rows) == 70

    page = client.get(url(course, status="completed"))
    assert "format=csv&amp;status=completed" in page.content.decode()
    response = client.get(url(course, format="csv", status="completed"))
    _header, *rows = csv.reader(io.StringIO(response.getvalue().decode()))
    assert len(rows) == 14 and {row[5] for row in rows} == {"4"}

    response = client.get(url(course, format="xlsx", q="learner0042"))
    assert isinstance(response, FileResponse)
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    _header, *rows = sheet.iter_rows(values_only=True)
    assert [row[1] for row in rows] == ["learner0042@example.org"]


def count_queries(client, address):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


def test_same_queries_at_10_and_200_learners(client, trainer, course):
    course, lessons = course
    add_learners(course, lessons, 10)
    client.force_login(trainer)
    addresses = [
        url(course),
        url(course, ordering="name", p=1),
        url(course, status="completed", q="learner"),
        url(course, format="csv"),
        url(course, format="xlsx"),
    ]
    for address in addresses:
        client.get(address)  # warm the per-process caches
    at_10 = [count_queries(client, address) for address in addresses]
    add_learners(course, lessons, 190, start=10)
    at_200 = [count_queries(client, address) for address in addresses]
    assert at_10 == at_200


def test_a_large_course_s_funnel_is_counted_once_a_minute(client, trainer, course, monkeypatch):
    from django.core.cache import cache

    from courses.services import trainer_reports

    monkeypatch.setattr(trainer_reports, "FUNNEL_CACHE_FROM", 10)
    course, lessons = course
    users = add_learners(course, lessons, 10)
    client.force_login(trainer)

    def first_lesson_completed():
        return client.get(url(course)).context["funnel"][0].completed

    assert first_lesson_completed() == 8  # learners 1-4 and 6-9 (n % 5 > 0)
    LessonProgress.objects.create(user=users[0], lesson=lessons[0], course=course)
    assert first_lesson_completed() == 8  # counted less than a minute ago
    cache.clear()
    assert first_lesson_completed() == 9
