"""Trainers translate the courses they may edit, see which translations are out of date
after the English source changes, and translations go through the same moderation."""

import pytest

from courses.models import CourseAssignment
from tests.factories import UserFactory

from .conftest import in_language

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/course-translations/"


@pytest.fixture
def assigned_trainer(trainer, course_in_three_languages):
    CourseAssignment.objects.create(course=course_in_three_languages[0], trainer=trainer)
    return trainer


def report_row(html: str, title: str) -> str:
    end = html.index(title)
    return html[html.rindex("<tr", 0, end) : html.index("</tr>", end)]


def test_translating_is_editing(assigned_trainer, course_in_three_languages):
    _course, lessons, _quiz = course_in_three_languages
    french_lesson = in_language(lessons[0], "fr")
    stranger = UserFactory(role="Trainer", profile=False)

    assert assigned_trainer.has_perm("simple_translation.submit_translation")
    assert french_lesson.permissions_for_user(assigned_trainer).can_edit()
    assert not french_lesson.permissions_for_user(assigned_trainer).can_publish()
    assert not french_lesson.permissions_for_user(stranger).can_edit()
    # The moderation workflow on the root covers every locale's tree.
    assert french_lesson.get_workflow() == lessons[0].get_workflow() is not None


def test_out_of_date_translations_are_shown_to_the_trainer(
    client, assigned_trainer, course_in_three_languages
):
    _course, lessons, _quiz = course_in_three_languages
    client.force_login(assigned_trainer)
    html = client.get(REPORT).content.decode()
    assert "Up to date" in report_row(html, "Leçon 1 : le prix départ usine")

    lessons[0].refresh_from_db()
    lessons[0].body = [("paragraph", "<p>The rates changed in 2027.</p>")]
    lessons[0].save_revision().publish()

    html = client.get(REPORT).content.decode()
    assert "Out of date" in report_row(html, "Leçon 1 : le prix départ usine")
    assert "Up to date" in report_row(html, "Leçon 2 : choisir son Incoterm")
    assert html.index("Leçon 1 : le prix départ usine") < html.index("Leçon 2 : choisir")
    response = client.get(REPORT, {"export": "csv"})
    csv = b"".join(response.streaming_content).decode()
    assert "Leçon 1 : le prix départ usine,French,Lesson 1.1,Course pricing,Out of date" in csv


def test_a_trainer_sees_only_their_courses_translations(client, trainer, demo_site):
    from tests.courses.builders import make_course

    make_course((1,), slug="someone-elses")
    client.force_login(trainer)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert "None of these courses has a translation yet." in response.content.decode()


def test_learners_cannot_open_the_report(client, learner):
    client.force_login(learner)
    assert client.get(REPORT).status_code in (302, 403)


def test_an_assigned_trainer_translates_a_whole_course_in_the_admin(
    client, assigned_trainer, course_in_three_languages
):
    from content.translations import locale_for, publish_page_translation
    from courses.models import LessonPage

    course, lessons, _quiz = course_in_three_languages
    for ancestor in course.get_ancestors().filter(depth__gt=1):  # home, track
        publish_page_translation(ancestor, "es", {"title": ancestor.title})
    client.force_login(assigned_trainer)

    response = client.post(
        f"/admin/translation/submit/page/{course.pk}/",
        {"locales": [locale_for("es").pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    spanish = LessonPage.objects.filter(locale__language_code="es")
    assert sorted(spanish.values_list("translation_key", flat=True)) == sorted(
        lesson.translation_key for lesson in lessons
    )
    assert not spanish.filter(live=True).exists()  # drafts, to translate and submit
    assert spanish.first().permissions_for_user(assigned_trainer).can_edit()
    html = client.get(REPORT).content.decode()
    assert "Not published" in report_row(html, "Lesson 1.1")
