"""Attacks through text: what learners and trainers write comes back as text everywhere.

Learner A's name, region, brand plan and a short-text quiz answer, and a trainer's course
title and rich text, all carry script and markup payloads (and a spreadsheet formula where
the text reaches an export). Every surface that shows them is requested: learner pages,
public pages, the admin's listings, PDFs (their extracted text holds the payload literally,
no markup interpreted), share images (they render), e-mails and CSV/XLSX exports (formula
cells escaped with a leading apostrophe).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pytest
from django.core import mail
from django.db import transaction
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

# The module's shared world holds a transaction open: keep every test here with the
# non-transactional database tests, so it is closed before any transactional test runs.
pytestmark = [pytest.mark.django_db, pytest.mark.search]  # the search pages show the payloads

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
PAYLOAD = SCRIPT + ATTRIBUTE  # 56 characters: fits every field it is written into
FORMULA = '=HYPERLINK("https://attacker.example/","Click")'
JS_URL = "javascript:alert(1)"
ANSWER = FORMULA + PAYLOAD  # a short-text answer

# What an escaped payload looks like in HTML, and in a JSON string inside HTML.
ESCAPED_FORMS = ("&lt;script&gt;alert(1)&lt;/script&gt;", "\\u003Cscript\\u003Ealert(1)")
RAW_MARKUP = ("<script>alert(1)", "<img src=x onerror", "onerror=alert(1)>")


@dataclass
class Injected:
    """Where the payloads were written, for the surfaces to find them."""

    world: object
    course: object
    track: object
    quiz: object
    attempt: object
    plan: object
    certificate: object


def _short_text_quiz():
    from courses.models import QuestionKind, QuizPage

    return (
        QuizPage.objects.live()
        .filter(questions__kind=QuestionKind.SHORT_TEXT)
        .order_by("path")
        .first()
    )


@pytest.fixture(scope="module")
def injected(security_world, django_db_blocker):
    """Write the payloads through the services and forms a learner or trainer uses."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from content.brandplan.models import Competitor
    from courses import services
    from courses.models import QuestionKind
    from courses.services import certificates

    learner = security_world.users["learner_a"]
    with django_db_blocker.unblock():
        # The full name starts like a formula and carries markup: one value, both attacks.
        learner.first_name = FORMULA
        learner.last_name = PAYLOAD
        learner.region = PAYLOAD
        learner.save()

        quiz = _short_text_quiz()
        course = services.course_of(quiz)
        # A trainer's title and rich text, through the editor's own converter (what a
        # Draftail save stores), with a javascript: link among them.
        course.title = PAYLOAD
        course.description = ContentstateConverter(features=["link", "bold"]).to_database_format(
            _contentstate_with_link(PAYLOAD, JS_URL)
        )
        course.save_revision().publish()
        course.refresh_from_db()

        services.enroll(learner, course)
        attempt = services.start_attempt(learner, quiz)
        answers = {}
        for question in services.attempt_questions(attempt):
            if question.kind == QuestionKind.SHORT_TEXT:
                answers[f"q-{question.pk}"] = ANSWER
        services.submit_attempt(learner, attempt.pk, answers)
        # A second learner gives the same answer, so it is the item analysis's most common.
        other = security_world.users["learner_b"]
        services.enroll(other, course)
        other_attempt = services.start_attempt(other, quiz)
        services.submit_attempt(
            other,
            other_attempt.pk,
            {
                f"q-{q.pk}": ANSWER
                for q in services.attempt_questions(other_attempt)
                if q.kind == QuestionKind.SHORT_TEXT
            },
        )

        plan = security_world.objects["plan_a"]
        for name in ("brand_name", "tagline", "story", "values", "ideal_customer"):
            setattr(plan, name, PAYLOAD)
        plan.save()
        Competitor.objects.create(plan=plan, name=PAYLOAD, strengths=PAYLOAD)

        certificate = security_world.objects["certificate_a"]
        certificate.holder_name = certificates.holder_name(learner)
        certificate.course_title = PAYLOAD
        certificate.save(update_fields=["holder_name", "course_title"])
        certificates.render_certificate_files(certificate)
    return Injected(security_world, course, course.get_parent(), quiz, attempt, plan, certificate)


