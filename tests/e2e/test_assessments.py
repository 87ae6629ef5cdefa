"""A visitor and a learner take the demo export-readiness self-assessment on a phone-sized
browser, read the level and chart, and follow a recommendation to a course."""

import re

from playwright.sync_api import expect

from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.test_foundation import sign_in


def answer_every_question(page, pick):
    questions = page.locator(".assessment-question")
    expect(questions).to_have_count(18)
    for i in range(18):
        radios = questions.nth(i).get_by_role("radio")
        (radios.first if pick == "first" else radios.last).check()
    page.get_by_role("button", name="See my result").click()


def test_take_export_readiness_and_follow_a_recommendation(page):
    page.goto("/toolkit/")
    page.get_by_role("link", name="Export readiness").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Export readiness")

    # Sending with a question unanswered names it and keeps the answers given.
    page.locator(".assessment-question").first.get_by_role("radio").first.check()
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_role("heading", name="17 questions need an answer")).to_be_visible()
    expect(page.locator(".assessment-question").first.get_by_role("radio").first).to_be_checked()

    answer_every_question(page, "first")  # the least prepared answer everywhere
    expect(page.get_by_role("heading", level=1)).to_have_text("Your result: Export readiness")
    expect(page.get_by_role("heading", name="Your level: Exploring")).to_be_visible()
    chart = page.get_by_role("img", name="Your score in each dimension, out of 100")
    expect(chart).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("Market research 0 Low"))).to_be_visible()
    expect(page.get_by_text("This result is not saved.")).to_be_visible()

    recommendations = page.locator(".recommendation", has_text="Pricing and Incoterms")
    recommendations.get_by_role(
        "link", name="Pricing and delivery terms with Incoterms 2020"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Pricing and delivery terms with Incoterms 2020"
    )

    # A learner's result is saved and compared with their previous one.
    sign_in(page, "learner@example.org", DEMO_PASSWORD)
    page.goto("/toolkit/export-readiness/")
    answer_every_question(page, "last")  # the best prepared answer everywhere
    expect(page.get_by_text("Your result is saved.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/toolkit/assessments/results/\d+/$"))
    expect(page.get_by_role("heading", name="Your level: Export-ready")).to_be_visible()
    expect(page.get_by_text(re.compile("compared with your result of"))).to_be_visible()
    expect(
        page.get_by_role("row", name=re.compile(r"Pricing and Incoterms 100 up \d+ On track"))
    ).to_be_visible()
    expect(page.get_by_text("No dimension scored low.")).to_be_visible()

    page.get_by_role("link", name="My learning").first.click()
    results = page.locator("section", has=page.get_by_role("heading", name="Self-assessments"))
    expect(results.get_by_text("Export-ready")).to_be_visible()
    expect(results.get_by_text("since last time")).to_be_visible()
