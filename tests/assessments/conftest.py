"""A toolkit with a small self-assessment whose dimensions recommend real course pages."""

import pytest

from content.assessments.models import AssessmentPage
from content.models import HomePage
from lms.demo.toolkit import load_toolkit_page
from tests.courses.builders import built_once, make_courses_once, publish_child

LEVELS = [
    ("level", {"threshold": 0, "label": "Starting", "description": "Just starting."}),
    ("level", {"threshold": 50, "label": "Growing", "description": "Halfway there."}),
    ("level", {"threshold": 80, "label": "Ready", "description": "Ready to go."}),
]


def question(text, *scores):
    return {
        "text": text,
        "help_text": "",
        "options": [{"label": f"{text} answer {s}", "score": s} for s in scores],
    }


def dimension(name, weight, questions, recommendations=(), low=50, advice=""):
    return (
        "dimension",
        {
            "name": name,
            "description": "",
            "weight": weight,
            "low_threshold": low,
            "advice": advice,
            "questions": questions,
            "recommendations": list(recommendations),
        },
    )


def make_assessment(toolkit, *, slug="check", title="Readiness check", dimensions, levels=LEVELS):
    page = AssessmentPage(
        title=title,
        slug=slug,
        introduction="A check for tests.",
        dimensions=dimensions,
        levels=levels,
    )
    return AssessmentPage.objects.get(pk=publish_child(toolkit, page).pk)


def answers_for(page, *choices):
    """Answers picking, question by question in page order, the option at each index."""
    return {
        q.id: q.options[index].id
        for q, index in zip(page.assessment.questions, choices, strict=True)
    }


@pytest.fixture
def toolkit(demo_site):
    (page,) = built_once(_toolkit)
    return page


def _toolkit():
    """The toolkit page, built once per process: the courses built after it (``courses``)
    are then written again too, on the same page tree."""
    return (load_toolkit_page(HomePage.objects.first()),)


@pytest.fixture
def courses(demo_site):
    (pricing, pricing_lessons), (payments, payments_lessons) = make_courses_once(
        {"lessons_per_module": (2, 1), "slug": "pricing", "title": "Pricing course"},
        {"lessons_per_module": (1, 1), "slug": "payments", "title": "Payments course"},
    )
    return {
        "pricing": pricing,
        "pricing_lessons": pricing_lessons,
        "payments": payments,
        "payments_lessons": payments_lessons,
    }


@pytest.fixture
def assessment(toolkit, courses):
    """Two dimensions: Pricing (weight 2, two questions 0–3) recommends the pricing course
    and a payments lesson; Payments (weight 1, one question 0/1/2) recommends the payments
    course."""
    return make_assessment(
        toolkit,
        dimensions=[
            dimension(
                "Pricing",
                2,
                [question("Do you know your costs?", 0, 1, 2, 3), question("Incoterms?", 0, 3)],
                [courses["pricing"], courses["payments_lessons"][1]],
                advice="Work out your full cost first.",
            ),
            dimension(
                "Payments", 1, [question("How are you paid?", 0, 1, 2)], [courses["payments"]]
            ),
        ],
    )
