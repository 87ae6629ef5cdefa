"""One course whichever translation a learner reads: enrollment, progress, quiz attempts and
the certificate belong to the English source; the pages speak the reader's language."""

import pytest

from courses import services
from courses.models import Certificate, LessonPage, LessonProgress, QuizAttempt, QuizChoice
from courses.services.trainer_reports import visible_courses
from lms.reports.queries import load_catalogue
from tests.courses.builders import publish_child

from .conftest import in_language, url_in

pytestmark = pytest.mark.django_db


def lesson_row(html: str, title: str) -> str:
    """The outline row (<li …>) holding ``title``."""
    end = html.index(title)
    start = html.rindex("<li", 0, end)
    return html[start : html.index("</li>", end)]


def test_enrolled_in_english_sees_their_ticks_on_the_french_course(
    client, learner, course_in_three_languages
):
    course, lessons, _quiz = course_in_three_languages
    services.enroll(learner, course)
    services.complete_lesson(learner, lessons[0])
    client.force_login(learner)

    response = client.get(url_in(in_language(course, "fr"), "fr"))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr"' in html
    assert "<h1>Fixer ses prix à l’export</h1>" in html
    assert "lesson-row--done" in lesson_row(html, "Leçon 1 : le prix départ usine")
    assert "lesson-row--done" not in lesson_row(html, "Leçon 2 : choisir son Incoterm")
    # The French lesson links lead to the French pages.
    assert 'href="/fr/export-skills/pricing/module-1/lesson-1-2/"' in html


def test_completing_the_french_lesson_ticks_the_english_one(
    client, learner, course_in_three_languages
):
    course, lessons, _quiz = course_in_three_languages
    services.enroll(learner, course)
    client.force_login(learner)
    french_lesson = in_language(lessons[0], "fr")

    response = client.post(f"/fr/learn/lessons/{french_lesson.pk}/complete/")

    assert response.status_code == 302
    assert response.url == "/fr/export-skills/pricing/module-1/lesson-1-2/"
    assert list(LessonProgress.objects.filter(user=learner).values_list("lesson", "course")) == [
        (lessons[0].pk, course.pk)
    ]
    html = client.get(course.url).content.decode()
    assert "lesson-row--done" in lesson_row(html, "Lesson 1.1")


def test_enrolling_from_the_french_page_enrolls_in_the_course(
    client, learner, course_in_three_languages
):
    course, _lessons, _quiz = course_in_three_languages
    client.force_login(learner)

    client.post(f"/fr/learn/courses/{in_language(course, 'fr').pk}/enroll/")

    assert [e.course_id for e in learner.enrollments.all()] == [course.pk]
    dashboard = client.get("/fr/dashboard/").content.decode()
    assert "Fixer ses prix à l’export" in dashboard
    assert 'href="/fr/export-skills/pricing/"' in dashboard


def test_quiz_passed_in_arabic_issues_the_courses_certificate(
    client, learner, course_in_three_languages, django_capture_on_commit_callbacks
):
    course, lessons, quiz = course_in_three_languages
    services.enroll(learner, course)
    for lesson in lessons:
        services.complete_lesson(learner, lesson)
    client.force_login(learner)
    arabic_quiz = in_language(quiz, "ar")

    response = client.post(f"/ar/learn/quizzes/{arabic_quiz.pk}/start/")
    attempt = QuizAttempt.objects.get(user=learner)
    assert attempt.quiz_id == quiz.pk  # one quiz, whichever language it was taken in
    page = client.get(response.url).content.decode()
    assert "أي قاعدة تنقل المخاطر عند تسليم البضاعة إلى ناقل المشتري؟" in page
    assert "FCA (التسليم إلى الناقل)" in page
    assert "Which rule passes risk" not in page

    right = QuizChoice.objects.get(question__quiz=quiz, is_correct=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/ar/learn/attempts/{attempt.pk}/submit/", {f"q-{right.question_id}": right.pk}
        )

    attempt.refresh_from_db()
    assert attempt.passed is True
    assert learner.enrollments.get().completed_at is not None
    assert list(Certificate.objects.filter(user=learner).values_list("course", flat=True)) == [
        course.pk
    ]
    result = client.get(f"/ar/learn/attempts/{attempt.pk}/result/").content.decode()
    assert "اختبار الإنكوترمز" in result


def test_reports_and_trainers_count_one_course(course_in_three_languages, moderator):
    course, _lessons, _quiz = course_in_three_languages
    french, arabic = in_language(course, "fr"), in_language(course, "ar")

    catalogue = load_catalogue()

    assert course.pk in catalogue.courses
    assert french.pk not in catalogue.courses and arabic.pk not in catalogue.courses
    assert catalogue.courses[course.pk].lessons == 2
    listed = set(visible_courses(moderator).values_list("pk", flat=True))
    assert course.pk in listed and french.pk not in listed


def test_a_page_not_yet_translated_opens_under_the_language_prefix(
    client, course_in_three_languages
):
    course, lessons, _quiz = course_in_three_languages
    module = lessons[0].get_parent()
    publish_child(
        module,
        LessonPage(
            title="Lesson only in English",
            slug="english-only",
            body=[("paragraph", "<p>Not translated yet.</p>")],
            is_preview=True,
        ),
    )

    french = client.get("/fr/export-skills/pricing/module-1/english-only/")
    # Arabic has the course and module but none of the lessons.
    arabic = client.get("/ar/export-skills/pricing/module-1/lesson-1-1/")

    assert french.status_code == 200
    assert "Lesson only in English" in french.content.decode()
    assert '<html lang="fr"' in french.content.decode()
    assert arabic.status_code == 200
    assert "Teaching text of lesson 1.1." in arabic.content.decode()
    assert client.get("/fr/export-skills/pricing/module-1/no-such-lesson/").status_code == 404


@pytest.mark.search
def test_search_finds_pages_in_the_readers_language(client, course_in_three_languages):
    french = client.get("/fr/search/", {"q": "prix"}).content.decode()
    english = client.get("/search/", {"q": "pricing"}).content.decode()

    assert "Fixer ses prix à l’export" in french
    assert "Course pricing" in english and "Fixer ses prix" not in english


def test_a_translated_module_leads_to_its_heading_in_the_translated_outline(
    client, course_in_three_languages
):
    course, lessons, _quiz = course_in_three_languages
    module = lessons[0].get_parent()
    french_module = in_language(module, "fr")

    response = client.get(url_in(french_module, "fr"))

    assert response.url == f"/fr/export-skills/pricing/#module-{module.pk}"
    assert f'id="module-{module.pk}"' in client.get(response.url).content.decode()
