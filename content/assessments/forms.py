"""The answer form: one required radio group per question, built from the assessment."""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.utils.translation import gettext as _

from .scoring import Assessment, Dimension


def short_keys(ids: Iterable[str]) -> dict[str, str]:
    """Short names for block ids (8 hex digits of the UUID) to keep the page light on slow
    connections; the full ids when two would clash."""
    ids = list(ids)
    keys = {block_id: block_id.replace("-", "")[:8] for block_id in ids}
    if len(set(keys.values())) < len(keys):
        return {block_id: block_id for block_id in ids}
    return keys


class AnswerForm(forms.Form):
    """Answers to a self-assessment; ``answers()`` gives {question id: option id}."""

    def __init__(self, assessment: Assessment, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)
        self.assessment = assessment
        self.question_keys = short_keys(q.id for q in assessment.questions)
        self.option_ids: dict[str, dict[str, str]] = {}
        for question in assessment.questions:
            option_keys = short_keys(option.id for option in question.options)
            name = self.field_name(question.id)
            self.option_ids[name] = {key: option_id for option_id, key in option_keys.items()}
            self.fields[name] = forms.ChoiceField(
                label=question.text,
                help_text=question.help_text,
                choices=[(option_keys[option.id], option.label) for option in question.options],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose the answer closest to your business."),
                    "invalid_choice": _("Choose one of the answers listed."),
                },
            )

    def field_name(self, question_id: str) -> str:
        return f"q-{self.question_keys[question_id]}"

    def sections(self) -> list[tuple[Dimension, list[forms.BoundField]]]:
        """The bound fields grouped by dimension, in the page's order, for the template."""
        return [
            (dimension, [self[self.field_name(q.id)] for q in dimension.questions])
            for dimension in self.assessment.dimensions
        ]

    def answers(self) -> dict[str, str]:
        """{question id: option id} from the valid form."""
        answers = {}
        for question in self.assessment.questions:
            name = self.field_name(question.id)
            answers[question.id] = self.option_ids[name][self.cleaned_data[name]]
        return answers
