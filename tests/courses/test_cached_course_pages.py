"""A signed-in course or lesson page reads the course's outline, trainers and translations'
addresses from the cache, and the learner's enrollment, ticks and passed quizzes in one
query: what a learner sees still follows every change at once."""

import pytest
from django.utils import timezone

from content.translations import publish_page_translation
from courses import services
from courses.models import CourseAssignment, ModulePage, QuizAttempt
from tests.courses.builders import make_course, make_quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_trainers_on_a_course_page_follow_each_assignment(client, learner, demo_site):
    course, _lessons = make_course(slug="trained")
    client.force_login(learner)
    assert "Trainers" not in page(client, course.url)  # the outline is cached now

    trainer = UserFactory(role="Trainer", first_name="Amina", last_name="Diallo")
    assignment = CourseAssignment.objects.create(course=course, trainer=trainer)
    assert "Amina Diallo" in page(client, course.url)

    trainer.last_name = "Traoré"
    trainer.save()
    html = page(client, course.url)
    assert "Amina Traoré" in html
    assert "Amina Diallo" not in html

    assignment.delete()
    assert "Amina Traoré" not in page(client, course.url)


def test_the_course_page_shows_ticks_and_passed_quizzes_as_they_happen(client, learner, demo_site):
    course, lessons = make_course((2,), slug="ticked")
    quiz = make_quiz(ModulePage.objects.child_of(course).get())
    client.force_login(learner)
    assert "lesson-row--done" not in page(client, course.url)

    services.enroll(learner, course)
    services.complete_lesson(learner, lessons[0])
    html = page(client, course.url)
    assert html.count("lesson-row--done") == 1

    QuizAttempt.objects.create(
        user=learner, quiz=quiz, submitted_at=timezone.now(), score=100, passed=True
    )
    assert page(client, course.url).count("lesson-row--done") == 2

    # Leaving keeps the record: the ticks stay, the lessons close again.
    services.unenroll(learner, course)
    assert page(client, course.url).count("lesson-row--done") == 2
    response = client.get(lessons[1].url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"{course.url}#enroll")


def test_a_lesson_shows_where_the_learner_stands(client, learner, demo_site):
    course, lessons = make_course((3,), slug="standing", preview_first=False)
    client.force_login(learner)
    assert client.get(lessons[0].url).status_code == 302  # not enrolled: refused

    services.enroll(learner, course)
    services.complete_lesson(learner, lessons[0])
    html = page(client, lessons[0].url)
    assert "1 of 3 lessons done" in html
    assert "Mark as complete" not in html
    assert "Mark as complete" in page(client, lessons[1].url)


def test_a_lessons_language_links_follow_a_new_translation(client, learner, demo_site):
    course, lessons = make_course((1,), slug="translated")
    services.enroll(learner, course)
    client.force_login(learner)
    assert 'hreflang="fr" href="http://testserver/fr/export-skills/translated/' in page(
        client, lessons[0].url
    )  # no translation yet: the English page under the French prefix

    module = ModulePage.objects.child_of(course).get()
    for source, title in [
        (demo_site, "Accueil"),
        (course.get_parent().specific, "Compétences export"),
        (course, "Cours traduit"),
        (module, "Module un"),
    ]:
        publish_page_translation(source, "fr", {"title": title, "slug": f"fr-{source.slug}"})
    french = publish_page_translation(lessons[0], "fr", {"title": "Leçon", "slug": "lecon"})
    html = page(client, lessons[0].url)
    assert f'hreflang="fr" href="http://testserver{french.get_url()}"' in html
    assert french.get_url().endswith("/lecon/")


def test_the_course_page_links_follow_a_renamed_lesson_and_module(client, learner, demo_site):
    """The outline keeps its pages' addresses in the cache: a new slug, of a lesson or of the
    module above it, shows at once."""
    course, lessons = make_course((2,), slug="renamed")
    services.enroll(learner, course)
    client.force_login(learner)
    old_url = lessons[0].url
    assert f'href="{old_url}"' in page(client, course.url)  # the outline is cached now

    lessons[0].slug = "first-steps"
    lessons[0].save_revision().publish()
    html = page(client, course.url)
    assert f'href="{old_url}"' not in html
    lessons[0].refresh_from_db()
    assert lessons[0].url.endswith("/first-steps/")
    assert f'href="{lessons[0].url}"' in html

    module = ModulePage.objects.child_of(course).get()
    module.slug = "part-one"
    module.save_revision().publish()
    html = page(client, course.url)
    for lesson in lessons:
        lesson.refresh_from_db()
        assert "/part-one/" in lesson.url
        assert f'href="{lesson.url}"' in html
