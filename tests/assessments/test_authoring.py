"""Trainers author self-assessments in the Wagtail admin; broken rules are refused with a
message naming the dimension, question or level."""

import html
import json
import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from content.assessments.models import AssessmentPage

pytestmark = pytest.mark.django_db


def listblock(items):
    """ListBlock form data, as the editor posts it."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i), "id": ""}
        for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def option(label, score):
    return {"label": label, "score": str(score)}


def question_data(text, options):
    return {"text": text, "help_text": "", "options": listblock(options)}


def page_data(*, weight=2, options=None, thresholds=(0, 60), recommendations=()):
    options = options or [option("No", 0), option("Yes", 3)]
    return nested_form_data(
        {
            "title": "Export readiness (test)",
            "slug": "export-readiness-test",
            "introduction": "How ready are you?",
            "estimated_minutes": "5",
            "dimensions": streamfield(
                [
                    (
                        "dimension",
                        {
                            "name": "Pricing",
                            "description": "",
                            "weight": str(weight),
                            "low_threshold": "50",
                            "advice": "Learn Incoterms.",
                            "questions": listblock(
                                [question_data("Do you use Incoterms?", options)]
                            ),
                            "recommendations": listblock([str(pk) for pk in recommendations]),
                        },
                    )
                ]
            ),
            "levels": streamfield(
                [
                    ("level", {"threshold": str(t), "label": f"From {t}", "description": "Text."})
                    for t in thresholds
                ]
            ),
        }
    )


def error_messages(response) -> list[str]:
    """The messages the editor shows beside blocks (it reads them from the form's JSON)."""
    page = html.unescape(response.content.decode())
    return [m for found in re.findall(r'"messages": (\[[^\]]*\])', page) for m in json.loads(found)]


def add_url(toolkit):
    return reverse("wagtailadmin_pages:add", args=("assessments", "assessmentpage", toolkit.pk))


def test_a_moderator_creates_and_publishes_a_self_assessment(client, moderator, toolkit, courses):
    client.force_login(moderator)
    data = page_data(recommendations=[courses["pricing"].pk])
    data["action-publish"] = "publish"
    response = client.post(add_url(toolkit), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = AssessmentPage.objects.get(slug="export-readiness-test")
    assert page.live
    [pricing] = page.assessment.dimensions
    assert (pricing.name, pricing.weight, pricing.recommendations) == (
        "Pricing",
        2,
        (courses["pricing"].pk,),
    )
    assert [o.score for o in pricing.questions[0].options] == [0, 3]
    assert client.get(page.url).status_code == 200


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weight": 0}, "Dimension “Pricing”: the weight must be more than 0."),
        (
            {"options": [option("Yes", 3)]},
            "Question “Do you use Incoterms?” needs at least 2 answer options.",
        ),
        (
            {"options": [option("No", 0), option("Not really", 0)]},
            "Question “Do you use Incoterms?”: give its best answer more than 0 points.",
        ),
        (
            {"thresholds": (0, 60, 40)},
            "Level “From 40” must start above “From 60” (60): list levels from lowest to highest.",
        ),
        (
            {"thresholds": (20, 60)},
            "The first level, “From 20”, must start at 0 so every score has a level.",
        ),
    ],
)
def test_broken_rules_are_refused_with_a_message_naming_the_part(
    client, moderator, toolkit, change, message
):
    client.force_login(moderator)
    response = client.post(add_url(toolkit), page_data(**change))
    assert response.status_code == 200
    assert message in error_messages(response)
    assert not AssessmentPage.objects.exists()


def test_recommendations_accept_only_courses_and_lessons(client, moderator, toolkit):
    client.force_login(moderator)
    response = client.post(add_url(toolkit), page_data(recommendations=[toolkit.pk]))
    assert response.status_code == 200
    assert (
        "Dimension “Pricing”: recommend only courses or lessons, not “Brand-going-abroad toolkit”."
        in error_messages(response)
    )
    assert not AssessmentPage.objects.exists()


def test_self_assessments_live_only_under_the_toolkit(toolkit, demo_site):
    assert AssessmentPage.can_create_at(toolkit)
    assert not AssessmentPage.can_create_at(demo_site)
    assert AssessmentPage.allowed_subpage_models() == []
