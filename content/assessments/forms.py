"""The answer form: one required radio group per question, built from the assessment."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _

from .scoring import Assessment, Dimension, Question


def field_name(question: Question) -> str:
    return f"q-{question.id}"


class AnswerForm(forms.Form):
    """Answers to a self-assessment; ``answers()`` gives {question id: option id}."""

    def __init__(self, assessment: Assessment, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.assessment = assessment
        for question in assessment.questions:
            self.fields[field_name(question)] = forms.ChoiceField(
                label=question.text,
                help_text=question.help_text,
                choices=[(option.id, option.label) for option in question.options],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose the answer closest to your business."),
                    "invalid_choice": _("Choose one of the answers listed."),
                },
            )

    def sections(self) -> list[tuple[Dimension, list[forms.BoundField]]]:
        """The bound fields grouped by dimension, in the page's order, for the template."""
        return [
            (dimension, [self[field_name(q)] for q in dimension.questions])
            for dimension in self.assessment.dimensions
        ]

    def answers(self) -> dict[str, str]:
        return {q.id: self.cleaned_data[field_name(q)] for q in self.assessment.questions}
