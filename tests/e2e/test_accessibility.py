"""WCAG 2.1 AA in the browser: axe-core finds no serious or critical violation on any page type a
learner, a trainer or an analyst visits, and a learner goes from signing in to a certificate
with the keyboard alone, always seeing where the focus is and never caught in one place.

axe-core is vendored in tests/e2e/vendor (see its README) and injected into each page; the
browser context bypasses the site's Content-Security-Policy for that one injected script.
Wagtail's own admin shell has no serious or critical finding either, so nothing is excused:
every finding on an admin page fails the test like any other.
"""

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from courses import services
from courses.models import CoursePage, QuestionKind, QuizPage
from courses.services.trainer_reports import visible_courses
from lms.accounts.models import User
from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.test_foundation import sign_in
from tests.e2e.test_phone_widths import open_attempt, page_types

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}


@pytest.fixture
def axe_page(browser, live_server, demo):
    """A desktop-wide page (trainer and analyst views are desktop work) that can run axe."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def axe_violations(page, name: str) -> list[str]:
    """Each serious or critical WCAG 2.1 AA finding on the open page, as "page: rule: element"."""
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_AA,
    )
    assert results["passes"], f"axe checked nothing on {name}"
    found = []
    for violation in results["violations"]:
        if violation["impact"] not in BLOCKING:
            continue
        for node in violation["nodes"]:
            selector = " ".join(str(part) for part in node["target"])
            found.append(f"{name}: {violation['id']} ({violation['help']}): {selector}")
    return found


def check_pages(page, pages: dict[str, str]) -> list[str]:
    found = []
    for name, path in pages.items():
        response = page.goto(path)
        expected = 404 if name == "not found" else 200
        assert response.status == expected, f"{name} ({path}) answered {response.status}"
        landed = urlparse(page.url)
        # A module has no page of its own: it opens as its part of the course outline.
        if not (name == "module" and landed.fragment.startswith("module-")):
            assert landed.path == urlparse(path).path, f"{name} went to {page.url}"
        found += axe_violations(page, name)
    return found


def test_learner_pages_and_toolkit_have_no_serious_axe_violations(axe_page):
    axe_page.set_viewport_size({"width": 390, "height": 844})  # learners read on phones
    learner = User.objects.get(email="learner@example.org")
    attempt = open_attempt(learner)
    pages = page_types(learner, attempt) | {"not found": "/no-such-page/"}
    visitor = {
        "home (visitor)": "/",
        "sign in": "/accounts/login/",
        "sign up": "/accounts/signup/",
        "certificate verification form (visitor)": pages["certificate verification form"],
        "certificate verified (visitor)": pages["certificate verified"],
        "national totals (public)": "/reports/national/",
    }
    found = check_pages(axe_page, visitor)
    sign_in(axe_page, learner.email, "not the password")  # a form showing its errors
    expect(axe_page.get_by_text("not correct")).to_be_visible()
    found += axe_violations(axe_page, "sign in with an error")
    sign_in(axe_page, learner.email, DEMO_PASSWORD)
    expect(axe_page.get_by_role("button", name="Sign out")).to_be_attached()
    found += check_pages(axe_page, pages)
    axe_page.goto(pages["quiz attempt"])  # the warning before handing in unanswered questions
    axe_page.get_by_role("button", name="Submit answers").click()
    expect(axe_page.get_by_role("alert")).to_contain_text("unanswered")
    found += axe_violations(axe_page, "quiz attempt with its warning")
    assert found == []


def test_trainer_and_analyst_views_have_no_serious_axe_violations(axe_page):
    trainer = User.objects.get(email="trainer@example.org")
    course = visible_courses(trainer).first()
    quiz = QuizPage.objects.live().descendant_of(course).first()
    sign_in(axe_page, trainer.email, DEMO_PASSWORD)
    expect(axe_page.get_by_role("button", name="Sign out")).to_be_attached()
    found = check_pages(
        axe_page,
        {
            "my courses": "/admin/courses/",
            "course learners": f"/admin/courses/{course.pk}/learners/",
            "item analysis": f"/admin/courses/quizzes/{quiz.pk}/analysis/",
        },
    )
    axe_page.context.clear_cookies()
    sign_in(axe_page, "analyst@example.org", DEMO_PASSWORD)
    expect(axe_page.get_by_role("button", name="Sign out")).to_be_attached()
    found += check_pages(axe_page, {"reports dashboard": "/admin/reports/"})
    assert found == []


# -- keyboard only ----------------------------------------------------------------------------

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  return {
    key: el.outerHTML.slice(0, 200) + '@' + [...document.querySelectorAll('*')].indexOf(el),
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
    label: el.labels && el.labels.length ? el.labels[0].innerText.trim() : '',
    tag: el.tagName.toLowerCase(),
    type: el.type || '',
    name: el.name || '',
    value: el.value || '',
    visible: el.matches(':focus-visible') && (outline || shadow),
  };
}"""


def tab_to(page, matches, *, limit: int = 80, back: bool = False) -> dict:
    """Press Tab (or Shift+Tab) until the focused element matches; on every stop the focus
    must be visible and must have moved, so nothing traps it."""
    previous = None
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:  # focus left the document for the browser's own chrome
            previous = None
            continue
        assert focused["visible"], f"focus is not visible on {focused['key']}"
        assert focused["key"] != previous, f"focus is trapped on {focused['key']}"
        previous = focused["key"]
        if matches(focused):
            return focused
    raise AssertionError(f"Tab never reached the element on {page.url}")


def named(text: str):
    return lambda focused: focused["text"] == text or focused["label"] == text


def activate(page, text: str) -> None:
    """Tab to the link or button called `text` and press Enter on it, which opens a page."""
    tab_to(page, named(text))
    with page.expect_navigation():
        page.keyboard.press("Enter")


