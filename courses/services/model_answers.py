"""What a learner who knows every answer sends: the form fields of a question answered right.

The demo's passed attempts, the tests and the browser journeys all fill quizzes with it, so
there is one reading of "the right answer" for each kind of question.
"""

from __future__ import annotations

from courses.models import QuestionKind, QuizQuestion


def right_answer(question: QuizQuestion) -> dict[str, str | list[str]]:
    """The quiz form's fields for ``question`` answered right: the right choices (ticked by
    their ids), the authored order (a position per item), the number, or the first accepted
    text."""
    name = f"q-{question.pk}"
    choices = list(question.choices.all())
    if question.kind == QuestionKind.ORDERING:
        return {f"{name}-{choice.pk}": str(position) for position, choice in enumerate(choices, 1)}
    if question.kind == QuestionKind.NUMERIC:
        return {name: f"{question.numeric_answer.normalize():f}"}
    if question.kind == QuestionKind.SHORT_TEXT:
        return {name: question.accepted_list[0]}
    return {name: [str(choice.pk) for choice in choices if choice.is_correct]}
