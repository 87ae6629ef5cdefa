"""Quizzes: who may start an attempt, how answers are checked and graded, and how a passed
graded quiz counts towards its course. Grading happens here and nowhere else."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext

from courses.models import (
    CoursePage,
    Enrollment,
    QuestionKind,
    QuizAttempt,
    QuizChoice,
    QuizPage,
    QuizQuestion,
    ShowAnswers,
)

from .access import may_study_without_enrolling
from .enrollment import course_of, get_enrollment, record_course_completion
from .errors import LearningError, NotEnrolled
from .numeric_answers import plain_number, read_number
from .outline import course_outline, course_progress, view_restrictions
from .translations import localize_questions, localized, source_page

# A submission that arrives this soon after the time limit still counts: the form was sent
# in time, the network was slow.
TIME_LIMIT_GRACE = timedelta(seconds=30)

_SINGLE_KINDS = {QuestionKind.SINGLE, QuestionKind.TRUE_FALSE}
_FIELD = re.compile(r"^q-(\d+)(?:-(\d+))?$")


class QuizRefused(LearningError):
    """Starting or submitting an attempt is against the quiz's rules."""


class InvalidAnswers(LearningError):
    """Submitted answers name a question, choice or field that is not in the attempt."""

    def __init__(self, field_name: str, message: str):
        self.field = field_name
        super().__init__(f"{field_name}: {message}")


# --- Grading: pure functions ---------------------------------------------------------------


@dataclass(frozen=True)
class GradableQuestion:
    """What grading needs to know about a question, free of the database."""

    id: int
    kind: str
    correct_choice_ids: tuple[int, ...] = ()  # for ordering: every item, in the right order
    numeric_answer: Decimal | None = None
    tolerance: Decimal = Decimal(0)
    accepted: tuple[str, ...] = ()
    partial_credit: bool = False


@dataclass(frozen=True)
class QuestionResult:
    score: Fraction  # 0..1
    read_as: Decimal | None = None  # numeric questions: the number the answer was read as

    @property
    def correct(self) -> bool:
        return self.score == 1


@dataclass
class GradeResult:
    questions: dict[int, QuestionResult] = field(default_factory=dict)
    percent: Decimal = Decimal(0)

    @property
    def correct_ids(self) -> set[int]:
        return {qid for qid, result in self.questions.items() if result.correct}


def gradable(question: QuizQuestion, partial_credit: bool = False) -> GradableQuestion:
    """The grading view of a question; its ``choices`` should be prefetched in sort order."""
    choices = list(question.choices.all())
    if question.kind == QuestionKind.ORDERING:
        correct = tuple(choice.pk for choice in choices)
    else:
        correct = tuple(choice.pk for choice in choices if choice.is_correct)
    return GradableQuestion(
        id=question.pk,
        kind=question.kind,
        correct_choice_ids=correct,
        numeric_answer=question.numeric_answer,
        tolerance=question.tolerance or Decimal(0),
        accepted=tuple(question.accepted_list),
        partial_credit=partial_credit,
    )


def _normalise_text(text: str) -> str:
    return "".join(str(text).split()).casefold()


def _ids(answer) -> list:
    """Choice ids from an answer of any shape; text and numbers are not a list of choices."""
    return list(answer) if isinstance(answer, list | tuple) else [answer]


def _score(question: GradableQuestion, answer) -> QuestionResult:
    """The question's score, 0..1. Answers of the wrong shape score 0; they never raise."""
    if answer is None or answer == "" or answer == []:
        return QuestionResult(Fraction(0))
    kind = question.kind
    if kind in _SINGLE_KINDS:
        return QuestionResult(
            Fraction(
                int(
                    not isinstance(answer, list | tuple | str)
                    and answer in question.correct_choice_ids
                )
            )
        )
    if kind == QuestionKind.MULTIPLE:
        chosen, correct = set(_ids(answer)), set(question.correct_choice_ids)
        if not correct:
            return QuestionResult(Fraction(int(not chosen)))
        if not question.partial_credit:
            return QuestionResult(Fraction(int(chosen == correct)))
        # Each right choice earns its share; each wrong one takes a share back.
        right, wrong = len(chosen & correct), len(chosen - correct)
        return QuestionResult(max(Fraction(0), Fraction(right - wrong, len(correct))))
    if kind == QuestionKind.NUMERIC:
        # Read the way the learner's language writes numbers: "4,200" is 4200 in English.
        value = read_number(answer) if isinstance(answer, str) else None
        if value is None or question.numeric_answer is None:
            return QuestionResult(Fraction(0), value)
        try:
            right = abs(value - question.numeric_answer) <= abs(question.tolerance)
        except ArithmeticError:  # too large to compare
            right = False
        return QuestionResult(Fraction(int(right)), value)
    if kind == QuestionKind.SHORT_TEXT:
        if not isinstance(answer, str):
            return QuestionResult(Fraction(0))
        accepted = {_normalise_text(text) for text in question.accepted}
        return QuestionResult(Fraction(int(_normalise_text(answer) in accepted)))
    if kind == QuestionKind.ORDERING:
        return QuestionResult(Fraction(int(tuple(_ids(answer)) == question.correct_choice_ids)))
    return QuestionResult(Fraction(0))


