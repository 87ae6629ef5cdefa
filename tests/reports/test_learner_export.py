"""Learner-level export: site admins only, formula-escaped, each download in Site history."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from courses.models import Certificate, Enrollment, LessonProgress
from lms.programmes.models import Programme, ProgrammeMembership
from lms.reports.learner_export import LearnerExportFilter, export_learners
from tests.courses.builders import make_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/learners/"


@pytest.fixture
def course_with_learners(demo_site):
    course, lessons = make_course((2, 2), slug="export-course", title="Incoterms basics")
    amina = UserFactory(
        role="Learner", first_name="Amina", last_name="Uwase", email="amina@example.org"
    )
    sly = UserFactory(
        role="Learner",
        first_name='=HYPERLINK("http://evil")',
        last_name="+Sly",
        email="sly@example.org",
        country="GH",
    )
    Enrollment.objects.create(user=amina, course=course, completed_at=timezone.now())
    Enrollment.objects.create(user=sly, course=course)
    for lesson in lessons:
        LessonProgress.objects.create(user=amina, lesson=lesson, course=course)
    LessonProgress.objects.create(user=sly, lesson=lessons[0], course=course)
    Certificate.objects.create(
        user=amina, course=course, code="ABCD-EFGH-JKLM", completed_at=timezone.now()
    )
    return course, amina, sly


def rows_of_csv(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_site_admin_downloads_csv_with_progress_and_escaped_formulas(
    client, site_admin, course_with_learners
):
    course, amina, sly = course_with_learners
    client.force_login(site_admin)
    response = client.post(URL, {"format": "csv", "course": course.pk})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    header, *rows = rows_of_csv(response.content)
    assert header[:3] == ["First name", "Last name", "E-mail"]
    by_email = {row[2]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_email["amina@example.org"]["Lessons done"] == "4"
    assert by_email["amina@example.org"]["Lessons in course"] == "4"
    assert by_email["amina@example.org"]["Progress (%)"] == "100"
    assert by_email["amina@example.org"]["Certificate"] == "ABCD-EFGH-JKLM"
    assert by_email["sly@example.org"]["Progress (%)"] == "25"
    # A spreadsheet shows these as text instead of running them.
    assert by_email["sly@example.org"]["First name"] == '\'=HYPERLINK("http://evil")'
    assert by_email["sly@example.org"]["Last name"] == "'+Sly"


def test_xlsx_keeps_numbers_as_numbers(client, site_admin, course_with_learners):
    client.force_login(site_admin)
    response = client.post(URL, {"format": "xlsx", "country": "GH"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, [c.value for c in row], strict=True)) for row in sheet.iter_rows(2)]
    assert [row["E-mail"] for row in rows] == ["sly@example.org"]  # the country filter holds
    assert rows[0]["Lessons done"] == 1 and rows[0]["Progress (%)"] == 25
    assert rows[0]["First name"].startswith("'=")


def test_each_export_is_recorded_with_who_and_which_filter(
    client, site_admin, course_with_learners
):
    course, *_ = course_with_learners
    client.force_login(site_admin)
    client.post(URL, {"format": "csv", "country": "KE", "course": course.pk})
    entry = ModelLogEntry.objects.get(action="gga.learners.export")
    assert entry.user_id == site_admin.pk
    assert entry.data["filter"] == {"country": "KE", "programme": None, "course": course.pk}
    assert entry.data["format"] == "csv" and entry.data["rows"] == 1


def test_programme_filter_exports_the_cohort_only(site_admin, course_with_learners):
    course, amina, sly = course_with_learners
    programme = Programme.objects.create(
        name="Export readiness",
        sponsor="Ministry of Trade",
        countries=["KE"],
        starts_on="2026-01-01",
        ends_on="2027-12-31",
    )
    ProgrammeMembership.objects.create(programme=programme, user=sly)
    content = export_learners(LearnerExportFilter(programme_id=programme.pk), "csv", by=site_admin)
    emails = [row[2] for row in rows_of_csv(content)[1:]]
    assert emails == ["sly@example.org"]


@pytest.mark.parametrize("role", ["Ministry analyst", "Trainer", "Content moderator"])
def test_other_staff_roles_are_refused(client, role, course_with_learners):
    user = UserFactory(role=role, profile=False)
    client.force_login(user)
    assert client.get(URL).status_code == 403
    response = client.post(URL, {"format": "csv"})
    assert response.status_code == 403
    assert b"amina@example.org" not in response.content
    assert not ModelLogEntry.objects.filter(action="gga.learners.export").exists()


def test_learners_cannot_reach_the_admin_view(client, learner):
    client.force_login(learner)
    response = client.get(URL)
    assert response.status_code == 302


def test_the_service_refuses_analysts_too(analyst, course_with_learners):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        export_learners(LearnerExportFilter(), "csv", by=analyst)


def test_query_count_does_not_grow_with_learners(
    site_admin, course_with_learners, django_assert_max_num_queries
):
    course, *_ = course_with_learners
    for n in range(20):
        Enrollment.objects.create(user=UserFactory(email=f"more{n}@example.org"), course=course)
    # Rows, courses, lessons; then the audit entry (content type, user, insert).
    with django_assert_max_num_queries(6):
        content = export_learners(LearnerExportFilter(), "xlsx", by=site_admin)
    assert len(openpyxl.load_workbook(io.BytesIO(content)).active["A"]) == 23


def test_the_admin_page_shows_the_form_to_site_admins(client, site_admin):
    client.force_login(site_admin)
    response = client.get(reverse("reports_learner_export"))
    assert response.status_code == 200
    assert b"Every export is recorded in Site history" in response.content
