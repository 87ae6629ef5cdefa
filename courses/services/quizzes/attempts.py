"""The rules of attempts: who may start one, what it draws, how it is submitted and graded
once, and how a passed graded quiz counts towards its course."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Prefetch
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
from courses.tree import course_path_of

from ..enrollment import (
    course_of,
    get_enrollment,
    record_course_completion,
    standing_in_course_of,
)
from ..errors import LearningError, NotEnrolled
from ..numeric_answers import plain_number
from ..outline import (
    LearnerStanding,
    course_outline,
    course_progress,
    outline_at,
    view_restrictions,
)
from ..translations import localize_questions, source_page
from .answers import clean_answers, unanswered_questions
from .grading import QuestionResult, gradable, grade

# A submission that arrives this soon after the time limit still counts: the form was sent
# in time, the network was slow.
TIME_LIMIT_GRACE = timedelta(seconds=30)


class QuizRefused(LearningError):
    """Starting or submitting an attempt is against the quiz's rules."""


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


def attempt_status(
    user, quiz: QuizPage, now: datetime | None = None, attempts: list[QuizAttempt] | None = None
) -> AttemptStatus:
    """The learner's attempts at ``quiz`` (newest first) and whether they may start another.

    One query, none when ``attempts`` (newest first, as ``quiz_standing`` reads them) are
    given. An open attempt past its time limit counts as used.
    """
    now = now or timezone.now()
    quiz = source_page(quiz)
    if attempts is None:
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


def quiz_standing(user, quiz: QuizPage) -> tuple[CoursePage, LearnerStanding]:
    """The source ``quiz``'s course (from the cached outline) and ``user``'s standing in it:
    enrollment, ticks and attempts at the quiz, in one query (``learner_standing``)."""
    return standing_in_course_of(user, quiz, attempts_at=quiz.pk)


def quiz_course(quiz: QuizPage) -> CoursePage:
    """The course of ``quiz`` (its source's), as ``course_of`` finds it but from the cached
    outline, without a query while the content is unchanged: its StreamFields are deferred."""
    outline = outline_at(course_path_of(source_page(quiz).path))
    if outline is None or outline.course is None:
        return course_of(quiz)
    return outline.course


def _is_active(enrollment: Enrollment | None) -> bool:
    return enrollment is not None and enrollment.is_active


SEQUENTIAL_QUIZ_LOCKED = _lazy(
    "This course is sequential: finish the lessons before this quiz first."
)


def quiz_locked(
    user, quiz: QuizPage, course: CoursePage | None = None, standing: LearnerStanding | None = None
) -> bool:
    """In a sequential course, a quiz opens once every lesson before it is complete.
    ``standing`` is the learner's in the course, when the caller has read it."""
    course = course or course_of(quiz)
    if not course.sequential:
        return False
    if standing is not None:
        return quiz.pk in standing.progress.locked_ids
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
    # The course, enrollment, ticks and attempts in one query (``quiz_standing``).
    course, standing = quiz_standing(user, quiz)
    if not _is_active(standing.enrollment):
        raise NotEnrolled(_("Enroll in the course to take its quizzes."))
    if quiz_locked(user, quiz, course, standing):
        raise QuizRefused(str(SEQUENTIAL_QUIZ_LOCKED))
    now = timezone.now()
    attempts = standing.attempts
    for attempt in [attempt for attempt in attempts if attempt.is_open]:
        if not is_overdue(attempt, quiz, now):
            return attempt
        _close_overdue(attempt, now)
        attempts = None  # read them again, as closed
    status = attempt_status(user, quiz, now, attempts)
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


def answers_visible(attempt: QuizAttempt, quiz: QuizPage, status: AttemptStatus) -> bool:
    """Whether the result page may show the right answers, per the quiz's setting."""
    if attempt.is_open:
        return False
    if quiz.show_answers == ShowAnswers.AFTER_PASSING:
        return bool(attempt.passed)
    if quiz.show_answers == ShowAnswers.AFTER_LAST_ATTEMPT:
        return status.left == 0 and status.open_attempt is None
    return False