def grade(questions: Iterable[GradableQuestion], answers: Mapping[int, object]) -> GradeResult:
    """Grade ``answers`` (question id -> cleaned answer) against ``questions``.

    Each question scores 0..1; the total is the percentage of the questions' scores, 0..100,
    rounded to two decimals. Pure: no database, the order of ``answers`` does not matter.
    Cleaned answers are a choice id (single, true/false), a list of choice ids (multiple),
    text (numeric, short text) or the choice ids in the learner's order (ordering).
    """
    result = GradeResult()
    for question in questions:
        result.questions[question.id] = _score(question, answers.get(question.id))
    if result.questions:
        total = sum((r.score for r in result.questions.values()), Fraction(0))
        percent = total * 100 / len(result.questions)
        result.percent = (Decimal(percent.numerator) / Decimal(percent.denominator)).quantize(
            Decimal("0.01")
        )
    return result


# --- The rules of attempts -----------------------------------------------------------------


@dataclass
class AttemptStatus:
    """Where one learner stands with one quiz: what they did and what they may do next."""

    attempts: list[QuizAttempt]
    open_attempt: QuizAttempt | None
    used: int
    left: int | None  # None: unlimited
    next_start_at: datetime | None  # inside the cooldown: when they may start again
    passed: bool
    refusal: str | None

    @property
    def may_start(self) -> bool:
        return self.refusal is None


def attempt_status(user, quiz: QuizPage, now: datetime | None = None) -> AttemptStatus:
    """The learner's attempts at ``quiz`` (newest first) and whether they may start another.

    One query. An open attempt past its time limit counts as used.
    """
    now = now or timezone.now()
    quiz = source_page(quiz)
    attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("-started_at"))
    open_attempt = next((a for a in attempts if a.is_open and not is_overdue(a, quiz, now)), None)
    submitted = [a for a in attempts if not a.is_open]
    used = len(attempts) - (1 if open_attempt else 0)
    left = max(quiz.max_attempts - used, 0) if quiz.max_attempts else None
    next_start_at = None
    refusal = None
    if quiz.cooldown_minutes and submitted:
        last = max(a.submitted_at for a in submitted)
        cooldown_end = last + timedelta(minutes=quiz.cooldown_minutes)
        if cooldown_end > now:
            next_start_at = cooldown_end
    if open_attempt is None:
        if left == 0:
            refusal = ngettext(
                "You have used your %(n)d attempt at this quiz.",
                "You have used all %(n)d attempts at this quiz.",
                quiz.max_attempts,
            ) % {"n": quiz.max_attempts}
        elif next_start_at is not None:
            minutes = max(1, round((next_start_at - now).total_seconds() / 60))
            refusal = ngettext(
                "You can start a new attempt in %(n)d minute.",
                "You can start a new attempt in %(n)d minutes.",
                minutes,
            ) % {"n": minutes}
    return AttemptStatus(
        attempts=attempts,
        open_attempt=open_attempt,
        used=used,
        left=left,
        next_start_at=next_start_at,
        passed=any(a.passed for a in submitted),
        refusal=refusal,
    )


def deadline(attempt: QuizAttempt, quiz: QuizPage) -> datetime | None:
    if not quiz.time_limit_minutes:
        return None
    return attempt.started_at + timedelta(minutes=quiz.time_limit_minutes)


def is_overdue(attempt: QuizAttempt, quiz: QuizPage, now: datetime | None = None) -> bool:
    end = deadline(attempt, quiz)
    return end is not None and (now or timezone.now()) > end + TIME_LIMIT_GRACE


