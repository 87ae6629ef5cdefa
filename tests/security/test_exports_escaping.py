"""Trainers' spreadsheet exports open as data: what a learner typed never runs as a formula.

A learner named ``=HYPERLINK(...)`` and short-text quiz answers starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return come out of the learners and item-analysis exports
as text in CSV (a leading apostrophe) and in XLSX (a string cell, not a formula).
"""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from courses import services
from courses.models import CourseAssignment, ModulePage
from lms.accounts.spreadsheets import FORMULA_PREFIXES, escape_dataset, escape_formula
from tests.courses.builders import make_course, make_quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NAME = '=HYPERLINK("http://x","y")'


@pytest.fixture(autouse=True)
def _no_mfa_gate(settings):
    settings.MFA_REQUIRED_FOR_STAFF = False


@pytest.fixture
def course(demo_site):
    return make_course((1,), slug="escaping")[0]


@pytest.fixture
def trainer_client(client, course, trainer):
    CourseAssignment.objects.create(course=course, trainer=trainer)
    client.force_login(trainer)
    return client


def cells(response, export_format: str) -> list[list]:
    """Every cell of the downloaded file: (value, data type) for XLSX, text for CSV."""
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    if export_format == "csv":
        return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    return [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]


def assert_text(found: list[list], expected: str, export_format: str) -> None:
    """``expected`` is in a cell, as text; no cell holds a formula or an unescaped one."""
    unescaped = expected.removeprefix("'")
    if export_format == "csv":
        assert any(expected in row for row in found), found
        if unescaped != expected:
            assert not any(unescaped in row for row in found), "an unescaped cell remains"
    else:
        matches = [cell for row in found for cell in row if cell[0] == expected]
        assert matches, found
        assert all(data_type == "s" for _, data_type in matches)
        assert not any(data_type == "f" for row in found for _, data_type in row)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_learner_named_like_a_formula_is_exported_as_text(trainer_client, course, export_format):
    learner = UserFactory(first_name=NAME, last_name="")
    services.enroll(learner, course)
    response = trainer_client.get(
        reverse("courses_admin:course_learners", args=[course.pk]), {"format": export_format}
    )
    assert_text(cells(response, export_format), "'" + NAME, export_format)


@pytest.mark.parametrize("prefix", FORMULA_PREFIXES)
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_short_text_answers_like_formulas_are_exported_as_text(
    trainer_client, course, prefix, export_format
):
    module = ModulePage.objects.child_of(course).first()
    quiz = make_quiz(module, [{"type": "short_text", "text": "Which rule?", "accepted": ["FCA"]}])
    learner = UserFactory()
    services.enroll(learner, course)
    attempt = services.start_attempt(learner, quiz)
    answer = f"{prefix}cmd|' /C calc'!A0"
    services.submit_attempt(learner, attempt.pk, {f"q-{attempt.question_ids[0]}": answer})
    response = trainer_client.get(
        reverse("courses_admin:quiz_analysis", args=[quiz.pk]), {"format": export_format}
    )
    found = cells(response, export_format)
    # The analysis folds spacing (a leading tab or CR goes); what is left must be text.
    written = " ".join(answer.split()).casefold()
    assert_text(found, escape_formula(written), export_format)


def test_escape_formula_leaves_numbers_and_plain_text_alone():
    assert escape_formula(-3) == -3
    assert escape_formula(None) is None
    assert escape_formula("Amina Uwase") == "Amina Uwase"
    for prefix in FORMULA_PREFIXES:
        assert escape_formula(f"{prefix}1") == f"'{prefix}1"
    assert escape_formula(escape_formula("=1")) == "'=1"  # escaping twice changes nothing


def test_escape_dataset_escapes_every_text_cell():
    import tablib

    dataset = tablib.Dataset(["=A1", 5, "ok"], ["@SUM(1)", "-2", "\tx"], headers=["a", "b", "c"])
    escaped = escape_dataset(dataset)
    assert escaped.dict == [
        {"a": "'=A1", "b": 5, "c": "ok"},
        {"a": "'@SUM(1)", "b": "'-2", "c": "'\tx"},
    ]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_resource_library_export_keeps_formula_titles_as_text(client, moderator, export_format):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from content.library.models import Resource

    document = get_document_model().objects.create(
        title="Guide", file=ContentFile(b"guide", name="guide.txt")
    )
    title = '=HYPERLINK("http://x","Export guide")'
    Resource.objects.create(
        title=title, summary="A guide.", document=document, topic="pricing", format="guide"
    )
    client.force_login(moderator)
    response = client.get(
        reverse("wagtailsnippets_library_resource:list"), {"export": export_format}
    )
    assert_text(cells(response, export_format), "'" + title, export_format)
