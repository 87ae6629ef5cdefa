"""Reading a submitted quiz form: its fields turned into cleaned answers, and the questions
left blank. Anything naming a question or choice outside the attempt is refused by field."""

from __future__ import annotations

import re
from collections.abc import Mapping

from django.utils.translation import gettext as _

from courses.models import QuestionKind, QuizQuestion

from ..errors import LearningError
from .grading import SINGLE_ANSWER_KINDS

_FIELD = re.compile(r"^q-(\d+)(?:-(\d+))?$")


class InvalidAnswers(LearningError):
    """Submitted answers name a question, choice or field that is not in the attempt."""

    def __init__(self, field_name: str, message: str):
        self.field = field_name
        super().__init__(f"{field_name}: {message}")


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
        if question.kind in SINGLE_ANSWER_KINDS | {QuestionKind.MULTIPLE}:
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
