"""A learner goes from the home page to completing a lesson, in a real browser."""

import re

from playwright.sync_api import expect

from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.steps import answer_every_question_right
from tests.e2e.test_foundation import sign_in


def test_learner_enrolls_from_the_home_page_and_completes_a_lesson(page):
    sign_in(page, "learner2@example.org", DEMO_PASSWORD)
    page.goto("/")
    page.locator(".card__title").get_by_role("link", name="Export skills").click()
    page.get_by_role("link", name="Finding your first export market").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Finding your first export market")
    expect(page.get_by_role("heading", name="Course outline")).to_be_visible()

    page.get_by_role("button", name="Enroll for free").click()
    expect(page.get_by_text("You are enrolled in")).to_be_visible()
    first_title = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("button", name="Mark as complete").click()

    expect(page.get_by_text("Lesson marked as complete.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).not_to_have_text(first_title)
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link").first.click()
    expect(page.get_by_text(re.compile(r"1 of \d+ lessons done"))).to_be_visible()
    expect(page.get_by_role("link", name="Resume")).to_be_visible()

    page.get_by_role("navigation", name="Account").get_by_role("link", name="My learning").click()
    expect(page.get_by_role("heading", name="In progress")).to_be_visible()
    expect(
        page.locator(".card__title", has_text="Finding your first export market")
    ).to_be_visible()


def test_visitor_reads_a_free_preview_but_not_the_rest(page):
    page.goto("/export-skills/pricing-with-incoterms/")
    page.get_by_role("link", name=re.compile("What Incoterms rules do")).click()
    expect(page.get_by_text("This is a free preview.")).to_be_visible()

    page.goto("/export-skills/pricing-with-incoterms/")
    outline = page.locator(".lessons").first
    expect(outline.get_by_role("link")).to_have_count(1)  # only the preview is a link
    expect(page.get_by_text("Create a free account or sign in to enroll")).to_be_visible()


def test_search_from_the_header(page):
    page.goto("/")
    page.get_by_label("Search courses").fill("Madrid")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Search courses and lessons")
    expect(page.get_by_role("link", name=re.compile("Madrid System"))).to_be_visible()


def test_learner_fails_a_quiz_retries_and_passes(page):
    from courses.models import QuizPage

    sign_in(page, "learner2@example.org", DEMO_PASSWORD)
    page.goto("/export-skills/finding-your-first-export-market/")
    page.get_by_role("button", name="Enroll for free").click()
    page.goto("/export-skills/finding-your-first-export-market/")
    quiz = QuizPage.objects.get(slug__startswith="check-your-understanding-finding")
    page.get_by_role("link", name=quiz.title).click()
    expect(page.get_by_text("You have 3 attempts left.")).to_be_visible()

    page.get_by_role("button", name="Start attempt").click()
    page.get_by_role("button", name="Submit answers").click()  # nothing answered
    expect(page.get_by_role("alert")).to_contain_text("questions unanswered")
    page.get_by_role("button", name="Submit anyway").click()
    expect(page.get_by_text("Not passed yet")).to_be_visible()
    expect(page.get_by_text("Right answer")).to_have_count(0)

    page.get_by_role("link", name="Back to the quiz").click()
    page.get_by_role("button", name="Start attempt").click()
    answer_every_question_right(page, quiz)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_text("Score: 100%")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Passed \(pass mark 70%\)"))).to_be_visible()
    page.get_by_role("link", name="Back to the quiz").click()
    expect(page.get_by_text("You passed this quiz.")).to_be_visible()