def _require_enrollment(user, quiz: QuizPage) -> Enrollment:
    enrollment = get_enrollment(user, course_of(quiz))
    if enrollment is None or not enrollment.is_active:
        raise NotEnrolled(_("Enroll in the course to take its quizzes."))
    return enrollment


SEQUENTIAL_QUIZ_LOCKED = _lazy(
    "This course is sequential: finish the lessons before this quiz first."
)


def quiz_locked(user, quiz: QuizPage, course: CoursePage | None = None) -> bool:
    """In a sequential course, a quiz opens once every lesson before it is complete."""
    course = course or course_of(quiz)
    if not course.sequential:
        return False
    outline = course_outline(course, view_restrictions(quiz))
    return quiz.pk in course_progress(user, course, outline).locked_ids


def _close_overdue(attempt: QuizAttempt, now: datetime) -> bool:
    """Close an attempt left open past its time limit as failed; True if this call did."""
    return bool(
        QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now, score=Decimal(0), passed=False, expired=True
        )
    )


def start_attempt(user, quiz: QuizPage) -> QuizAttempt:
    """Start an attempt at ``quiz``, or return the one already open.

    Requires an active enrollment in the quiz's course; refuses beyond the maximum number of
    attempts and inside the cooldown. The drawn questions and the order of their choices are
    fixed in the attempt, so reloading the page shows the same quiz. An attempt at a
    translated quiz is an attempt at its source, graded on the source's answers.
    """
    quiz = source_page(quiz)
    enrollment = _require_enrollment(user, quiz)
    if quiz_locked(user, quiz, enrollment.course):
        raise QuizRefused(str(SEQUENTIAL_QUIZ_LOCKED))
    now = timezone.now()
    for attempt in QuizAttempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True):
        if not is_overdue(attempt, quiz, now):
            return attempt
        _close_overdue(attempt, now)
    status = attempt_status(user, quiz, now)
    if status.refusal:
        raise QuizRefused(status.refusal)
    questions = list(quiz.questions.prefetch_related("choices").order_by("sort_order", "pk"))
    if not questions:
        raise QuizRefused(_("This quiz has no questions yet."))
    rng = random.SystemRandom()
    if quiz.draw_count and quiz.draw_count < len(questions):
        questions = rng.sample(questions, quiz.draw_count)
    choice_order = {}
    for question in questions:
        ids = [choice.pk for choice in question.choices.all()]
        if question.kind == QuestionKind.ORDERING and len(ids) > 1:
            # Shown in the right order, an ordering question would answer itself.
            shown = ids[:]
            while shown == ids:
                rng.shuffle(shown)
            ids = shown
        elif quiz.shuffle_choices and question.kind != QuestionKind.TRUE_FALSE:
            rng.shuffle(ids)
        choice_order[str(question.pk)] = ids
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                question_ids=[question.pk for question in questions],
                choice_order=choice_order,
            )
    except IntegrityError:
        # Two starts raced; the database kept one open attempt: use it.
        return QuizAttempt.objects.get(user=user, quiz=quiz, submitted_at__isnull=True)


def get_attempt(user, attempt_id: int) -> QuizAttempt:
    """The learner's own attempt; another learner's id raises DoesNotExist (a 404)."""
    return QuizAttempt.objects.select_related("quiz").get(pk=attempt_id, user=user)


def attempt_questions(attempt: QuizAttempt) -> list[QuizQuestion]:
    """The attempt's questions in the drawn order, each with ``shown_choices`` in the order
    the learner saw them. Two queries, whatever the number of questions."""
    questions = {
        q.pk: q
        for q in QuizQuestion.objects.filter(
            pk__in=attempt.question_ids, quiz_id=attempt.quiz_id
        ).prefetch_related(Prefetch("choices", queryset=QuizChoice.objects.order_by("sort_order")))
    }
    ordered = []
    for qid in attempt.question_ids:
        question = questions.get(qid)
        if question is None:  # deleted by a trainer since the attempt started
            continue
        by_id = {choice.pk: choice for choice in question.choices.all()}
        question.shown_choices = [
            by_id[cid] for cid in attempt.choice_order.get(str(qid), []) if cid in by_id
        ]
        ordered.append(question)
    localize_questions(ordered, attempt.quiz)
    return ordered


