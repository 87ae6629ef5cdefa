"""A large XLSX of a course's learners is built by Celery behind a progress page (the
reports' background exports, ``lms.exports``), for the trainer who asked and only while the
course is still theirs; the CSV always streams."""

import io

import openpyxl
import pytest
from django.core.cache import cache
from django.http import FileResponse, StreamingHttpResponse

from courses.models import CourseAssignment
from lms.exports import jobs
from tests.courses.builders import make_courses_once
from tests.courses.test_learners_listing import add_learners, url
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    settings.LEARNER_EXPORT_BACKGROUND_ROWS = 50
    cache.clear()


@pytest.fixture
def course(demo_site, trainer):
    ((course, lessons),) = make_courses_once({"lessons_per_module": (2, 2), "slug": "big-course"})
    CourseAssignment.objects.create(course=course, trainer=trainer)
    return course, lessons


def test_a_large_xlsx_is_built_in_the_background_for_its_trainer_only(
    client,
    trainer,
    course,
    django_capture_on_commit_callbacks,
):
    course, lessons = course
    add_learners(course, lessons, 70)
    client.force_login(trainer)

    # The CSV streams at any size.
    assert isinstance(client.get(url(course, format="csv")), StreamingHttpResponse)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.get(url(course, format="xlsx", status="active"))
    assert response.status_code == 302
    job_url = response["Location"]
    assert job_url.startswith("/admin/exports/")
    token = job_url.rstrip("/").rsplit("/", 1)[-1]

    waiting = client.get(job_url).content.decode()
    assert '<progress max="100" value="5"' in waiting and 'http-equiv="refresh"' in waiting
    assert f"/admin/courses/{course.pk}/learners/?status=active" in waiting
    assert client.get(f"{job_url}download/").status_code == 404  # not built yet

    for callback in callbacks:  # the request committed: the task runs (eagerly here)
        callback()
    ready = client.get(job_url).content.decode()
    assert "Your report is ready." in ready and "<progress" not in ready
    assert f"Download course-{course.slug}-learners.xlsx" in ready
    download = client.get(f"{job_url}download/")
    assert isinstance(download, FileResponse)
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    header, *rows = sheet.iter_rows(values_only=True)
    assert header[0] == "Name" and len(rows) == 60  # the 70 minus the 10 who withdrew
    assert {row[3] for row in rows} == {"Active"}
    # The same learners in the same order as the page's CSV.
    csv = client.get(url(course, format="csv", status="active")).getvalue().decode()
    assert [row[1] for row in rows] == [line.split(",")[1] for line in csv.splitlines()[1:]]

    # Another trainer learns nothing of the job, nor may they export this course.
    other = UserFactory(role="Trainer", profile=False, email="other-trainer@example.org")
    client.force_login(other)
    assert client.get(job_url).status_code == 404
    assert client.get(f"{job_url}download/").status_code == 404
    assert client.get(url(course, format="xlsx")).status_code == 403

    # Once the course is no longer theirs, the trainer who asked loses the file too.
    client.force_login(trainer)
    CourseAssignment.objects.filter(course=course, trainer=trainer).delete()
    assert client.get(f"{job_url}download/").status_code == 404
    assert jobs.job_for(token, trainer) is None


def test_a_job_whose_course_was_taken_away_fails_plainly(
    client,
    trainer,
    course,
    django_capture_on_commit_callbacks,
):
    course, lessons = course
    add_learners(course, lessons, 55)
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job_url = client.get(url(course, format="xlsx"))["Location"]
    CourseAssignment.objects.filter(course=course, trainer=trainer).delete()
    for callback in callbacks:
        callback()
    token = job_url.rstrip("/").rsplit("/", 1)[-1]
    job = cache.get(f"exports:job:{token}")
    assert job["status"] == "failed" and job["error"] == "not-allowed" and not job["path"]


def test_below_the_threshold_the_xlsx_comes_at_once(client, trainer, course):
    course, lessons = course
    add_learners(course, lessons, 20)
    client.force_login(trainer)
    response = client.get(url(course, format="xlsx"))
    assert isinstance(response, FileResponse)