def _contentstate_with_link(text: str, href: str) -> str:
    import json

    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": href}}},
        }
    )


# --- Surfaces ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Surface:
    name: str
    role: str
    path: str  # formatted with the Injected object as ``i``
    kind: str = "html"


SURFACES = [
    # What learner A sees.
    Surface("profile form", "learner_a", "/profile/"),
    Surface("dashboard", "learner_a", "/dashboard/"),
    Surface("quiz result", "learner_a", "/learn/attempts/{i.attempt.pk}/result/"),
    Surface("brand plan", "learner_a", "/toolkit/brand-plan/{i.plan.pk}/"),
    Surface("brand plan list", "learner_a", "/toolkit/brand-plan/"),
    Surface("brand plan step", "learner_a", "/toolkit/brand-plan/{i.plan.pk}/story/"),
    Surface("my data", "learner_a", "/profile/data/"),
    # What anyone sees.
    Surface("course page", "anonymous", "{i.course.url}"),
    Surface("search", "anonymous", "/search/?q=alert"),
    Surface("certificate verification", "anonymous", "/certificates/verify/{i.certificate.code}/"),
    Surface(
        "shared brand plan",
        "anonymous",
        "/toolkit/brand-plan/shared/{i.world.objects[share_token]}/",
    ),
    # The admin.
    Surface("course learners", "site_admin", "/admin/courses/{i.course.pk}/learners/"),
    Surface("item analysis", "site_admin", "/admin/courses/quizzes/{i.quiz.pk}/analysis/"),
    Surface("my courses", "site_admin", "/admin/courses/"),
    Surface("users", "site_admin", "/admin/users/"),
    Surface("certificates", "site_admin", "/admin/snippets/courses/certificate/"),
    Surface(
        "certificate inspect",
        "site_admin",
        "/admin/snippets/courses/certificate/inspect/{i.certificate.pk}/",
    ),
    Surface("page explorer", "site_admin", "/admin/pages/{i.track.pk}/"),
    Surface("page editor", "site_admin", "/admin/pages/{i.course.pk}/edit/"),
    Surface("page search", "site_admin", "/admin/pages/search/?q=alert"),
    Surface("site history", "site_admin", "/admin/reports/site-history/"),
    # Files.
    Surface(
        "certificate PDF",
        "learner_a",
        "/certificates/mine/{i.certificate.code}/certificate.pdf",
        "pdf",
    ),
    Surface("brand plan PDF", "learner_a", "/toolkit/brand-plan/{i.plan.pk}/plan.pdf", "pdf"),
    Surface(
        "certificate image",
        "learner_a",
        "/certificates/mine/{i.certificate.code}/certificate.png",
        "png",
    ),
    Surface(
        "course learners CSV",
        "site_admin",
        "/admin/courses/{i.course.pk}/learners/?format=csv",
        "csv",
    ),
    Surface(
        "course learners XLSX",
        "site_admin",
        "/admin/courses/{i.course.pk}/learners/?format=xlsx",
        "xlsx",
    ),
    Surface(
        "item analysis CSV",
        "site_admin",
        "/admin/courses/quizzes/{i.quiz.pk}/analysis/?format=csv",
        "csv",
    ),
    Surface(
        "item analysis XLSX",
        "site_admin",
        "/admin/courses/quizzes/{i.quiz.pk}/analysis/?format=xlsx",
        "xlsx",
    ),
]


def _get(injected: Injected, surface: Surface):
    client = injected.world.client(surface.role)
    with transaction.atomic():
        response = client.get(surface.path.format(i=injected))
        transaction.set_rollback(True)
    assert response.status_code == 200, (
        f"{surface.name}: {surface.path.format(i=injected)} answered {response.status_code}"
    )
    return response


