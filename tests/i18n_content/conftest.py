"""A course translated into French and Arabic, the way the admin's Translate action does."""

import pytest
from django.utils import translation

from content.translations import publish_page_translation
from courses.models import CompletionRule, LessonPage, ModulePage
from lms.demo.translations import translate_quiz_questions
from tests.courses.builders import SAMPLE_QUESTIONS, built_once, make_course, make_quiz

FRENCH_QUESTIONS = [
    {
        "text": "Quelle règle transfère le risque au transporteur de l’acheteur ?",
        "explanation": "FCA.",
        "choices": [
            {"text": "FCA (franco transporteur)", "feedback": "Exact."},
            {"text": "DDP (rendu droits acquittés)", "feedback": "Le risque reste au vendeur."},
        ],
    },
]
ARABIC_QUESTIONS = [
    {
        "text": "أي قاعدة تنقل المخاطر عند تسليم البضاعة إلى ناقل المشتري؟",
        "explanation": "FCA.",
        "choices": [
            {"text": "FCA (التسليم إلى الناقل)", "feedback": "صحيح."},
            {"text": "DDP (التسليم مع دفع الرسوم)", "feedback": "تبقى المخاطر على البائع."},
        ],
    },
]


def translate_tree(page, language, titles):
    """Translate ``page`` and its ancestors below the root, top down, in ``language``."""
    for ancestor in page.get_ancestors(inclusive=True).filter(depth__gt=1):
        ancestor = ancestor.specific
        fields = {"title": titles.get(ancestor.pk, ancestor.title)}
        publish_page_translation(ancestor, language, fields)


@pytest.fixture
def course_in_three_languages(demo_site):
    """A two-lesson course with a graded one-question quiz, whole in French, and in Arabic
    up to its quiz (the lessons stay English there)."""
    return built_once(_course_in_three_languages)


def _course_in_three_languages():
    course, lessons = make_course(
        (2,), slug="pricing", completion_rule=CompletionRule.LESSONS_AND_QUIZZES
    )
    module = ModulePage.objects.child_of(course).get()
    quiz = make_quiz(module, SAMPLE_QUESTIONS[:1], slug="quiz", title="Incoterms quiz")
    french = {
        course.pk: "Fixer ses prix à l’export",
        module.pk: "Module 1 : les bases",
        lessons[0].pk: "Leçon 1 : le prix départ usine",
        lessons[1].pk: "Leçon 2 : choisir son Incoterm",
        quiz.pk: "Quiz sur les Incoterms",
    }
    for page in [*lessons, quiz]:
        translate_tree(page, "fr", french)
    translate_tree(quiz, "ar", {course.pk: "التسعير للتصدير", quiz.pk: "اختبار الإنكوترمز"})
    fr_quiz = quiz.get_translation(quiz.locale.__class__.objects.get(language_code="fr"))
    translate_quiz_questions(fr_quiz.specific, FRENCH_QUESTIONS)
    ar_quiz = quiz.get_translation(quiz.locale.__class__.objects.get(language_code="ar"))
    translate_quiz_questions(ar_quiz.specific, ARABIC_QUESTIONS)
    return course, lessons, quiz


def in_language(page, language):
    """``page``'s translation in ``language``, specific."""
    from wagtail.models import Locale

    return page.get_translation(Locale.objects.get(language_code=language)).specific


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


__all__ = ["LessonPage", "in_language", "url_in"]
