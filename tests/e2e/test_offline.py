"""Offline reading in a real browser with the network switched off and on again
(``context.set_offline``): the service worker keeps the lessons a learner opens, a lesson
marked complete offline is sent once the connection returns, a quiz says it needs a
connection, a whole course can be saved with its size shown first, and signing out forgets
every kept page."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage, LessonPage, LessonProgress, QuizPage
from lms.accounts.models import User
from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.test_foundation import sign_in

# Chromium reports each request refused while offline as a console error; those are the
# point of these tests. Anything else still fails them.
OFFLINE_NOISE = ("ERR_INTERNET_DISCONNECTED", "Failed to fetch")


@pytest.fixture
def learner_page(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors = []
    page.expected_errors = []  # a test adds the refusals it provokes on purpose

    def console(msg):
        allowed = (*OFFLINE_NOISE, *page.expected_errors)
        if msg.type == "error" and not any(text in msg.text for text in allowed):
            errors.append(msg.text)

    page.on("console", console)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, "learner@example.org", DEMO_PASSWORD)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"


def controlled(page, url):
    """Open ``url`` once the service worker controls the page, so the worker sees it."""
    page.goto(url)
    page.wait_for_function("() => navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("!!navigator.serviceWorker.controller"):
        page.reload()
    assert page.evaluate("!!navigator.serviceWorker.controller")


def pricing_course():
    return CoursePage.objects.get(slug="pricing-with-incoterms")


def test_a_lesson_reads_offline_and_its_completion_is_sent_once_back_online(learner_page):
    page = learner_page
    learner = User.objects.get(email="learner@example.org")
    course = pricing_course()
    done = set(LessonProgress.objects.filter(user=learner).values_list("lesson_id", flat=True))
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path")
        if lesson.pk not in done
    )
    controlled(page, lesson.url)
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)

    page.get_by_role("button", name="Mark as complete").click()
    expect(page.get_by_role("status")).to_have_text(
        "You are offline: this lesson will be marked as complete when the connection returns."
    )
    assert not LessonProgress.objects.filter(user=learner, lesson=lesson).exists()

    page.context.set_offline(False)  # the "online" event sends the queue
    expect(page.get_by_role("status")).to_have_text(
        "Back online: the lessons you marked as complete offline are recorded."
    )
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1
    page.reload()  # the next page opened online sends nothing twice
    page.wait_for_load_state("networkidle")
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1
    assert page.evaluate("localStorage.getItem('gga-offline-queue')") is None


def test_a_saved_course_reads_offline_its_quiz_needs_a_connection_and_sign_out_forgets(
    learner_page,
):
    page = learner_page
    course = pricing_course()
    quiz = QuizPage.objects.live().descendant_of(course).first()
    controlled(page, course.url)

    saver = page.get_by_role("region", name="Read offline")
    expect(saver.get_by_text(re.compile(r"^[\d.,]+\s(KB|MB) to download and keep"))).to_be_visible()
    bundle = page.evaluate(
        "url => fetch(url).then(r => r.json())", f"/learn/courses/{course.pk}/offline/"
    )
    assert bundle["lessons"] and bundle["total_bytes"] > 0
    saver.get_by_role("button", name="Save this course for offline").click()
    expect(saver.get_by_role("status")).to_have_text(
        re.compile(rf"Saved: all {len(bundle['lessons'])} lessons of this course now read offline")
    )

    page.context.set_offline(True)
    for lesson in bundle["lessons"]:
        page.goto(lesson["url"])
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson["title"])
    page.goto(course.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(course.title)
    page.goto(quiz.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("This quiz needs a connection")
    page.goto("/dashboard/")  # not kept: the offline page lists what is
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")
    expect(page.get_by_role("link", name=re.compile(bundle["lessons"][0]["title"]))).to_be_visible()

    page.context.set_offline(False)
    page.goto(course.url)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    kept = "caches.open('gga-pages').then(cache => cache.keys()).then(keys => keys.length)"
    assert page.evaluate(kept) == 0
    assert page.evaluate("localStorage.length") == 0
    page.context.set_offline(True)
    page.goto(bundle["lessons"][0]["url"])
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")
    expect(page.get_by_text("Nothing is saved on this device yet.")).to_be_visible()


def test_chromium_finds_the_site_installable(browser, live_server, demo, tmp_path):
    """Chromium's own installability check: manifest, icons, service worker, no error.
    It runs in a persistent profile, as an installed browser does (it refuses incognito)."""
    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

    context = browser.browser_type.launch_persistent_context(
        tmp_path / "profile", executable_path=CHROMIUM, args=CHROMIUM_ARGS
    )
    page = context.new_page()
    try:
        controlled(page, live_server.url + "/")
        session = context.new_cdp_session(page)
        manifest = session.send("Page.getAppManifest")
        assert manifest["errors"] == []
        assert manifest["url"].endswith("/manifest.webmanifest")
        assert session.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    finally:
        context.close()


def test_offline_reading_works_under_a_language_prefix(learner_page):
    """/fr/ pages: kept, completed offline and sent, and the offline page is in French."""
    page = learner_page
    learner = User.objects.get(email="learner@example.org")
    done = set(LessonProgress.objects.filter(user=learner).values_list("lesson_id", flat=True))
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().descendant_of(pricing_course()).order_by("path")
        if lesson.pk not in done
    )
    url = "/fr" + lesson.url
    controlled(page, url)
    page.wait_for_function("() => caches.match('/fr/offline/').then(Boolean)")

    page.context.set_offline(True)
    page.goto(url)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.locator(f"form[action$='/learn/lessons/{lesson.pk}/complete/'] button").click()
    expect(page.get_by_role("status")).to_be_visible()
    page.goto("/fr/dashboard/")  # not kept: the French offline page
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("link", name=re.compile(re.escape(lesson.title)))).to_be_visible()

    page.context.set_offline(False)
    page.goto(url)  # the next page opened online sends the queue
    page.wait_for_function("() => localStorage.getItem('gga-offline-queue') === null")
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1


def test_quiz_answers_are_never_queued_offline(learner_page):
    """An open attempt submitted offline stays on the page, unsent and not queued."""
    from courses.models import QuizAttempt

    page = learner_page
    quiz = QuizPage.objects.live().descendant_of(pricing_course()).first()
    page.goto(quiz.url)
    page.get_by_role("button", name="Start attempt").click()
    expect(page.get_by_role("button", name="Submit answers")).to_be_visible()
    page.locator("input[type=radio]").first.check()

    page.context.set_offline(True)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("status")).to_have_text(re.compile("You are offline, so this was not"))
    expect(page.locator("input[type=radio]").first).to_be_checked()  # nothing lost
    assert page.evaluate("() => localStorage.getItem('gga-offline-queue')") is None
    attempt = QuizAttempt.objects.filter(quiz=quiz, user__email="learner@example.org").latest("pk")
    assert attempt.is_open


def test_a_queued_completion_whose_token_went_stale_is_sent_with_the_current_one(learner_page):
    """Signing in again renews the CSRF secret; the queued completion is not lost for it."""
    page = learner_page
    page.expected_errors.append("status of 403")  # the stale token's refusal, then the retry
    learner = User.objects.get(email="learner@example.org")
    done = set(LessonProgress.objects.filter(user=learner).values_list("lesson_id", flat=True))
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().descendant_of(pricing_course()).order_by("path")
        if lesson.pk not in done
    )
    page.goto(lesson.url)
    action = page.eval_on_selector(
        f"form[action$='/learn/lessons/{lesson.pk}/complete/']", "form => form.action"
    )
    page.evaluate(
        "item => localStorage.setItem('gga-offline-queue', JSON.stringify([item]))",
        {"action": action, "token": "x" * 64, "owner": str(learner.pk)},
    )
    page.reload()  # a page opened online sends the queue
    page.wait_for_function("() => localStorage.getItem('gga-offline-queue') === null")
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1
