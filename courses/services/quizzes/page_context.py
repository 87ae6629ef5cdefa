"""What the quiz pages show: whether a learner may open a quiz, the quiz page's context and
the review of a submitted attempt. Decisions and data only; the page and the views turn a
refusal into a redirect and a message."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from courses.models import (
    CoursePage,
    Enrollment,
    QuestionKind,
    QuizAttempt,
    QuizPage,
    QuizQuestion,
)

from ..access import Refusal, may_study_without_enrolling
from ..enrollment import course_of, get_enrollment
from ..numeric_answers import plain_number, read_number
from ..translations import localized, source_page
from .attempts import (
    SEQUENTIAL_QUIZ_LOCKED,
    AttemptStatus,
    answers_visible,
    attempt_questions,
    attempt_status,
    quiz_locked,
    quiz_standing,
)


@dataclass
class QuizAccess:
    """Whether a learner may open a quiz page: a refusal, or what the check already read
    (the course, the enrollment and the attempts at the quiz) so the page does not read
    it again."""

    refusal: Refusal | None = None
    course: CoursePage | None = None
    enrollment: Enrollment | None = None
    attempts: list[QuizAttempt] | None = None


def quiz_access(user, quiz: QuizPage) -> QuizAccess:
    """May ``user`` open the quiz page? Staff may; others need an active enrollment and, in
    a sequential course, every lesson before the quiz done. One query (``quiz_standing``)."""
    if may_study_without_enrolling(user):
        return QuizAccess()
    quiz = source_page(quiz)
    course, standing = quiz_standing(user, quiz)
    enrollment = standing.enrollment
    if enrollment is None or not enrollment.is_active:
        return QuizAccess(
            Refusal(_("Enroll in this course to take its quizzes."), localized(course), "#enroll")
        )
    if quiz_locked(user, quiz, course, standing):
        return QuizAccess(Refusal(str(SEQUENTIAL_QUIZ_LOCKED), localized(course)))
    return QuizAccess(course=course, enrollment=enrollment, attempts=standing.attempts)


def quiz_page_context(user, quiz: QuizPage, access: QuizAccess | None = None) -> dict:
    """What a quiz page shows: its course, the learner's enrollment and attempts, and how
    many questions an attempt asks. ``access`` is the check that admitted the learner, if
    any: what it read is reused."""
    quiz = source_page(quiz)
    if access is None or access.course is None:
        course, standing = quiz_standing(user, quiz)
        access = QuizAccess(
            course=course, enrollment=standing.enrollment, attempts=standing.attempts
        )
    status = attempt_status(user, quiz, attempts=access.attempts) if user.is_authenticated else None
    total = quiz.questions.count()
    return {
        "course": localized(access.course),
        "enrollment": access.enrollment,
        "status": status,
        "question_count": min(quiz.draw_count or total, total),
    }


@dataclass
class AttemptReview:
    """A submitted attempt as its result page shows it: each question with the learner's
    answer and its result, and whether the right answers may be shown."""

    attempt: QuizAttempt
    quiz: QuizPage
    course: CoursePage
    # Passing this quiz may have finished the course: the page leads on to the certificate.
    course_completed: bool
    questions: list[QuizQuestion]
    status: AttemptStatus
    show_answers: bool


def _note_reading(question: QuizQuestion) -> None:
    """How a numeric answer was read: ``read_as`` when that is worth saying (not when the
    learner typed exactly that number), ``unreadable`` when it was not a number at all.
    Attempts graded before readings were stored are read again."""
    question.read_as, question.unreadable = None, False
    typed = question.answer_text.strip()
    if question.kind != QuestionKind.NUMERIC or not typed:
        return
    stored = question.result.get("read_as")
    value = Decimal(stored) if stored else read_number(typed)
    if value is None:
        question.unreadable = True
    elif typed not in (plain_number(value), number_format(value)):
        # Not when the learner typed it as the page writes it: a French "7,5" is 7,5.
        question.read_as = value


def attempt_review(user, attempt: QuizAttempt) -> AttemptReview:
    """The review of ``user``'s submitted ``attempt``: per question its ``result``,
    ``answer_text``, numeric reading, ``chosen`` choices and, for ordering questions, the
    ``learner_order``; the quiz and course in the learner's language."""
    quiz = attempt.quiz
    status = attempt_status(user, quiz)
    show_answers = answers_visible(attempt, quiz, status)
    questions = attempt_questions(attempt)
    for question in questions:
        answer = attempt.answers.get(str(question.pk))
        question.result = attempt.results.get(str(question.pk), {"score": 0, "correct": False})
        question.answer_text = answer if isinstance(answer, str) else ""
        _note_reading(question)
        chosen = answer if isinstance(answer, list) else [answer]
        for choice in question.shown_choices:
            choice.chosen = choice.pk in chosen
        if question.kind == QuestionKind.ORDERING and isinstance(answer, list):
            by_id = {c.pk: c for c in question.shown_choices}
            question.learner_order = [by_id[cid] for cid in answer if cid in by_id]
    course = course_of(quiz)
    enrollment = get_enrollment(user, course)
    localized(quiz)
    localized(course)
    return AttemptReview(
        attempt=attempt,
        quiz=quiz,
        course=course,
        course_completed=bool(attempt.passed and enrollment and enrollment.completed_at),
        questions=questions,
        status=status,
        show_answers=show_answers,
    )