def clean_answers(questions: list[QuizQuestion], raw_answers: Mapping[str, object]) -> dict:
    """Turn form fields into cleaned answers keyed by question id.

    Fields are ``q-<question>`` (a choice id, several for multiple select, or text) and
    ``q-<question>-<choice>`` (the position of an item of an ordering question). Anything
    naming a question or choice outside the attempt raises InvalidAnswers for that field.
    """
    by_id = {question.pk: question for question in questions}
    answers: dict[int, object] = {}
    positions: dict[int, dict[int, int]] = {}
    for name, raw in raw_answers.items():
        values = [str(v) for v in (raw if isinstance(raw, list | tuple) else [raw])]
        match = _FIELD.match(str(name))
        if match is None:
            raise InvalidAnswers(name, _("this is not a field of the quiz."))
        question = by_id.get(int(match[1]))
        if question is None:
            raise InvalidAnswers(name, _("this question is not part of your attempt."))
        shown = {choice.pk for choice in question.shown_choices}
        if match[2] is not None:
            if question.kind != QuestionKind.ORDERING:
                raise InvalidAnswers(name, _("this question does not take an order."))
            choice_id = int(match[2])
            if choice_id not in shown:
                raise InvalidAnswers(name, _("this choice is not part of the question."))
            value = values[-1].strip() if values else ""
            if value == "":
                continue
            if not value.isdigit() or not 1 <= int(value) <= len(shown):
                raise InvalidAnswers(
                    name, _("choose a position from 1 to %(n)d.") % {"n": len(shown)}
                )
            positions.setdefault(question.pk, {})[choice_id] = int(value)
            continue
        values = [v for v in values if v.strip() != ""]
        if not values:
            continue
        if question.kind in _SINGLE_KINDS | {QuestionKind.MULTIPLE}:
            ids = []
            for value in values:
                if not value.isdigit() or int(value) not in shown:
                    raise InvalidAnswers(name, _("this choice is not part of the question."))
                ids.append(int(value))
            if question.kind == QuestionKind.MULTIPLE:
                answers[question.pk] = sorted(set(ids))
            elif len(ids) > 1:
                raise InvalidAnswers(name, _("choose only one answer."))
            else:
                answers[question.pk] = ids[0]
        elif question.kind in (QuestionKind.NUMERIC, QuestionKind.SHORT_TEXT):
            if len(values) > 1:
                raise InvalidAnswers(name, _("give only one answer."))
            answers[question.pk] = values[0][:500]
        else:
            raise InvalidAnswers(name, _("give the position of each item instead."))
    for qid, placed in positions.items():
        shown_order = [choice.pk for choice in by_id[qid].shown_choices]
        # Items left without a position go last, in the order they were shown.
        answers[qid] = sorted(
            shown_order,
            key=lambda cid: (placed.get(cid, len(shown_order) + 1), shown_order.index(cid)),
        )
    return answers


@dataclass
class Submission:
    """A submission checked before grading: its cleaned answers and what is left unanswered."""

    attempt: QuizAttempt
    questions: list[QuizQuestion]
    answers: dict
    unanswered: list[QuizQuestion]

    @property
    def needs_confirmation(self) -> bool:
        """Unanswered questions in an attempt that may still be answered: ask first, since
        submitting spends the attempt."""
        return bool(self.unanswered) and self.attempt.is_open and not self.overdue

    @property
    def overdue(self) -> bool:
        return is_overdue(self.attempt, self.attempt.quiz)


def unanswered_questions(
    questions: list[QuizQuestion], raw_answers: Mapping[str, object], answers: Mapping[int, object]
) -> list[QuizQuestion]:
    """The questions the learner left blank; an ordering question counts as blank until
    every item has a position (items without one would silently go last)."""
    placed: dict[int, int] = {}
    for name, raw in raw_answers.items():
        match = _FIELD.match(str(name))
        values = raw if isinstance(raw, list | tuple) else [raw]
        if match and match[2] is not None and any(str(v).strip() for v in values):
            placed[int(match[1])] = placed.get(int(match[1]), 0) + 1
    blank = []
    for question in questions:
        if question.kind == QuestionKind.ORDERING:
            if placed.get(question.pk, 0) < len(question.shown_choices):
                blank.append(question)
        elif question.pk not in answers:
            blank.append(question)
    return blank