def answer_by_keyboard(page, quiz) -> None:
    """Give every right answer from the keyboard: Space ticks a box, the arrow keys move a
    radio group's choice and type-ahead picks a position in a list, as for any keyboard user."""
    for question in quiz.questions.prefetch_related("choices").order_by("sort_order"):
        name = f"q-{question.pk}"
        choices = list(question.choices.all())
        focused = tab_to(page, lambda f, name=name: f["name"].startswith(name))
        if question.kind == QuestionKind.ORDERING:
            position = {f"{name}-{choice.pk}": str(n) for n, choice in enumerate(choices, 1)}
            for index in range(len(choices)):
                if index:
                    focused = tab_to(page, lambda f, name=name: f["name"].startswith(name))
                page.keyboard.press(position[focused["name"]])
                select = page.locator(f"select[name='{focused['name']}']")
                expect(select).to_have_value(position[focused["name"]])
        elif question.kind in (QuestionKind.NUMERIC, QuestionKind.SHORT_TEXT):
            if question.kind == QuestionKind.NUMERIC:
                page.keyboard.type(f"{question.numeric_answer.normalize():f}")
            else:
                page.keyboard.type(question.accepted_list[0])
        elif focused["type"] == "radio":
            right = str(next(c.pk for c in choices if c.is_correct))
            page.keyboard.press("Space")
            while page.evaluate("document.activeElement.value") != right:
                page.keyboard.press("ArrowDown")
            expect(page.locator(f"input[name='{name}'][value='{right}']")).to_be_checked()
        else:
            right = {str(c.pk) for c in choices if c.is_correct}
            for index in range(len(choices)):
                if index:
                    focused = tab_to(page, lambda f, name=name: f["name"] == name)
                if focused["value"] in right:
                    page.keyboard.press("Space")
            for choice in choices:
                box = page.locator(f"input[name='{name}'][value='{choice.pk}']")
                expect(box).to_be_checked(checked=choice.is_correct)


SLUG = "getting-paid-and-shipping-parcels"


def test_keyboard_only_sign_in_enroll_lesson_quiz_certificate(axe_page):
    page = axe_page
    learner = User.objects.get(email="learner2@example.org")
    course = CoursePage.objects.get(slug=SLUG)
    lessons = services.course_outline(course).lessons
    quiz = QuizPage.objects.descendant_of(course).get()

    page.goto("/accounts/login/")
    tab_to(page, named("Email"))
    page.keyboard.type(learner.email)
    tab_to(page, named("Password"))
    tab_to(page, named("Email"), back=True)  # Shift+Tab goes back, too
    tab_to(page, named("Password"))
    page.keyboard.type(DEMO_PASSWORD)
    activate(page, "Sign In")
    expect(page.get_by_role("button", name="Sign out")).to_be_attached()

    page.goto(course.get_url())  # typed into the address bar
    activate(page, "Enroll for free")
    expect(page.get_by_text("You are enrolled in")).to_be_visible()
    for lesson in lessons[1:-1]:  # the middle lessons, read on another day
        services.complete_lesson(learner, lesson)

    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[0].title)
    activate(page, "Mark as complete")
    expect(page.get_by_text("Lesson marked as complete.")).to_be_visible()
    page.goto(lessons[-1].get_url())
    activate(page, "Mark as complete")
    expect(page.get_by_text("Every lesson is done: pass the graded quizzes")).to_be_visible()

    page.goto(course.get_url())
    activate(page, quiz.title)
    activate(page, "Start attempt")
    answer_by_keyboard(page, quiz)
    activate(page, "Submit answers")
    expect(page.get_by_text("Score: 100%")).to_be_visible()

    activate(page, "My learning")
    expect(page.locator(".certificate-card", has_text=course.title)).to_be_visible()
    with page.expect_download() as download_info:
        tab_to(page, lambda f: f["tag"] == "a" and f["text"].startswith("PDF"))
        page.keyboard.press("Enter")
    assert os.path.getsize(download_info.value.path()) > 1000
    assert download_info.value.suggested_filename.endswith(".pdf")


def in_arabic(pages: dict[str, str]) -> dict[str, str]:
    """The same pages under the Arabic prefix (/ar/…), where they read right to left."""
    return {f"{name} (ar)": f"/ar{path}" for name, path in pages.items()}


def check_arabic_pages(page, pages: dict[str, str]) -> list[str]:
    found = []
    for name, path in pages.items():
        response = page.goto(path)
        assert response.status == 200, f"{name} ({path}) answered {response.status}"
        assert urlparse(page.url).path.startswith("/ar/"), f"{name} went to {page.url}"
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        expect(page.locator("html")).to_have_attribute("lang", "ar")
        found += axe_violations(page, name)
    return found


def test_learner_pages_in_arabic_have_no_serious_axe_violations(axe_page):
    """The same learner pages, right to left: Arabic labels, mirrored layout, same rules."""
    axe_page.set_viewport_size({"width": 390, "height": 844})
    learner = User.objects.get(email="learner@example.org")
    attempt = open_attempt(learner)
    found = check_arabic_pages(
        axe_page,
        in_arabic(
            {"home (visitor)": "/", "sign in": "/accounts/login/", "sign up": "/accounts/signup/"}
        ),
    )
    sign_in(axe_page, learner.email, DEMO_PASSWORD)
    expect(axe_page.get_by_role("button", name="Sign out")).to_be_attached()
    pages = page_types(learner, attempt)
    # A module opens as its part of the course outline (see check_pages).
    pages.pop("module")
    found += check_arabic_pages(axe_page, in_arabic(pages))
    assert found == []
