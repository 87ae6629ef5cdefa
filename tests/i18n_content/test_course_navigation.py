"""A learner reading an English course under /fr/ or /ar/ stays under that prefix.

A course not yet translated opens in English under the reader's prefix (routing serves it
from the English tree). Every link and redirect a learner follows through it (outline,
breadcrumbs, lesson pager, "Next lesson", completing a lesson, My learning's Resume, a
refusal's redirect) must keep the prefix, or the interface falls back to English.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from content.translations import publish_page_translation
from courses import services
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


def url_in(name, language, *args):
    with translation.override(language):
        return reverse(name, args=args)


def page_links(html: str) -> list[str]:
    """Every link into the export-skills track, in order."""
    return re.findall(r'href="([^"]*/export-skills/[^"]*)"', html)


@pytest.fixture
def english_course(demo_site):
    """A two-module English course, with the French and Arabic home pages published (the
    course itself has no translation)."""
    publish_page_translation(demo_site, "fr", {"title": "Go Global Academy"})
    publish_page_translation(demo_site, "ar", {"title": "Go Global Academy"})
    course, lessons = make_course((2, 1), slug="pricing", title="Pricing for export")
    return course, lessons


def test_outline_and_breadcrumbs_of_an_english_course_keep_the_prefix(
    client, learner, english_course
):
    course, lessons = english_course
    services.enroll(learner, course)
    client.force_login(learner)

    html = client.get("/fr/export-skills/pricing/").content.decode()

    outline = re.search(r'<section class="module".*</section>', html, re.S).group(0)
    assert page_links(outline) == [
        "/fr/export-skills/pricing/module-1/lesson-1-1/",
        "/fr/export-skills/pricing/module-1/lesson-1-2/",
        "/fr/export-skills/pricing/module-2/lesson-2-1/",
    ]
    main = html.split("<main", 1)[1]
    assert page_links(main) and all(link.startswith("/fr/") for link in page_links(main))


def test_lesson_pager_next_lesson_and_completion_keep_the_prefix(client, learner, english_course):
    course, lessons = english_course
    services.enroll(learner, course)
    services.complete_lesson(learner, lessons[0])
    client.force_login(learner)
    lesson = "/fr/export-skills/pricing/module-1/lesson-1-2/"

    html = client.get(lesson).content.decode()
    pager = re.search(r'<nav class="pager".*?</nav>', html, re.S).group(0)
    assert re.findall(r'href="([^"]*)"', pager) == [
        "/fr/export-skills/pricing/module-1/lesson-1-1/",
        "/fr/export-skills/pricing/module-2/lesson-2-1/",
    ]
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert 'href="/fr/export-skills/pricing/"' in crumbs

    # Marking it complete (posted under /fr/) leads to the next lesson under /fr/.
    done = client.post(url_in("courses:complete_lesson", "fr", lessons[1].pk))
    assert done["Location"] == "/fr/export-skills/pricing/module-2/lesson-2-1/"

    # Once done, the lesson offers the next one in one French sentence, still under /fr/.
    html = client.get(lesson).content.decode()
    assert (
        '<a class="button button--large" href="/fr/export-skills/pricing/module-2/lesson-2-1/">'
        'Leçon suivante\u00a0: <span lang="en" dir="ltr">Lesson 2.1</span></a>'
    ) in html


def test_next_lesson_is_one_arabic_sentence_with_the_english_title_isolated(
    client, learner, english_course
):
    course, lessons = english_course
    services.enroll(learner, course)
    services.complete_lesson(learner, lessons[0])
    client.force_login(learner)

    html = client.get("/ar/export-skills/pricing/module-1/lesson-1-1/").content.decode()

    assert (
        '<a class="button button--large" href="/ar/export-skills/pricing/module-1/lesson-1-2/">'
        'الدرس التالي: <span lang="en" dir="ltr">Lesson 1.2</span></a>'
    ) in html


def test_resume_from_my_learning_and_refusals_keep_the_prefix(client, learner, english_course):
    course, lessons = english_course
    client.force_login(learner)

    # Not enrolled: a lesson that is not a preview sends the reader to the course, under /fr/.
    refused = client.get("/fr/export-skills/pricing/module-1/lesson-1-2/")
    assert refused["Location"] == "/fr/export-skills/pricing/#enroll"

    enrolled = client.post(url_in("courses:enroll", "fr", course.pk))
    assert enrolled["Location"] == "/fr/export-skills/pricing/module-1/lesson-1-1/"

    dashboard = client.get(url_in("courses:dashboard", "fr")).content.decode()
    links = page_links(dashboard.split("<main", 1)[1])
    assert "/fr/export-skills/pricing/" in links and all(link.startswith("/fr/") for link in links)
    resumed = client.get(url_in("courses:resume", "fr", course.pk))
    assert resumed["Location"] == "/fr/export-skills/pricing/module-1/lesson-1-1/"


def test_english_readers_links_are_unchanged(client, learner, english_course):
    course, lessons = english_course
    services.enroll(learner, course)
    services.complete_lesson(learner, lessons[0])
    client.force_login(learner)

    html = client.get(lessons[1].url).content.decode()

    pager = re.search(r'<nav class="pager".*?</nav>', html, re.S).group(0)
    assert re.findall(r'href="([^"]*)"', pager) == [lessons[0].url, lessons[2].url]
    assert client.post(url_in("courses:complete_lesson", "en", lessons[1].pk))["Location"] == (
        lessons[2].url
    )
