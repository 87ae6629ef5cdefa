"""Demo content in French and Arabic: one whole course with its quiz, and the market
checklists, published as Wagtail translations of the English pages and snippets."""

from __future__ import annotations

from collections.abc import Sequence

from content.translations import publish_page_translation


def translate_quiz_questions(translation, questions: Sequence[dict]) -> None:
    """Set the words of a quiz translation's questions and choices, in the source's order.

    ``questions`` hold ``text``, ``explanation`` and ``choices`` (``text``, ``feedback``);
    right answers, numbers and ordering stay the source's (the attempt is graded there).
    Short-text questions may add ``accepted`` answers in the translation's language.
    """
    copied = list(translation.questions.order_by("sort_order", "pk"))
    for question, words in zip(copied, questions, strict=False):
        question.text = words["text"]
        question.explanation = words.get("explanation", question.explanation)
        if "accepted" in words:
            question.accepted_answers = "\n".join(words["accepted"])
        question.save()
        choices = list(question.choices.order_by("sort_order", "pk"))
        for choice, choice_words in zip(choices, words.get("choices", []), strict=False):
            choice.text = choice_words["text"]
            choice.feedback = choice_words.get("feedback", choice.feedback)
            choice.save()
    translation.save_revision().publish()


__all__ = ["publish_page_translation", "translate_quiz_questions"]
