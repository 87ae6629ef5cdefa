"""Item analysis for trainers: which questions teach and which mislead.

For each question of a quiz: how many submitted attempts drew it, the share answered right,
the most chosen wrong answer and a discrimination index (upper-lower 27% groups by total
score); and the distribution of scores. Three queries, whatever the number of attempts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch

from courses.models import QuestionKind, QuizAttempt, QuizChoice, QuizPage, QuizQuestion

# Share of attempts in each of the upper and lower groups (Kelley's 27%).
GROUP_SHARE = 0.27
SCORE_BANDS = [(low, low + 9 if low < 90 else 100) for low in range(0, 100, 10)]


@dataclass
class QuestionAnalysis:
    question: QuizQuestion
    attempts: int = 0
    correct: int = 0
    most_chosen_wrong: str = ""
    most_chosen_wrong_count: int = 0
    discrimination: float | None = None

    @property
    def percent_correct(self) -> int | None:
        return round(100 * self.correct / self.attempts) if self.attempts else None


@dataclass
class QuizAnalysis:
    quiz: QuizPage
    attempts: int
    questions: list[QuestionAnalysis] = field(default_factory=list)
    distribution: list[tuple[str, int]] = field(default_factory=list)

    @property
    def max_band(self) -> int:
        return max((count for _, count in self.distribution), default=0)


def _wrong_answers(question: QuizQuestion, answer, correct_ids: set[int]) -> list:
    """The wrong parts of one answer, as labels to count."""
    if answer in (None, "", []):
        return []
    kind = question.kind
    if kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE, QuestionKind.MULTIPLE):
        ids = answer if isinstance(answer, list) else [answer]
        return [cid for cid in ids if cid not in correct_ids]
    if kind in (QuestionKind.NUMERIC, QuestionKind.SHORT_TEXT):
        return [" ".join(str(answer).split()).casefold()]
    return []  # an ordering has no single wrong answer to name


def quiz_item_analysis(quiz: QuizPage) -> QuizAnalysis:
    """The item analysis of ``quiz`` over its graded (submitted, not expired) attempts."""
    attempts = list(
        QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False, expired=False)
        .order_by("score", "pk")
        .values("question_ids", "answers", "results", "score")
    )
    questions = list(
        QuizQuestion.objects.filter(quiz=quiz)
        .order_by("sort_order", "pk")
        .prefetch_related(Prefetch("choices", queryset=QuizChoice.objects.order_by("sort_order")))
    )
    analysis = QuizAnalysis(quiz, len(attempts))
    for question in questions:
        key = str(question.pk)
        choices = {choice.pk: choice.text for choice in question.choices.all()}
        correct_ids = {choice.pk for choice in question.choices.all() if choice.is_correct}
        drawn = [a for a in attempts if question.pk in a["question_ids"]]  # by score, low first
        item = QuestionAnalysis(question, attempts=len(drawn))
        wrong: Counter = Counter()
        for attempt in drawn:
            item.correct += bool(attempt["results"].get(key, {}).get("correct"))
            wrong.update(_wrong_answers(question, attempt["answers"].get(key), correct_ids))
        if wrong:
            label, item.most_chosen_wrong_count = wrong.most_common(1)[0]
            item.most_chosen_wrong = str(choices.get(label, label))
        group = round(GROUP_SHARE * len(drawn))
        if group >= 1 and len(drawn) >= 2:

            def share_right(group_attempts, key=key):
                right = sum(bool(a["results"].get(key, {}).get("correct")) for a in group_attempts)
                return right / len(group_attempts)

            item.discrimination = round(share_right(drawn[-group:]) - share_right(drawn[:group]), 2)
        analysis.questions.append(item)
    bands = Counter()
    for attempt in attempts:
        score = float(attempt["score"] or 0)
        bands[min(int(score // 10), 9)] += 1
    analysis.distribution = [
        (f"{low}–{high}%", bands[index]) for index, (low, high) in enumerate(SCORE_BANDS)
    ]
    return analysis
