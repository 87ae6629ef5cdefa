"""Counts take their language's plural form on the pages learners read: French's two forms
and Arabic's six (singular for 0, 1, 11–99 in the accusative and 100+, dual for 2, plural
for 3–10), chosen by the number the noun belongs to."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from content.assessments import services as assessment_services
from content.assessments.scoring import IncompleteAnswers
from content.brandplan import services as plan_services
from courses import services
from tests.assessments.conftest import answers_for
from tests.courses.builders import make_course
from tests.markets.test_checklists import make_checklist

pytestmark = pytest.mark.django_db
NBSP = "\u00a0"


def one_line(html: str) -> str:
    return re.sub(r"[ \t\n]+", " ", html)


def checklists(*sizes):
    for size in sizes:
        items = [("trademark", f"Point {n}") for n in range(size)]
        make_checklist(slug=f"market-{size}", name=f"Market {size}", items=items)


def market_list(client, language):
    with translation.override(language):
        return client.get(reverse("markets:list")).content.decode()


def test_french_market_cards_count_points_in_the_singular_and_plural(client, learner):
    checklists(1, 4)
    client.force_login(learner)
    html = market_list(client, "fr")
    assert f"Point coché{NBSP}: 0 sur 1</p>" in html
    assert f"Points cochés{NBSP}: 0 sur 4</p>" in html


def test_arabic_market_cards_take_the_form_of_their_total(client, learner):
    checklists(1, 2, 3, 11)
    client.force_login(learner)
    html = market_list(client, "ar")
    assert "أُنجز 0 من أصل 1 بند</p>" in html
    assert "أُنجز 0 من أصل 2 بندين</p>" in html
    assert "أُنجز 0 من أصل 3 بنود</p>" in html
    assert "أُنجز 0 من أصل 11 بندًا</p>" in html


def test_a_visitors_arabic_market_cards_count_items(client):
    checklists(2, 3, 11)
    html = market_list(client, "ar")
    assert "2 بندان" in html and "3 بنود" in html and "11 بندًا" in html


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "3 of 9 steps done"),
        ("fr", f"Étapes terminées{NBSP}: 3 sur 9"),
        ("ar", "أُنجز 3 من أصل 9 خطوات"),
        ("sw", "Hatua zilizokamilika: 3 kati ya 9"),
    ],
)
def test_a_brand_plan_counts_its_steps_by_their_total(client, learner, language, text):
    plan = plan_services.create_plan(learner, "Umucyo Coffee")
    plan.completed_steps = ["story", "markets", "positioning"]
    plan.save()
    client.force_login(learner)
    with translation.override(language):
        detail = client.get(reverse("brandplan:detail", args=[plan.pk])).content.decode()
        plans = client.get(reverse("brandplan:list")).content.decode()
    assert f">{text}</p>" in detail
    assert text in plans


@pytest.mark.parametrize(
    ("lessons", "language", "text"),
    [
        ((1,), "en", "0 of 1 lesson done (0%)"),
        ((2, 2), "en", "0 of 4 lessons done (0%)"),
        ((1,), "fr", f"Leçon terminée{NBSP}: 0 sur 1 (0{NBSP}%)"),
        ((2, 2), "fr", f"Leçons terminées{NBSP}: 0 sur 4 (0{NBSP}%)"),
        ((1, 1), "ar", "أُنجز 0 من أصل 2 درسين (0%)"),
        ((2, 2), "ar", "أُنجز 0 من أصل 4 دروس (0%)"),
    ],
)
def test_course_progress_counts_lessons_by_their_total(
    client, learner, demo_site, lessons, language, text
):
    course, _lessons = make_course(lessons)
    services.enroll(learner, course)
    client.force_login(learner)
    prefix = "" if language == "en" else f"/{language}"
    course_page = client.get(f"{prefix}{course.url}").content.decode()
    with translation.override(language):
        dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert f">{text}</p>" in course_page
    assert f">{text}</p>" in dashboard


@pytest.mark.parametrize(
    ("left", "message"),
    [
        (1, "أجب عن كل الأسئلة: بقي 1 سؤال دون إجابة."),
        (2, "أجب عن كل الأسئلة: بقي 2 سؤالان دون إجابة."),
        (3, "أجب عن كل الأسئلة: بقيت 3 أسئلة دون إجابة."),
        (11, "أجب عن كل الأسئلة: بقي 11 سؤالًا دون إجابة."),
        (100, "أجب عن كل الأسئلة: بقي 100 سؤال دون إجابة."),
    ],
)
def test_unanswered_questions_are_counted_in_arabic(left, message):
    with translation.override("ar"):
        assert str(IncompleteAnswers([f"q{n}" for n in range(left)])) == message


def test_a_score_change_is_one_phrase_with_since_last_time_in_french(client, learner, assessment):
    assessment_services.record_result(learner, assessment, answers_for(assessment, 0, 0, 0))
    assessment_services.record_result(learner, assessment, answers_for(assessment, 1, 0, 2))
    client.force_login(learner)
    with translation.override("fr"):
        html = one_line(client.get(reverse("courses:dashboard")).content.decode())
    assert "en hausse de 44 depuis la dernière fois</span>)" in html
