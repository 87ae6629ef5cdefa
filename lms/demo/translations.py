"""Demo content in French and Arabic: the home page, the toolkit's front page and the course
*Paying less duty* whole (modules, lessons, graded quiz) with its track, published as Wagtail
translations of the English pages, the way a trainer's "Translate" in the admin makes them.
The words are in data/trade_agreements_fr.py and data/trade_agreements_ar.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from django.db import transaction
from wagtail.models import Page

from content.models import HomePage, ToolkitPage
from content.translations import locale_for, publish_page_translation
from courses.models import CoursePage, LessonPage, ModulePage, QuizPage, TrackPage

from .courses import _block
from .data import trade_agreements_ar, trade_agreements_fr
from .site import _home_body

TRANSLATIONS = [trade_agreements_fr, trade_agreements_ar]


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
            choice.feedback = choice_words.get("feedback", "")
            choice.save()
    translation.save_revision().publish()


def _ensure(
    page: Page,
    language: str,
    fields: Mapping,
    then: Callable[[Page], None] | None = None,
) -> Page:
    """The page's translation; published from ``fields`` only when it does not exist yet, so
    a trainer's later edits survive another load."""
    existing = page.get_translation_or_none(locale_for(language))
    if existing is not None:
        return existing
    translation = publish_page_translation(page, language, fields)
    if then is not None:
        then(translation)
    return translation


def _translate_course(course: CoursePage, language: str, spec: dict) -> None:
    _ensure(
        course,
        language,
        {
            "title": spec["title"],
            "summary": spec["summary"],
            "outcomes": [("outcome", text) for text in spec["outcomes"]],
            "language": language,
        },
    )
    modules = ModulePage.objects.child_of(course).order_by("path")
    for module, module_spec in zip(modules, spec["modules"], strict=False):
        _ensure(
            module,
            language,
            {"title": module_spec["title"], "summary": module_spec.get("summary", "")},
        )
        lessons = LessonPage.objects.child_of(module).order_by("path")
        for lesson, lesson_spec in zip(lessons, module_spec["lessons"], strict=False):
            _ensure(
                lesson,
                language,
                {
                    "title": lesson_spec["title"],
                    "summary": lesson_spec.get("summary", ""),
                    "body": [_block(kind, value) for kind, value in lesson_spec["body"]],
                },
            )
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    if quiz is not None and "quiz" in spec:
        quiz_spec = spec["quiz"]
        _ensure(
            quiz,
            language,
            {"title": quiz_spec["title"], "intro": quiz_spec.get("intro", "")},
            then=lambda page: translate_quiz_questions(page.specific, quiz_spec["questions"]),
        )


@transaction.atomic
def load_translations(home: HomePage) -> int:
    """Publish the demo's French and Arabic pages that are missing; returns how many
    languages have the course."""
    done = 0
    for data in TRANSLATIONS:
        language = data.LANGUAGE
        home_words = {key: data.HOME[key] for key in ("title", "seo_title", "search_description")}
        _ensure(home, language, {**home_words, "body": _home_body(data.HOME)})
        toolkit = ToolkitPage.objects.child_of(home).first()
        if toolkit is not None:
            # Its self-assessments stay English for now; the page lists them all the same.
            _ensure(toolkit, language, data.TOOLKIT_PAGE)
        track = TrackPage.objects.child_of(home).filter(slug=data.TRACK["slug"]).first()
        course = (
            CoursePage.objects.child_of(track).filter(slug=data.COURSE["slug"]).first()
            if track
            else None
        )
        if course is None:
            continue
        _ensure(
            track,
            language,
            {k: v for k, v in data.TRACK.items() if k in ("title", "summary", "intro")},
        )
        _translate_course(course, language, data.COURSE)
        done += 1
    return done


__all__ = ["load_translations", "publish_page_translation", "translate_quiz_questions"]
