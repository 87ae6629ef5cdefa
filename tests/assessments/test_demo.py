"""The demo self-assessments: real content, every recommendation resolves to a demo course
or lesson, the demo learner has an older and a newer result, and loading twice adds nothing."""

import pytest
from wagtail.models import Page

from content.assessments import validation
from content.assessments.models import AssessmentPage, AssessmentResult
from content.models import ToolkitPage
from courses.models import CoursePage, LessonPage
from lms.demo import assessments

pytestmark = pytest.mark.django_db


def test_demo_assessments_results_and_idempotence(loaded_demo):
    # The self-assessments as load_demo built them under the toolkit, in its order.
    toolkit_page = ToolkitPage.objects.get(locale__language_code="en")
    pages = list(AssessmentPage.objects.child_of(toolkit_page).order_by("path"))

    assert [p.title for p in pages] == [
        "Export readiness",
        "Brand readiness for foreign markets",
        "Digital readiness for cross-border e-commerce",
    ]
    for page in pages:
        assert page.live and page.get_parent().pk == toolkit_page.pk
        assert validation.assessment_problems(page.assessment) == []
        assert len(page.assessment.dimensions) == 6
        assert page.question_count == 18
        for dimension in page.assessment.dimensions:
            assert dimension.recommendations, dimension.name
            live = Page.objects.live().filter(pk__in=dimension.recommendations).specific()
            assert len(live) == len(dimension.recommendations), dimension.name
            assert all(isinstance(p, CoursePage | LessonPage) for p in live), dimension.name
    export = pages[0]
    names = [d.name for d in export.assessment.dimensions]
    assert names == [
        "Market research",
        "Product adaptation",
        "Pricing and Incoterms",
        "Logistics and customs documents",
        "Finance and payment risk",
        "Legal and intellectual property",
    ]
    madrid = [d for d in pages[1].assessment.dimensions if "Trademark" in d.name][0]
    assert any("Madrid System" in q.help_text for q in madrid.questions)

    older, newer = AssessmentResult.objects.filter(
        owner__email="learner@example.org", assessment=export
    ).order_by("created_at")
    assert newer.overall > older.overall
    low = [s.name for s in newer.scores if s.is_low]
    assert low == ["Pricing and Incoterms", "Finance and payment risk"]

    count = AssessmentResult.objects.count()
    assert assessments.load_assessments(toolkit_page) == pages
    assert AssessmentPage.objects.count() == 3
    assert AssessmentResult.objects.count() == count
