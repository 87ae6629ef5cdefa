"""How a self-assessment is scored: pure functions on plain data, the one place the rule lives.

An assessment has weighted dimensions; each dimension has questions whose answer options carry
points. A dimension scores 0–100: the points of the chosen options as a share of the best
points available. The overall score is the mean of the dimension scores weighted by the
dimensions' weights. The level is the highest maturity level whose threshold the overall score
reaches. A dimension "scores low" below its own threshold, and then its recommendations apply.

Because weights are positive and every step is a sum, a share or a rounding, choosing an
option worth more points never lowers a dimension, the overall score or the level
(``tests/assessments/test_scoring.py`` checks this with hypothesis).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import ngettext


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    score: int


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    options: tuple[Option, ...]
    help_text: str = ""

    @property
    def best_score(self) -> int:
        return max((option.score for option in self.options), default=0)

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    weight: int
    low_threshold: int
    questions: tuple[Question, ...]
    description: str = ""
    advice: str = ""
    recommendations: tuple[int, ...] = ()  # page ids, in the trainer's order


@dataclass(frozen=True)
class Level:
    threshold: int
    label: str
    description: str = ""


@dataclass(frozen=True)
class Assessment:
    dimensions: tuple[Dimension, ...]
    levels: tuple[Level, ...]

    @property
    def questions(self) -> list[Question]:
        return [q for dimension in self.dimensions for q in dimension.questions]


@dataclass(frozen=True)
class DimensionScore:
    id: str
    name: str
    score: int  # 0–100
    weight: int
    low_threshold: int

    @property
    def is_low(self) -> bool:
        return self.score < self.low_threshold

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "score": self.score,
            "weight": self.weight,
            "low_threshold": self.low_threshold,
        }

    @classmethod
    def from_json(cls, data: Mapping) -> DimensionScore:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            score=int(data["score"]),
            weight=int(data["weight"]),
            low_threshold=int(data["low_threshold"]),
        )


@dataclass(frozen=True)
class Outcome:
    """What a set of answers scores: per dimension, overall, and the level reached."""

    dimensions: tuple[DimensionScore, ...]
    overall: int
    level: Level
    level_index: int  # 0 for the lowest level
    answers: dict[str, str] = field(default_factory=dict)

    @property
    def low_dimension_ids(self) -> list[str]:
        return [d.id for d in self.dimensions if d.is_low]


class IncompleteAnswers(ValueError):
    """Some questions have no valid answer; ``question_ids`` says which."""

    def __init__(self, question_ids: Sequence[str]):
        self.question_ids = list(question_ids)
        left = len(question_ids)
        super().__init__(
            ngettext(
                "Answer every question: %(count)d has no answer yet.",
                "Answer every question: %(count)d have no answer yet.",
                left,
            )
            % {"count": left}
        )


def _round(value: Decimal) -> int:
    # Half-up, not Python's banker's rounding: 62.5 shows as 63, as a person would expect.
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _dimension_share(dimension: Dimension, answers: Mapping[str, str]) -> Decimal:
    """The exact 0–100 score of one dimension (unrounded)."""
    chosen = best = 0
    for question in dimension.questions:
        option = question.option(answers.get(question.id, ""))
        if option is None:
            raise IncompleteAnswers([question.id])
        chosen += option.score
        best += question.best_score
    if best == 0:
        return Decimal(0)
    return Decimal(100) * chosen / best


def dimension_score(dimension: Dimension, answers: Mapping[str, str]) -> int:
    """One dimension, 0–100: chosen points as a share of the best points available."""
    return _round(_dimension_share(dimension, answers))


def overall_score(shares: Sequence[tuple[Decimal, int]]) -> int:
    """The weighted mean of (score, weight) pairs, rounded; 0 when there is nothing to weigh."""
    total_weight = sum(weight for _, weight in shares)
    if total_weight <= 0:
        return 0
    return _round(sum(score * weight for score, weight in shares) / total_weight)


def level_for(levels: Sequence[Level], overall: int) -> tuple[int, Level]:
    """The highest level whose threshold ``overall`` reaches, with its index (lowest = 0)."""
    ordered = sorted(levels, key=lambda level: level.threshold)
    if not ordered:
        raise ValueError("An assessment needs at least one maturity level.")
    index = 0
    for position, level in enumerate(ordered):
        if overall >= level.threshold:
            index = position
    return index, ordered[index]


def score(assessment: Assessment, answers: Mapping[str, str]) -> Outcome:
    """Score ``answers`` ({question id: option id}); every question must have a valid answer."""
    missing = [q.id for q in assessment.questions if q.option(answers.get(q.id, "")) is None]
    if missing:
        raise IncompleteAnswers(missing)
    shares = [(_dimension_share(d, answers), d.weight) for d in assessment.dimensions]
    overall = overall_score(shares)
    index, level = level_for(assessment.levels, overall)
    dimensions = tuple(
        DimensionScore(d.id, d.name, _round(share), d.weight, d.low_threshold)
        for d, (share, _) in zip(assessment.dimensions, shares, strict=True)
    )
    kept = {q.id: answers[q.id] for q in assessment.questions}
    return Outcome(dimensions, overall, level, index, kept)
