"""Property-based fuzzing of every form a learner or visitor fills in: never a 500.

Each page below is fetched as the person who uses it; every form on it (found in the HTML:
its method, action and field names, hidden ones included) is then submitted with text that
hypothesis draws: empty, NUL bytes, very long strings, any Unicode, numbers out of range,
markup, and field names the form did not ask for. Each submission runs in a savepoint that
is rolled back, so one example never changes the next. The answer must not be a server
error: bad input gets a 4xx or the form again with a message, never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Text that has broken web forms before, beside whatever hypothesis invents.
NASTY = [
    "",
    " ",
    "\x00",
    "abc\x00def",
    "%00",
    "0",
    "-1",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "-0.0",
    "2026-02-30",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "=1+2",
    "\u202e\u0000\ufeff",
    "x" * 5_000,
    "é" * 100_000,
]
TEXT = st.one_of(
    st.sampled_from(NASTY),
    # Any character a browser can send (lone surrogates cannot be encoded as UTF-8).
    st.text(st.characters(exclude_categories=["Cs"]), max_size=300),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=20).map(lambda s: s + "\x00"),
)
FUZZ = settings(
    max_examples=30,
    deadline=None,
    # The same examples on every run, so a failure found in CI reproduces on a laptop.
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# The module's shared world holds a transaction open: keep every test here with the
# non-transactional database tests, so it is closed before any transactional test runs.
pytestmark = pytest.mark.django_db


@dataclass
class Form:
    method: str
    action: str
    fields: list[str] = field(default_factory=list)


class _FormFinder(HTMLParser):
    """The forms of a page: method, action and the names of their fields."""

    def __init__(self, page_path: str):
        super().__init__()
        self.page_path = page_path
        self.forms: list[Form] = []
        self._current: Form | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = Form(
                (attrs.get("method") or "get").lower(), attrs.get("action") or self.page_path
            )
            self.forms.append(self._current)
        elif tag in ("input", "select", "textarea", "button") and self._current is not None:
            name = attrs.get("name")
            if name and name != "csrfmiddlewaretoken" and name not in self._current.fields:
                self._current.fields.append(name)

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def forms_on(html: str, page_path: str) -> list[Form]:
    finder = _FormFinder(page_path)
    finder.feed(html)
    # Signing out and the header's search box are fuzzed where they belong.
    return [
        form
        for form in finder.forms
        if "logout" not in form.action
        and not (form.action == "/search/" and page_path != "/search/")
    ]


@dataclass(frozen=True)
class Page:
    name: str
    role: str
    path: str  # formatted with the world's objects as ``o``


def _pages() -> list[Page]:
    from content.brandplan.steps import STEP_SLUGS

    pages = [
        Page("sign up", "anonymous", "/accounts/signup/"),
        Page("sign in", "anonymous", "/accounts/login/"),
        Page("password reset", "anonymous", "/accounts/password/reset/"),
        Page("profile", "learner_a", "/profile/"),
        Page("delete account", "learner_a", "/profile/delete/"),
        Page("join a programme", "learner_a", "/programmes/join/"),
        Page("quiz attempt", "learner_b", "/learn/attempts/{o[open_attempt].pk}/"),
        Page("brand plans", "learner_a", "/toolkit/brand-plan/"),
        Page("market checklist", "learner_a", "/toolkit/markets/{o[market].slug}/"),
        Page("assessment", "learner_a", "{o[assessment].url}"),
        Page("certificate verification", "anonymous", "/certificates/verify/"),
        Page("search", "anonymous", "/search/"),
        Page("library", "anonymous", "/toolkit/resources/"),
        Page("glossary", "anonymous", "/toolkit/glossary/"),
    ]
    pages += [
        Page(
            f"brand plan step {slug}", "learner_a", f"/toolkit/brand-plan/{{o[plan_a].pk}}/{slug}/"
        )
        for slug in STEP_SLUGS
    ]
    return pages


PAGES = _pages()


@pytest.fixture(scope="module")
def fuzz_world(security_world, django_db_blocker):
    """The security world plus an open quiz attempt for learner B and an assessment page."""
    from content.assessments.models import AssessmentPage
    from courses import services

    with django_db_blocker.unblock():
        quiz = security_world.objects["quiz_x"]
        learner = security_world.users["learner_b"]
        services.enroll(learner, services.course_of(quiz))
        security_world.objects["open_attempt"] = services.start_attempt(learner, quiz)
        security_world.objects["assessment"] = (
            AssessmentPage.objects.live().order_by("path").first()
        )
    return security_world


def _submit(client, form: Form, data: dict):
    with transaction.atomic():
        if form.method == "post":
            response = client.post(form.action, data)
        else:
            response = client.get(form.action, data)
        transaction.set_rollback(True)
    cache.clear()
    return response


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_forms_never_answer_500(page, fuzz_world, world_media):
    client = fuzz_world.client(page.role)
    path = page.path.format(o=fuzz_world.objects)
    response = client.get(path)
    assert response.status_code == 200, f"{page.name}: {path} answered {response.status_code}"
    forms = forms_on(response.content.decode(), path)
    assert forms, f"{page.name}: no form found on {path}"
    for form in forms:
        assert form.fields, f"{page.name}: a form without fields at {form.action}"
        _fuzzer(fuzz_world, page, form)()


def _fuzzer(world, page: Page, form: Form):
    """A hypothesis test submitting ``form`` with drawn values for each of its fields, and
    sometimes fields it did not ask for."""

    @FUZZ
    @given(
        values=st.fixed_dictionaries(dict.fromkeys(form.fields, TEXT)),
        extra=st.dictionaries(st.sampled_from(["x", "id", "owner", "user", "0"]), TEXT, max_size=2),
    )
    def submit(values, extra):
        response = _submit(world.client(page.role), form, {**extra, **values})
        assert response.status_code < 500, (
            f"{page.name}: {form.method.upper()} {form.action} answered "
            f"{response.status_code} to {values!r}"
        )

    return submit