def assert_escaped_html(html: str, where: str) -> None:
    raw = [marker for marker in RAW_MARKUP if marker in html]
    assert not raw, f"{where}: markup from user text reached the page unescaped: {raw}"
    assert any(form in html for form in ESCAPED_FORMS), (
        f"{where}: the payload is not on the page at all, so this surface proves nothing"
    )
    assert f'href="{JS_URL}' not in html, f"{where}: a javascript: link reached the page"


def _cells(surface: Surface, content: bytes) -> list[str]:
    if surface.kind == "csv":
        return [
            cell for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for cell in row
        ]
    workbook = load_workbook(io.BytesIO(content))
    return [
        str(cell.value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("surface", SURFACES, ids=[s.name for s in SURFACES])
def test_payloads_come_back_as_text(surface, injected, world_media):
    response = _get(injected, surface)
    body = b"".join(response) if response.streaming else response.content
    where = f"{surface.name} ({surface.path.format(i=injected)})"
    if surface.kind == "html":
        assert_escaped_html(body.decode(), where)
    elif surface.kind == "pdf":
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
        # Extraction may break the line anywhere; compare without whitespace.
        flat = "".join(text.split())
        assert "".join(SCRIPT.split()) in flat, f"{where}: the payload is not printed as text"
        assert "".join(ATTRIBUTE.split()) in flat, f"{where}: the payload is not printed as text"
    elif surface.kind == "png":
        image = Image.open(io.BytesIO(body))
        image.verify()
        assert image.size[0] >= 600, f"{where}: not a share image"
    else:
        # The item analysis folds answers to lower case, so compare folded.
        cells = [cell.casefold() for cell in _cells(surface, body)]
        assert any(SCRIPT in cell for cell in cells), f"{where}: the payload is not exported"
        formulas = [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
        assert not formulas, f"{where}: cells a spreadsheet would run as formulas: {formulas}"
        assert any(cell.startswith("'" + FORMULA.casefold()) for cell in cells), (
            f"{where}: the formula text is not exported, escaped, at all"
        )


@pytest.mark.django_db
def test_certificate_email_carries_the_text_literally(injected, world_media):
    """The certificate e-mail is plain text: the payload is there as written, and any HTML
    alternative escapes it."""
    from courses.services import certificates

    mail.outbox.clear()
    certificates.send_certificate_email(injected.certificate)
    (message,) = mail.outbox
    assert PAYLOAD in message.subject + message.body
    assert "\n" not in message.subject
    for content, mimetype in getattr(message, "alternatives", []):
        assert mimetype != "text/html" or SCRIPT not in content


@pytest.mark.django_db
def test_trainer_rich_text_drops_javascript_links(injected):
    """The editor's converter keeps the trainer's words but never a javascript: link."""
    stored = str(injected.course.description)
    assert "alert(1)" in stored
    assert JS_URL not in stored


@pytest.mark.django_db
def test_link_blocks_refuse_javascript_urls():
    """A call to action's address written by an editor cannot be a javascript: URL."""
    from wagtail.blocks import StructBlockValidationError

    from content.blocks import LinkBlock

    block = LinkBlock()
    for address in (JS_URL, " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>"):
        with pytest.raises(StructBlockValidationError):
            block.clean(block.to_python({"label": "Go", "page": None, "url": address}))
    cleaned = block.clean(
        block.to_python({"label": "Go", "page": None, "url": "/accounts/signup/"})
    )
    assert cleaned["url"] == "/accounts/signup/"


def test_link_blocks_without_an_address_say_so():
    """Neither a page nor an address: a message on the address field, not a crash."""
    from wagtail.blocks import StructBlockValidationError

    from content.blocks import LinkBlock

    block = LinkBlock()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"label": "Go", "page": None, "url": ""}))
    assert "url" in refused.value.block_errors