def review_submission(user, attempt_id: int, raw_answers: Mapping[str, object]) -> Submission:
    """Check the learner's answers without grading or saving anything.

    Raises InvalidAnswers as ``submit_attempt`` would; lists the unanswered questions so
    the learner can be asked before an incomplete submission spends the attempt.
    """
    attempt = get_attempt(user, attempt_id)
    questions = attempt_questions(attempt)
    answers = clean_answers(questions, raw_answers) if attempt.is_open else {}
    return Submission(
        attempt, questions, answers, unanswered_questions(questions, raw_answers, answers)
    )


def _stored_result(result: QuestionResult) -> dict:
    stored = {"score": float(result.score), "correct": result.correct}
    if result.read_as is not None:
        stored["read_as"] = plain_number(result.read_as)
    return stored


def submit_attempt(user, attempt_id: int, raw_answers: Mapping[str, object]) -> QuizAttempt:
    """Grade the learner's attempt once and record the result.

    The attempt row is locked for the transaction, and the write is conditional on the
    attempt still being open, so double or concurrent submissions grade it exactly once:
    the later ones get the graded attempt back. Answers naming anything outside the attempt
    raise InvalidAnswers and save nothing. Past the time limit the attempt is closed as
    failed and QuizRefused is raised. Passing a graded quiz re-checks course completion.
    """
    refusal = None
    with transaction.atomic():
        attempt = (
            QuizAttempt.objects.select_for_update(of=("self",))
            .select_related("quiz")
            .get(pk=attempt_id, user=user)
        )
        if not attempt.is_open:
            return attempt
        quiz = attempt.quiz
        now = timezone.now()
        if is_overdue(attempt, quiz, now):
            _close_overdue(attempt, now)
            attempt.refresh_from_db()
            refusal = _("The time limit for this attempt has passed; it was closed unanswered.")
        else:
            questions = attempt_questions(attempt)
            answers = clean_answers(questions, raw_answers)
            result = grade([gradable(q, quiz.partial_credit) for q in questions], answers)
            passed = result.percent >= quiz.pass_mark
            updated = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
                submitted_at=now,
                answers={str(qid): value for qid, value in answers.items()},
                score=result.percent,
                passed=passed,
                results={str(qid): _stored_result(r) for qid, r in result.questions.items()},
            )
            attempt.refresh_from_db()
            if updated and passed and quiz.graded:
                check_course_completion(user, quiz)
    if refusal:
        raise QuizRefused(refusal)
    return attempt


# --- Completion ----------------------------------------------------------------------------


def check_course_completion(user, quiz: QuizPage) -> bool:
    """Re-apply the course's completion rule after ``user`` passed ``quiz``."""
    course = course_of(quiz)
    enrollment = get_enrollment(user, course)
    if enrollment is None or not enrollment.is_active:
        return False
    return record_course_completion(enrollment, course_progress(user, course), course=course)


# --- What the quiz pages show --------------------------------------------------------------


def quiz_access_denial(request, quiz: QuizPage):
    """None if ``request.user`` may open the quiz page; otherwise where to send them."""
    user = request.user
    if may_study_without_enrolling(user):
        return None
    quiz = source_page(quiz)
    course = course_of(quiz)
    enrollment = get_enrollment(user, course)
    if enrollment is None or not enrollment.is_active:
        messages.info(request, _("Enroll in this course to take its quizzes."))
        return redirect(localized(course).get_url(request) + "#enroll")
    if quiz_locked(user, quiz, course):
        messages.info(request, str(SEQUENTIAL_QUIZ_LOCKED))
        return redirect(localized(course).get_url(request))
    return None


def quiz_page_context(user, quiz: QuizPage) -> dict:
    quiz = source_page(quiz)
    course = localized(course_of(quiz))
    enrollment = get_enrollment(user, course)
    status = attempt_status(user, quiz) if user.is_authenticated else None
    total = quiz.questions.count()
    return {
        "course": course,
        "enrollment": enrollment,
        "status": status,
        "question_count": min(quiz.draw_count or total, total),
    }


def answers_visible(attempt: QuizAttempt, quiz: QuizPage, status: AttemptStatus) -> bool:
    """Whether the result page may show the right answers, per the quiz's setting."""
    if attempt.is_open:
        return False
    if quiz.show_answers == ShowAnswers.AFTER_PASSING:
        return bool(attempt.passed)
    if quiz.show_answers == ShowAnswers.AFTER_LAST_ATTEMPT:
        return status.left == 0 and status.open_attempt is None
    return False
