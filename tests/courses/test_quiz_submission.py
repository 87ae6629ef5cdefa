"""Submitting a quiz the way a learner types: a blank question is asked about before the
attempt is spent, Enter in an answer box submits nothing, and numbers are read the way the
learner's language writes them, with the result page saying how."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from courses import services
from courses.models import CompletionRule, ModulePage, QuestionKind, QuizAttempt
from tests.courses.builders import built_once, correct_answers, make_course, make_quiz

pytestmark = pytest.mark.django_db

QUESTIONS = [
    {"type": "numeric", "text": "Export revenue in USD, as the invoice writes it: 4,200?",
     "answer": 4200, "tolerance": 0},
    {"type": "short_text", "text": "Which rule passes risk at the buyer's carrier?",
     "accepted": ["FCA"]},
    {"type": "single", "text": "Who pays the import duties under DDP?", "choices": [
        {"text": "The seller", "correct": True, "feedback": ""},
        {"text": "The buyer", "correct": False, "feedback": ""},
    ]},
    {"type": "ordering", "text": "Order the steps.", "items": ["Quote", "Ship", "Invoice"]},
]  # fmt: skip


@pytest.fixture
def quiz(demo_site):
    def build():
        course, lessons = make_course((1,), completion_rule=CompletionRule.LESSONS_AND_QUIZZES)
        quiz = make_quiz(ModulePage.objects.child_of(course).first(), questions=QUESTIONS)
        return course, lessons, quiz

    course, lessons, quiz = built_once(build)
    quiz.course, quiz.lessons = course, lessons
    return quiz


@pytest.fixture
def attempt(client, learner, quiz):
    services.enroll(learner, quiz.course)
    client.force_login(learner)
    return services.start_attempt(learner, quiz)


def question(attempt, kind):
    return next(q for q in services.attempt_questions(attempt) if q.kind == kind)


# --- Reading numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("4200", "4200"),
        ("4,200", "4200"),
        ("4 200", "4200"),
        ("4\u202f200", "4200"),
        ("1,234,567.5", "1234567.5"),
        ("4.2", "4.2"),
        ("4,2", "4.2"),  # one comma that groups nothing: a decimal comma
        ("12,34", "12.34"),
        (".5", "0.5"),
        ("-4,200", "-4200"),
        ("\u22125", "-5"),
        (" 7 ", "7"),
    ],
)
def test_english_numbers_are_read_as_english_writes_them(typed, number):
    with translation.override("en"):
        assert services.read_number(typed) == Decimal(number)


@pytest.mark.parametrize("typed", ["ten", "", "-", "1,2,3", "4,200,5", "1e5", "4.2.1", "4,20.5"])
def test_what_is_not_a_number_is_not_read_as_one(typed):
    with translation.override("en"):
        assert services.read_number(typed) is None


@pytest.mark.parametrize(
    ("typed", "number"),
    [("4.200", "4200"), ("4,2", "4.2"), ("4.200,75", "4200.75"), ("4 200", "4200")],
)
def test_german_numbers_are_read_as_german_writes_them(typed, number):
    with translation.override("de"):
        assert services.read_number(typed) == Decimal(number)


def test_grading_counts_4200_written_with_a_thousands_comma():
    numeric = services.GradableQuestion(
        id=1, kind=QuestionKind.NUMERIC, numeric_answer=Decimal(4200)
    )
    with translation.override("en"):
        result = services.grade([numeric], {1: "4,200"})
    assert result.percent == 100
    assert result.questions[1].read_as == Decimal(4200)


def test_the_result_page_says_how_the_answer_was_read(client, attempt, quiz):
    answers = correct_answers(attempt)
    numeric = question(attempt, QuestionKind.NUMERIC)
    answers[f"q-{numeric.pk}"] = "4,200"

    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", answers)

    assert response.status_code == 302
    graded = QuizAttempt.objects.get(pk=attempt.pk)
    assert graded.score == 100
    assert graded.results[str(numeric.pk)]["read_as"] == "4200"
    html = client.get(response.url).content.decode()
    assert '4,200 <span class="quiz-question__reading">(read as 4200)</span>' in html
    assert f"<title>Your result: {quiz.title} · Go Global Academy</title>" in html


def test_a_number_typed_plainly_needs_no_reading_and_a_word_is_not_a_number(client, attempt):
    answers = correct_answers(attempt)
    numeric = question(attempt, QuestionKind.NUMERIC)
    answers[f"q-{numeric.pk}"] = "four thousand"

    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", answers)

    html = client.get(response.url).content.decode()
    assert "(not read as a number)" in html and "read as 4" not in html


# --- Asking before an incomplete submission ----------------------------------------------


def test_unanswered_questions_are_asked_about_and_the_attempt_is_not_spent(client, attempt):
    answers = correct_answers(attempt)
    short = question(attempt, QuestionKind.SHORT_TEXT)
    single = question(attempt, QuestionKind.SINGLE)
    ordering = question(attempt, QuestionKind.ORDERING)
    answers[f"q-{short.pk}"] = ""
    del answers[f"q-{ordering.pk}-{ordering.shown_choices[0].pk}"]  # one item left unplaced

    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", answers)

    assert response.status_code == 200
    html = response.content.decode()
    assert "You left 2 questions unanswered" in html
    assert f'href="#question-{short.pk}"' in html and f'href="#question-{ordering.pk}"' in html
    chosen = answers[f"q-{single.pk}"][0]
    assert f'value="{chosen}" id="c-{chosen}" checked' in html  # the answers so far are kept
    assert QuizAttempt.objects.get(pk=attempt.pk).is_open
    assert services.attempt_status(attempt.user, attempt.quiz).used == 0


def test_submit_anyway_grades_the_incomplete_attempt(client, attempt):
    answers = correct_answers(attempt)
    short = question(attempt, QuestionKind.SHORT_TEXT)
    answers[f"q-{short.pk}"] = ""

    response = client.post(
        f"/learn/attempts/{attempt.pk}/submit/", {**answers, "confirm_unanswered": "1"}
    )

    assert response.status_code == 302
    graded = QuizAttempt.objects.get(pk=attempt.pk)
    assert not graded.is_open and graded.score == 75
    assert graded.results[str(short.pk)]["correct"] is False


def test_a_complete_submission_is_graded_at_once(client, attempt):
    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", correct_answers(attempt))
    assert response.status_code == 302
    assert QuizAttempt.objects.get(pk=attempt.pk).score == 100


def test_past_the_time_limit_nothing_is_asked(client, attempt, quiz):
    quiz.time_limit_minutes = 5
    quiz.save()
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - timedelta(minutes=10)
    )

    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", {})

    assert response.status_code == 302
    assert QuizAttempt.objects.get(pk=attempt.pk).expired


def test_enter_in_an_answer_box_cannot_submit(client, attempt):
    """Implicit submission clicks the form's default button, its first submit button; a
    disabled one makes Enter do nothing (HTML, "implicit submission")."""
    html = client.get(f"/learn/attempts/{attempt.pk}/").content.decode()
    form = html[html.index('<form method="post" action="/learn/attempts/') :]
    first_button = form[form.index("<button") : form.index(">", form.index("<button"))]
    assert 'type="submit"' in first_button and "disabled" in first_button


def test_the_quiz_that_finishes_the_course_leads_on_to_the_certificate(client, attempt, quiz):
    for lesson in quiz.lessons:
        services.complete_lesson(attempt.user, lesson)

    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", correct_answers(attempt))

    html = client.get(response.url).content.decode()
    assert f"You have completed “{quiz.course.title}”." in html
    assert f'href="{quiz.course.url}#completion-heading"' in html
