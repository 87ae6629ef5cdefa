"""Review dates for the demo content (content.freshness): most lessons, checklists and
resources were checked three weeks before the demo was loaded; a few are past their review
date, so the "Content to review" report, the trainers' weekly e-mail and the learners'
"rules may have changed" notice have something to show. Dates are set when an item is
created, so loading the demo again leaves a trainer's own checks alone."""

from __future__ import annotations

import datetime

from content import freshness

CHECKED_DAYS_AGO = 21

# (course slug, lesson number in the course from 0) → days past its review date.
OVERDUE_LESSONS = {
    # The free preview of trainer@'s trade-law course: long overdue, so every visitor sees
    # the notice that its rules may have changed.
    ("single-windows-and-paperless-trade", 0): 120,
    # trainer@'s pricing course: overdue by days (in the report and e-mail, no notice yet).
    ("pricing-with-incoterms", 4): 12,
    # trainer2@'s market course: tariffs and HS editions change.
    ("finding-your-first-export-market", 1): 30,
}
OVERDUE_CHECKLISTS = {"asean": 25}
OVERDUE_RESOURCES = {"HS code and duty lookup log": 40}


def _dates(days_overdue: int | None) -> dict[str, datetime.date]:
    today = freshness.today()
    if days_overdue is None:
        checked_on = today - datetime.timedelta(days=CHECKED_DAYS_AGO)
        return {"checked_on": checked_on, "review_by": freshness.default_review_by(checked_on)}
    review_by = today - datetime.timedelta(days=days_overdue)
    return {"checked_on": review_by - freshness.review_interval(), "review_by": review_by}


def lesson_dates(course_slug: str, number: int) -> dict[str, datetime.date]:
    """The dates of the ``number``-th lesson (from 0) of a demo course."""
    return _dates(OVERDUE_LESSONS.get((course_slug, number)))


def checklist_dates(slug: str) -> dict[str, datetime.date]:
    return _dates(OVERDUE_CHECKLISTS.get(slug))


def resource_dates(title: str) -> dict[str, datetime.date]:
    return _dates(OVERDUE_RESOURCES.get(title))
