"""Content that stays true, in a real browser: a visitor reads a long-overdue demo lesson and
sees when it was checked and that its rules may have changed; its trainer opens "Content to
review" from the Reports menu, sees only their own courses' lessons and downloads the CSV."""

import csv
import io

from playwright.sync_api import expect

from courses.models import LessonPage
from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.test_foundation import sign_in


def test_an_overdue_lesson_warns_learners_and_its_trainer_finds_it_in_the_report(page):
    stale = LessonPage.objects.get(title="What a single window is and why it matters to you")
    fresh = LessonPage.objects.get(title="What Incoterms rules do, and what they don’t")

    # A visitor (the lesson is a free preview) sees the check date and the notice.
    page.goto(stale.url)
    checked = stale.checked_on
    expect(page.get_by_text(f"Checked on {checked.day} {checked:%B %Y}")).to_be_visible()
    expect(page.get_by_role("note")).to_contain_text("The rules in this lesson may have changed.")
    # A lesson checked recently shows its date and no notice.
    page.goto(fresh.url)
    expect(page.get_by_text(f"Checked on {fresh.checked_on.day}")).to_be_visible()
    expect(page.get_by_text("may have changed")).to_have_count(0)

    # trainer2@ teaches the market course: one overdue lesson, none of trainer@'s.
    sign_in(page, "trainer2@example.org", DEMO_PASSWORD)
    page.goto("/admin/")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Content to review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Content to review")
    table = page.get_by_role("table")
    expect(table).to_contain_text("Classify your product: HS codes and the 6-digit rule")
    expect(table).not_to_contain_text(stale.title)
    expect(table).not_to_contain_text("ASEAN")  # checklists are the moderators'

    response = page.request.get("/admin/reports/content-review/?export=csv")
    assert response.ok
    rows = list(csv.DictReader(io.StringIO(response.text().lstrip("\ufeff"))))
    assert [row["Title"] for row in rows] == [
        "Classify your product: HS codes and the 6-digit rule"
    ]
    assert rows[0]["Course"] == "Finding your first export market"
