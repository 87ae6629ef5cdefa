"""A course saved for offline reading keeps the addresses its reader opens: the French
translation of a lesson under /fr/, an English lesson not yet translated under the reader's
prefix, never the English address a French reader would not open offline."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses import services

from .conftest import in_language

pytestmark = pytest.mark.django_db


def offline(client, course, language):
    with translation.override(language):
        return client.get(reverse("courses:course_offline", args=[course.pk])).json()


def test_french_reader_keeps_the_french_lessons_and_quiz(
    client, learner, course_in_three_languages
):
    course, lessons, quiz = course_in_three_languages
    services.enroll(learner, course)
    client.force_login(learner)

    data = offline(client, course, "fr")

    french = [in_language(lesson, "fr") for lesson in lessons]
    assert [item["url"] for item in data["lessons"]] == [page.url for page in french]
    assert [item["title"] for item in data["lessons"]] == [
        "Leçon 1 : le prix départ usine",
        "Leçon 2 : choisir son Incoterm",
    ]
    # Each lesson is measured as the French page it keeps, not as its English source.
    for item, page in zip(data["lessons"], french, strict=True):
        assert item["bytes"] == pytest.approx(len(client.get(page.url).content), rel=0.03)
    assert data["online_only"] == [in_language(quiz, "fr").url]
    assert all(item["url"].startswith("/fr/") for item in data["lessons"])


def test_the_french_course_pages_own_offline_request_saves_the_same(
    client, learner, course_in_three_languages
):
    course, lessons, quiz = course_in_three_languages
    services.enroll(learner, course)
    client.force_login(learner)
    french_course = in_language(course, "fr")

    # The save panel on the French course page asks with the French page's id. (The sizes
    # differ by a byte or two: each lesson is rendered for the request, whose address it shows.)
    by_french_page, by_source = offline(client, french_course, "fr"), offline(client, course, "fr")
    assert [(i["url"], i["title"]) for i in by_french_page["lessons"]] == [
        (i["url"], i["title"]) for i in by_source["lessons"]
    ]
    assert by_french_page["online_only"] == by_source["online_only"]


def test_arabic_reader_keeps_the_english_lessons_under_the_arabic_prefix(
    client, learner, course_in_three_languages
):
    course, lessons, quiz = course_in_three_languages
    services.enroll(learner, course)
    client.force_login(learner)

    data = offline(client, course, "ar")

    # The lessons have no Arabic translation: English pages, read under /ar/.
    assert [item["url"] for item in data["lessons"]] == [f"/ar{lesson.url}" for lesson in lessons]
    assert data["online_only"] == [in_language(quiz, "ar").url]
    for item in data["lessons"]:
        assert client.get(item["url"]).status_code == 200


def test_english_reader_keeps_the_english_addresses(client, learner, course_in_three_languages):
    course, lessons, quiz = course_in_three_languages
    services.enroll(learner, course)
    client.force_login(learner)

    data = offline(client, course, "en")

    assert [item["url"] for item in data["lessons"]] == [lesson.url for lesson in lessons]
    assert data["online_only"] == [quiz.url]
