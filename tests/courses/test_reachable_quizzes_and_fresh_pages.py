"""Completion counts only the graded quizzes a learner can reach, and cached lesson and
course pages show an edited glossary term or trainer assignment at once."""

import pytest

from content.models import GlossaryTerm
from courses import services
from courses.models import CompletionRule, CourseAssignment, ModulePage
from tests.courses.builders import make_course, make_quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

QUIZ = [{"type": "short_text", "text": "Which rule?", "accepted": ["FCA"]}]


def finish_lessons(learner, lessons):
    for lesson in lessons:
        services.complete_lesson(learner, lesson)


def test_a_graded_quiz_in_an_unpublished_module_does_not_block_completion(demo_site, learner):
    course, lessons = make_course((1, 1), completion_rule=CompletionRule.LESSONS_AND_QUIZZES)
    hidden_module = ModulePage.objects.child_of(course).order_by("-path").first()
    make_quiz(hidden_module, QUIZ, graded=True)
    hidden_module.unpublish()  # its quiz stays live, but no learner can reach it
    services.enroll(learner, course)
    reachable = [lesson for lesson in lessons if not lesson.path.startswith(hidden_module.path)]
    finish_lessons(learner, reachable)
    enrollment = services.get_enrollment(learner, course)
    assert enrollment.completed_at is not None
    assert not services.unpassed_graded_quiz(learner, course)


def test_a_reachable_graded_quiz_still_has_to_be_passed(demo_site, learner):
    course, lessons = make_course((1, 1), completion_rule=CompletionRule.LESSONS_AND_QUIZZES)
    module = ModulePage.objects.child_of(course).order_by("-path").first()
    quiz = make_quiz(module, QUIZ, graded=True)
    services.enroll(learner, course)
    finish_lessons(learner, lessons)
    assert services.get_enrollment(learner, course).completed_at is None
    assert services.unpassed_graded_quiz(learner, course)
    attempt = services.start_attempt(learner, quiz)
    services.submit_attempt(learner, attempt.pk, {f"q-{attempt.question_ids[0]}": "FCA"})
    assert services.get_enrollment(learner, course).completed_at is not None


def test_a_new_or_removed_trainer_shows_on_the_cached_course_page(client, demo_site):
    course, _ = make_course((1,))
    trainer = UserFactory(role="Trainer", first_name="Nadia", last_name="Haddad", profile=False)
    assert client.get(course.url)["X-Page-Cache"] == "miss"
    assert client.get(course.url)["X-Page-Cache"] == "hit"
    assignment = CourseAssignment.objects.create(course=course, trainer=trainer)
    assert "Nadia Haddad" in client.get(course.url).content.decode()
    assignment.delete()
    assert "Nadia Haddad" not in client.get(course.url).content.decode()


def test_an_edited_or_deleted_glossary_term_shows_in_the_cached_lesson(client, demo_site):
    term = GlossaryTerm.objects.create(
        term="Free carrier", abbreviation="FCA", definition="<p>First wording.</p>"
    )
    course, lessons = make_course((1,))
    lesson = lessons[0]
    lesson.body = [("glossary_term", {"term": term, "note": ""})]
    lesson.save_revision().publish()
    learner = UserFactory()
    services.enroll(learner, course)
    client.force_login(learner)
    assert "First wording." in client.get(lesson.url).content.decode()
    term.definition = "<p>Second wording.</p>"
    term.save()
    page = client.get(lesson.url).content.decode()
    assert "Second wording." in page
    assert "First wording." not in page
