"""A numeric quiz answer is read with the learner's decimal separator or a point, and never
ambiguously: one mark followed by exactly three digits is the only reading that depends on
the language (see courses.services.numeric_answers.read_number)."""

from decimal import Decimal

import pytest
from django.utils import translation

from courses import services
from courses.models import CompletionRule, ModulePage, QuestionKind, QuizAttempt
from courses.services.numeric_answers import read_number
from tests.courses.builders import correct_answers, make_course, make_quiz


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("7,5", "7.5"),
        ("7.5", "7.5"),  # a point is a decimal point in French too
        ("-7.5", "-7.5"),
        ("0.125", "0.125"),  # a group never starts with 0: a decimal
        ("1234.567", "1234.567"),  # four digits before the point cannot be a group
        ("7,500", "7.5"),  # French's own separator is always the decimal mark
        ("1.234", "1234"),  # a point then exactly three digits groups thousands
        ("1.234.567", "1234567"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),  # both marks: the last one is the decimal mark
        ("4 200,5", "4200.5"),
        ("4\u202f200.5", "4200.5"),
        (",5", "0.5"),
        (".5", "0.5"),
    ],
)
def test_french_reads_its_comma_and_a_point_as_decimal_marks(typed, number):
    with translation.override("fr"):
        assert read_number(typed) == Decimal(number)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("7.5", "7.5"),
        ("7,5", "7.5"),
        ("4.200", "4.2"),  # English's own separator is always the decimal mark
        ("4,200", "4200"),
        ("0,125", "0.125"),
        ("1,234,567.5", "1234567.5"),
        ("1.234,5", "1234.5"),
    ],
)
def test_english_reads_its_point_and_a_lone_comma_as_decimal_marks(typed, number):
    with translation.override("en"):
        assert read_number(typed) == Decimal(number)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("7.5", "7.5"),
        ("7,5", "7.5"),
        ("٧٫٥", "7.5"),  # Arabic-Indic digits with Arabic's decimal mark
        ("٧.٥", "7.5"),
        ("٧,٥", "7.5"),
        ("٤٬٢٠٠٫٥", "4200.5"),
        ("٤,٢٠٠", "4200"),
        ("٠,١٢٥", "0.125"),  # an Arabic-Indic zero does not start a group either
        ("-٣٫٢٥", "-3.25"),
    ],
)
def test_arabic_reads_arabic_indic_digits_and_every_decimal_mark(typed, number):
    with translation.override("ar"):
        assert read_number(typed) == Decimal(number)


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
@pytest.mark.parametrize(
    "typed", ["7.5.1", "7,5,1", "1,2.3,4", "1.23,5", "12.34.567", "7.5,1,2", ".", ",", "7 ,5x"]
)
def test_marks_that_fit_no_number_are_not_read_as_one(language, typed):
    with translation.override(language):
        assert read_number(typed) is None


QUESTIONS = [
    {"type": "numeric", "text": "Duty rate in percent on this product?", "answer": Decimal("7.5"),
     "tolerance": 0},
    {"type": "short_text", "text": "Which rule passes risk at the buyer's carrier?",
     "accepted": ["FCA"]},
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["7.5", "7,5"])
def test_a_french_learner_typing_a_decimal_point_is_understood(client, learner, demo_site, typed):
    course, _lessons = make_course((1,), completion_rule=CompletionRule.LESSONS_AND_QUIZZES)
    quiz = make_quiz(ModulePage.objects.child_of(course).first(), questions=QUESTIONS)
    services.enroll(learner, course)
    client.force_login(learner)
    attempt = services.start_attempt(learner, quiz)
    answers = correct_answers(attempt)
    numeric = next(q for q in services.attempt_questions(attempt) if q.kind == QuestionKind.NUMERIC)
    answers[f"q-{numeric.pk}"] = typed

    response = client.post(f"/fr/learn/attempts/{attempt.pk}/submit/", answers)

    assert response.status_code == 302
    graded = QuizAttempt.objects.get(pk=attempt.pk)
    assert graded.score == 100
    assert graded.results[str(numeric.pk)]["read_as"] == "7.5"
    # The result page labels the answer with French punctuation (the colon is part of the
    # translated label).
    page = client.get(response.url).content.decode()
    assert f"<p>Votre réponse\u00a0: {typed}" in page
    # Both are plainly seven and a half ("7,5" as the French page writes it, "7.5" as a
    # number is written in code): no "(read as …)" note after either.
    assert "(lu comme" not in page
