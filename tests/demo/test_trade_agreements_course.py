"""load_demo builds the trade agreements course, and its quiz grades by the data's keys."""

import pytest

from courses import services
from courses.models import CoursePage, LessonPage, QuizPage, TrackPage
from lms.demo import courses as demo_courses

SLUG = "trade-agreements-and-single-windows"


@pytest.fixture
def course(loaded_demo):
    return CoursePage.objects.get(slug=SLUG, locale__language_code="en")


def test_the_course_is_in_the_export_skills_track_with_its_lessons_and_quiz(course):
    assert course.get_parent().specific == TrackPage.objects.get(
        slug="export-skills", locale__language_code="en"
    )
    titles = list(LessonPage.objects.descendant_of(course).values_list("title", flat=True))
    assert titles[0] == "Selling within Africa: the EAC and the AfCFTA"
    assert "Your national single window: ReSW, KenTrade and VNSW" in titles
    assert len(titles) == 4
    quiz = QuizPage.objects.descendant_of(course).get()
    assert quiz.graded and quiz.questions.count() == 8
    first = LessonPage.objects.descendant_of(course).first()
    terms = {
        block.value["term"].abbreviation
        for block in first.body
        if block.block_type == "glossary_term"
    }
    assert {"AfCFTA", "EBA", "REX"} <= terms
    eu = LessonPage.objects.descendant_of(course).get(title__startswith="Selling to the EU")
    facts = [block.value for block in eu.body if block.block_type == "dated_fact"]
    assert [str(fact["checked_on"]) for fact in facts] == ["2026-12-02"]
    assert "7.5%" in str(facts[0]["text"])


def test_answering_by_the_keys_passes_and_a_wrong_rate_does_not(course, learner):
    quiz = QuizPage.objects.descendant_of(course).get()
    services.enroll(learner, course)
    attempt = services.start_attempt(learner, quiz)
    graded = services.submit_attempt(learner, attempt.pk, demo_courses._answer_fields(attempt, 1.0))
    assert graded.passed and graded.score == 100

    rate = quiz.questions.get(text__startswith="A roaster in Kigali")
    seven_and_a_half = rate.choices.get(text="7.5%")
    assert not seven_and_a_half.is_correct
    assert rate.choices.get(is_correct=True).text == "0%"
