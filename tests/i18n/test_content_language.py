"""An untranslated page served under another language says which language its text is in."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_english_page_on_the_arabic_site_marks_its_text_english(client, demo_site):
    html = client.get("/ar/export-skills/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="en" dir="ltr">Export skills</h1>' in html
    assert '<p class="lead" lang="en" dir="ltr">' in html


def test_the_same_page_in_english_needs_no_mark(client, demo_site):
    html = client.get("/export-skills/").content.decode()
    assert "<h1>Export skills</h1>" in html
    assert '<p class="lead" lang=' not in html


def test_english_titles_inside_arabic_labels_are_isolated_and_marked_english(
    client, demo_site, learner
):
    from courses.services.enrollment import enroll
    from tests.courses.builders import make_course

    course, lessons = make_course(title="Pricing with Incoterms")
    enroll(learner, course)
    client.force_login(learner)

    outline = client.get(f"/ar{course.url}").content.decode()
    assert (
        '<h3 class="module__title">الوحدة 1: <span lang="en" dir="ltr">Module 1</span></h3>'
        in outline
    )
    assert '<bdi lang="en" dir="ltr">Lesson 1.2</bdi></a>' in outline

    lesson = client.get(f"/ar{lessons[0].url}").content.decode()
    assert '<span lang="en" dir="ltr">Lesson 1.2</span> <span class="dir-arrow"' in lesson

    dashboard = client.get("/ar/dashboard/").content.decode()
    card = dashboard.split('<h3 class="card__title" lang="en" dir="ltr"><a href="', 1)[1]
    assert card.split("</h3>", 1)[0].endswith('">Pricing with Incoterms</a>')


def test_the_same_titles_in_english_are_only_isolated(client, demo_site, learner):
    from courses.services.enrollment import enroll
    from tests.courses.builders import make_course

    course, _lessons = make_course()
    enroll(learner, course)
    client.force_login(learner)

    outline = client.get(course.url).content.decode()
    assert '<h3 class="module__title">Module 1: Module 1</h3>' in outline
    assert 'lang="en"' not in outline.split("<main", 1)[1]
