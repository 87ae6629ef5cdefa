"""Recommendations: low dimensions lead to live courses and lessons, on the result page and,
merged with the track suggestions, in "Recommended next" on My learning."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.assessments import services
from courses import services as learning
from courses.services.next_steps import recommended_next
from tests.assessments.conftest import answers_for, dimension, make_assessment, question

pytestmark = pytest.mark.django_db


def test_only_low_dimensions_recommend_and_only_live_pages(learner, assessment, courses):
    # Pricing low (17), Payments high (100)
    result = services.record_result(learner, assessment, answers_for(assessment, 1, 0, 2))
    low = [s.id for s in result.scores if s.is_low]
    [(pricing, pages)] = services.recommendations(assessment, low)
    assert pricing.name == "Pricing"
    assert [p.title for p in pages] == ["Pricing course", "Lesson 2.1"]

    courses["pricing"].unpublish()
    [(_, pages)] = services.recommendations(assessment, low)
    assert [p.title for p in pages] == ["Lesson 2.1"]


def test_recommended_next_merges_dedupes_and_skips_what_is_done(
    learner, toolkit, assessment, courses
):
    payments_lesson = courses["payments_lessons"][1]
    second = make_assessment(
        toolkit,
        slug="second",
        title="Second check",
        dimensions=[
            # Recommends the same payments lesson again, and the payments course.
            dimension(
                "Getting paid", 1, [question("Paid?", 0, 1)], [payments_lesson, courses["payments"]]
            )
        ],
    )
    services.record_result(learner, second, answers_for(second, 0))
    services.record_result(learner, assessment, answers_for(assessment, 0, 0, 0))  # all low

    def next_titles():
        enrollments = list(learner.enrollments.select_related("course"))
        steps = recommended_next(learner, enrollments, services.latest_results(learner))
        return [(s.page.title, s.reasons) for s in steps]

    # The newest result's recommendations come first.
    assert next_titles()[:3] == [
        ("Pricing course", ["Pricing"]),
        ("Lesson 2.1", ["Pricing", "Getting paid"]),  # once, with both reasons
        ("Payments course", ["Payments", "Getting paid"]),
    ]

    # Taking the payments course and completing that lesson removes both.
    learning.enroll(learner, courses["payments"])
    learning.complete_lesson(learner, payments_lesson)
    assert [title for title, _ in next_titles()][:1] == ["Pricing course"]
    assert "Payments course" not in [title for title, _ in next_titles()]
    assert "Lesson 2.1" not in [title for title, _ in next_titles()]


def test_completed_course_is_not_recommended_nor_its_lessons(learner, assessment, courses):
    services.record_result(learner, assessment, answers_for(assessment, 0, 0, 0))
    learning.enroll(learner, courses["payments"])
    for lesson in courses["payments_lessons"]:
        learning.complete_lesson(learner, lesson)
    assert learner.enrollments.get(course=courses["payments"]).completed_at is not None
    titles = [s.page.title for s in learning.dashboard(learner)["recommended"]]
    assert "Payments course" not in titles and "Lesson 2.1" not in titles
    assert titles[0] == "Pricing course"


def test_my_learning_lists_latest_results_and_recommendations(client, learner, assessment):
    services.record_result(learner, assessment, answers_for(assessment, 0, 0, 0))  # 0
    services.record_result(learner, assessment, answers_for(assessment, 1, 0, 2))  # 44
    client.force_login(learner)
    html = client.get("/dashboard/").content.decode()
    assert "Self-assessments" in html
    assert "Readiness check</a>:" in html
    assert "<strong>Starting</strong>" in html
    assert "44 out of 100" in html and "up 44" in html and "since last time" in html
    assert html.count("Readiness check</a>:") == 1  # the latest result only
    assert "Because your self-assessment scored low on: Pricing" in html
    assert "Lesson in “Payments course”" in html


def test_my_learning_queries_do_not_grow_with_results(client, learner, toolkit, assessment):
    client.force_login(learner)
    services.record_result(learner, assessment, answers_for(assessment, 0, 0, 0))

    def count():
        client.get("/dashboard/")  # warm the site and page caches that new pages reset
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/dashboard/").status_code == 200
        return len(ctx.captured_queries)

    one = count()
    for n in range(3):
        other = make_assessment(
            toolkit,
            slug=f"other-{n}",
            title=f"Other {n}",
            dimensions=[dimension("Other", 1, [question("Q?", 0, 1)], [])],
        )
        services.record_result(learner, other, answers_for(other, 0))
        # Still Pricing and Payments low, so the same kinds of pages are recommended.
        services.record_result(learner, assessment, answers_for(assessment, n % 2, 0, 0))
    assert count() == one
