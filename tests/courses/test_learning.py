"""Enrollment, access, progress, resume and completion, as a learner meets them."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import services
from courses.models import Enrollment, LessonProgress
from tests.courses.builders import make_course, make_courses_once
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_site):
    return make_courses_once({"lessons_per_module": (2, 2)})[0]


def enroll_url(course):
    return reverse("courses:enroll", args=[course.pk])


def complete_url(lesson):
    return reverse("courses:complete_lesson", args=[lesson.pk])


def test_enrolling_takes_the_learner_to_the_first_lesson(client, learner, course):
    course, lessons = course
    client.force_login(learner)

    response = client.post(enroll_url(course))

    assert response.status_code == 302
    assert response.url == lessons[0].url
    enrollment = Enrollment.objects.get(user=learner, course=course)
    assert enrollment.is_active


def test_enrolling_twice_keeps_one_enrollment(client, learner, course):
    course, _ = course
    client.force_login(learner)
    client.post(enroll_url(course))
    client.post(enroll_url(course))

    assert Enrollment.objects.filter(user=learner, course=course).count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrollment.objects.create(user=learner, course=course)


def test_enrolling_in_an_unpublished_or_missing_course_is_404(client, learner, course):
    course, _ = course
    client.force_login(learner)
    course.unpublish()

    assert client.post(enroll_url(course)).status_code == 404
    assert client.post(reverse("courses:enroll", args=[999_999])).status_code == 404
    assert not Enrollment.objects.exists()


def test_enrolling_needs_sign_in_and_post(client, learner, course):
    course, _ = course
    assert client.post(enroll_url(course)).url.startswith(reverse("account_login"))
    client.force_login(learner)
    assert client.get(enroll_url(course)).status_code == 405


def test_leaving_keeps_history_and_progress(client, learner, course):
    course, lessons = course
    client.force_login(learner)
    client.post(enroll_url(course))
    client.post(complete_url(lessons[0]))

    client.post(reverse("courses:unenroll", args=[course.pk]))
    enrollment = Enrollment.objects.get(user=learner, course=course)
    assert enrollment.status == "withdrawn" and enrollment.withdrawn_at is not None
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert client.get(lessons[1].url).status_code == 302  # no longer readable

    client.post(enroll_url(course))
    enrollment.refresh_from_db()
    assert enrollment.is_active and enrollment.withdrawn_at is None
    assert Enrollment.objects.filter(user=learner).count() == 1


def test_visitors_get_the_course_page_not_the_lesson(client, learner, course):
    course, lessons = course

    response = client.get(lessons[1].url)
    assert response.status_code == 302
    assert response.url == course.url + "#enroll"

    client.force_login(learner)
    response = client.get(lessons[1].url, follow=True)
    html = response.content.decode()
    assert "Enroll in this course to open its lessons." in html
    assert "Enroll for free" in html
    assert "Teaching text of lesson 1.2" not in html


def test_preview_lessons_are_public(client, course):
    course, lessons = course
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert "Teaching text of lesson 1.1" in response.content.decode()
    assert "This is a free preview" in response.content.decode()


def test_enrolled_learner_reads_and_completes_a_lesson(client, learner, course):
    course, lessons = course
    client.force_login(learner)
    client.post(enroll_url(course))

    page = client.get(lessons[1].url)
    assert page.status_code == 200
    assert "Mark as complete" in page.content.decode()

    response = client.post(complete_url(lessons[1]))
    assert response.status_code == 302
    assert response.url == lessons[0].url  # the first unfinished lesson comes next
    assert LessonProgress.objects.filter(user=learner, lesson=lessons[1]).count() == 1
    client.post(complete_url(lessons[1]))
    assert LessonProgress.objects.filter(user=learner, lesson=lessons[1]).count() == 1


def test_forged_or_foreign_lesson_ids_change_nothing(client, learner, course):
    course, lessons = course
    other, other_lessons = make_course((1,), slug="other-course")
    client.force_login(learner)
    client.post(enroll_url(course))

    assert client.post(reverse("courses:complete_lesson", args=[999_999])).status_code == 404
    assert client.post(reverse("courses:complete_lesson", args=[course.pk])).status_code == 404
    assert client.post(complete_url(other_lessons[0])).status_code == 404  # not enrolled there
    assert not LessonProgress.objects.exists()


def test_draft_and_private_lessons_never_reach_a_learner(client, learner, course):
    course, lessons = course
    client.force_login(learner)
    client.post(enroll_url(course))
    lessons[2].unpublish()
    PageViewRestriction.objects.create(page=lessons[3], restriction_type="password", password="x")

    assert client.get(lessons[2].url).status_code == 404
    private = client.get(lessons[3].url)
    assert private.status_code == 200
    assert "Teaching text of lesson 2.2" not in private.content.decode()  # password form
    outline = client.get(course.url).content.decode()
    assert "Lesson 2.1" not in outline and "Lesson 2.2" not in outline
    assert "Lesson 1.2" in outline


def test_course_page_shows_ticks_percent_and_resume(client, learner, course):
    course, lessons = course
    client.force_login(learner)
    client.post(enroll_url(course))
    client.post(complete_url(lessons[0]))

    html = client.get(course.url).content.decode()
    assert "1 of 4 lessons done (25%)" in html
    assert html.count("lesson-row--done") == 1
    assert f'href="{reverse("courses:resume", args=[course.pk])}"' in html

    response = client.get(reverse("courses:resume", args=[course.pk]))
    assert response.url == lessons[1].url


def test_sequential_course_locks_later_lessons(client, learner, demo_site):
    course, lessons = make_course((3,), slug="in-order", sequential=True, preview_first=False)
    client.force_login(learner)
    client.post(enroll_url(course))

    assert client.get(lessons[0].url).status_code == 200
    locked = client.get(lessons[2].url)
    assert locked.status_code == 302 and locked.url == course.url
    refused = client.post(complete_url(lessons[2]), follow=True)
    assert "Finish the earlier lessons" in refused.content.decode()
    assert not LessonProgress.objects.exists()

    client.post(complete_url(lessons[0]))
    client.post(complete_url(lessons[1]))
    assert client.get(lessons[2].url).status_code == 200


def test_completing_every_lesson_completes_the_course_once(client, learner, course):
    course, lessons = course
    client.force_login(learner)
    client.post(enroll_url(course))
    for lesson in lessons[:-1]:
        client.post(complete_url(lesson))
    assert Enrollment.objects.get(user=learner).completed_at is None

    response = client.post(complete_url(lessons[-1]), follow=True)
    assert "Course complete" in response.content.decode()
    completed_at = Enrollment.objects.get(user=learner).completed_at
    assert completed_at is not None

    client.post(complete_url(lessons[-1]))
    assert Enrollment.objects.get(user=learner).completed_at == completed_at
    assert "Completed on" in client.get(course.url).content.decode()


def test_completion_service_is_the_one_rule(learner, course):
    course, lessons = course
    services.enroll(learner, course)
    progress = None
    for lesson in lessons:
        progress = services.complete_lesson(learner, lesson)
    assert progress.is_complete and progress.percent == 100
    with pytest.raises(services.NotEnrolled):
        services.complete_lesson(UserFactory(), lessons[0])


def test_staff_review_lessons_without_enrolling(client, trainer, course):
    course, lessons = course
    client.force_login(trainer)
    assert client.get(lessons[1].url).status_code == 200


def test_module_urls_lead_to_the_course_outline(client, course):
    course, lessons = course
    module = lessons[0].get_parent()
    response = client.get(module.url)
    assert response.status_code == 302
    assert response.url == f"{course.url}#module-{module.pk}"


def test_a_republished_lesson_shows_its_new_text(client, learner, course):
    from courses.models import LessonPage

    course, lessons = course
    services.enroll(learner, course)
    client.force_login(learner)
    assert "Teaching text of lesson 1.2" in client.get(lessons[1].url).content.decode()

    lesson = LessonPage.objects.get(pk=lessons[1].pk)
    lesson.body = [("paragraph", "<p>Corrected teaching text.</p>")]
    lesson.save_revision().publish()

    html = client.get(lessons[1].url).content.decode()
    assert "Corrected teaching text." in html
    assert "Teaching text of lesson 1.2" not in html
