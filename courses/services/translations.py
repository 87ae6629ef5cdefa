"""Showing a course in the learner's language while its records stay on the source pages.

Learning records belong to the default-locale pages (``courses.tree.source_page``); the
outline, progress and quiz are worked out there. What the learner reads is then swapped for
the live translation in the active language where one exists: title, summary and address,
never the page's id, so "done" and "locked" still match the records. A page with no
translation yet keeps its source text.
"""

from __future__ import annotations

from django.db.models import Prefetch
from wagtail.models import Page

from content.routing import active_content_language
from content.translations import localize_pages, localized, reader_url
from courses.models import QuizChoice, QuizPage, QuizQuestion
from courses.tree import source_page

__all__ = ["active_content_language", "localize_pages", "localized", "reader_url", "source_page"]


def localize_questions(questions: list, quiz: Page) -> None:
    """Show a source quiz's questions and choices in the active language, in place.

    A translation copies the quiz's questions and choices in order (Wagtail's copy for
    translation keeps ``sort_order``), so the n-th question of the translation translates the
    n-th of the source. Only the words are swapped: ids, right answers and grading stay the
    source's. Questions the translation lacks keep their source text. Two queries, none in
    the default language.
    """
    language = active_content_language()
    if language is None or not questions:
        return
    translation_page = (
        QuizPage.objects.live()
        .filter(translation_key=quiz.translation_key, locale__language_code=language)
        .exclude(pk=quiz.pk)
        .values_list("pk", flat=True)
        .first()
    )
    if translation_page is None:
        return
    source_order = list(
        QuizQuestion.objects.filter(quiz_id=quiz.pk)
        .order_by("sort_order", "pk")
        .values_list("pk", flat=True)
    )
    translated = list(
        QuizQuestion.objects.filter(quiz_id=translation_page)
        .order_by("sort_order", "pk")
        .prefetch_related(Prefetch("choices", queryset=QuizChoice.objects.order_by("sort_order")))
    )
    by_source = dict(zip(source_order, translated, strict=False))
    for question in questions:
        twin = by_source.get(question.pk)
        if twin is None:
            continue
        question.text = twin.text
        question.explanation = twin.explanation or question.explanation
        if twin.accepted_answers:  # short answers may be written in either language
            question.accepted_answers = f"{question.accepted_answers}\n{twin.accepted_answers}"
        source_choices = sorted(question.choices.all(), key=lambda c: (c.sort_order or 0, c.pk))
        twins = dict(zip((c.pk for c in source_choices), twin.choices.all(), strict=False))
        for choice in getattr(question, "shown_choices", source_choices):
            other = twins.get(choice.pk)
            if other is not None:
                choice.text = other.text
                choice.feedback = other.feedback or choice.feedback
