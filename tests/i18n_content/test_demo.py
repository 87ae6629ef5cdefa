"""load_demo publishes *Paying less duty* whole in French and Arabic, once."""

import pytest
from wagtail.models import Page, Revision

from content.models import HomePage
from courses.models import CoursePage, LessonPage, QuizPage
from lms.demo import translations
from lms.demo.data import trade_agreements, trade_agreements_ar, trade_agreements_fr

from .conftest import in_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(loaded_demo):
    """The English course of the demo as load_demo left it, translated."""
    home = HomePage.objects.get(locale__language_code="en")
    assert translations.load_translations(home) == 2  # again: still two languages
    return CoursePage.objects.get(slug=trade_agreements.COURSE["slug"], locale__language_code="en")


@pytest.mark.parametrize("data", [trade_agreements_fr, trade_agreements_ar])
def test_the_data_follows_the_english_course_item_for_item(data):
    english, translated = trade_agreements.COURSE, data.COURSE
    assert len(translated["modules"]) == len(english["modules"])
    for module, source in zip(translated["modules"], english["modules"], strict=True):
        assert len(module["lessons"]) == len(source["lessons"])
        for lesson, source_lesson in zip(module["lessons"], source["lessons"], strict=True):
            assert [kind for kind, _ in lesson["body"]] == [k for k, _ in source_lesson["body"]]
    questions = translated["quiz"]["questions"]
    assert len(questions) == len(english["quiz"]["questions"])
    for question, source in zip(questions, english["quiz"]["questions"], strict=True):
        expected = len(source.get("choices", source.get("items", [])))
        expected = 2 if source["type"] == "true_false" else expected
        assert len(question.get("choices", [])) == expected, question["text"]


def test_the_whole_course_is_live_in_french_and_arabic(client, translated):
    for language, data in (("fr", trade_agreements_fr), ("ar", trade_agreements_ar)):
        course = in_language(translated, language)
        assert course.live and course.title == data.COURSE["title"]
        lessons = LessonPage.objects.descendant_of(course).live()
        assert lessons.count() == LessonPage.objects.descendant_of(translated).count() == 4
        quiz = QuizPage.objects.descendant_of(course).live().get()
        assert quiz.questions.count() == 8
        assert quiz.questions.first().text == data.COURSE["quiz"]["questions"][0]["text"]
        home = client.get(f"/{language}/").content.decode()
        assert data.HOME["hero"]["heading"] in home
        assert data.TRACK["title"] in home  # the translated track, and the others in English
        assert "Brand going abroad" in home and home.count('class="card"') == 3
        html = client.get(course.url).content.decode()
        assert f"<h1>{data.COURSE['title']}</h1>" in html
        for module in data.COURSE["modules"]:
            for lesson in module["lessons"]:
                assert (
                    lesson["title"].replace("’", "&#x27;")[:20] in html
                    or lesson["title"][:20] in html
                )


def test_loading_again_changes_nothing(translated):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    assert translations.load_translations(Page.objects.get(depth=2, locale__language_code="en"))
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
