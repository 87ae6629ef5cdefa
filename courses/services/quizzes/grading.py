"""Grading: pure functions that score cleaned answers against what is right. No database,
no request; the rules of attempts (``attempts``) call them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from courses.models import QuestionKind, QuizQuestion

from ..numeric_answers import read_number

SINGLE_ANSWER_KINDS = {QuestionKind.SINGLE, QuestionKind.TRUE_FALSE}


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
    if kind in SINGLE_ANSWER_KINDS:
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
