"""Trainers author only their assigned courses; every change goes through moderation."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CourseAssignment, CoursePage, LessonPage, ModulePage, TrackPage
from tests.courses.builders import make_courses_once
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_site, trainer):
    ((course, lessons),) = make_courses_once({"lessons_per_module": (2,)})
    CourseAssignment.objects.create(course=course, trainer=trainer)
    return course, lessons


def test_assigned_trainer_edits_the_course_and_its_lessons_but_cannot_publish(trainer, course):
    course, lessons = course
    for page in (course, lessons[0].get_parent(), lessons[0]):
        perms = page.specific.permissions_for_user(trainer)
        assert perms.can_edit(), page
        assert not perms.can_publish(), page
    assert course.permissions_for_user(trainer).can_add_subpage()


def test_other_trainer_cannot_edit_or_add_to_the_course(client, course):
    course, lessons = course
    other = UserFactory(role="Trainer", profile=False)
    for page in (course, lessons[0].get_parent(), lessons[0]):
        perms = page.specific.permissions_for_user(other)
        assert not perms.can_edit()
        assert not perms.can_add_subpage()
    client.force_login(other)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[lessons[0].pk])).status_code == 302
    response = client.get(
        reverse(
            "wagtailadmin_pages:add", args=("courses", "lessonpage", lessons[0].get_parent().pk)
        )
    )
    assert response.status_code == 302


def test_moderator_edits_every_course(moderator, course):
    course, lessons = course
    assert lessons[0].specific.permissions_for_user(moderator).can_publish()


def test_trainer_creates_a_course_is_assigned_and_submits_it(client, demo_site, trainer, moderator):
    track = TrackPage.objects.get(slug="brand-going-abroad")
    client.force_login(trainer)
    data = nested_form_data(
        {
            "title": "Naming your brand",
            "slug": "naming-your-brand",
            "summary": "Pick a name that travels.",
            "description": rich_text("<p>Why names matter abroad.</p>"),
            "outcomes": streamfield([("outcome", "Check a name in target languages")]),
            "level": "beginner",
            "estimated_hours": "1.5",
            "language": "en",
            "completion_rule": "all_lessons",
            "certificate_enabled": "on",
            "action-submit": "Submit for moderation",
        }
    )
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("courses", "coursepage", track.pk)), data
    )
    assert response.status_code == 302, response.context["form"].errors
    course = CoursePage.objects.get(slug="naming-your-brand")
    assert not course.live
    assert CourseAssignment.objects.filter(course=course, trainer=trainer).exists()
    assert course.current_workflow_state.status == "in_progress"

    module = ModulePage(title="Names", slug="names", owner=trainer)
    course.add_child(instance=module)
    assert module.permissions_for_user(trainer).can_edit()

    client.force_login(moderator)
    task_state = course.current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(course.pk, "approve", task_state.pk)),
        {"comment": ""},
    )
    course.refresh_from_db()
    assert course.live


def test_lesson_blocks_render_for_learners(client, learner, course):
    from courses import services

    course, lessons = course
    lesson = LessonPage.objects.get(pk=lessons[1].pk)
    lesson.body = [
        ("heading", {"text": "Choosing a rule", "level": "h2"}),
        ("callout", {"kind": "warning", "title": "Check", "text": "<p>Ask your carrier.</p>"}),
        ("key_takeaways", {"title": "Key takeaways", "items": ["FCA suits containers"]}),
        (
            "case_study",
            {
                "title": "A roaster ships",
                "business": "A coffee roaster, 6 staff",
                "challenge": "<p>Costly freight.</p>",
                "approach": "<p>Switched rule.</p>",
                "outcome": "<p>Clearer costs.</p>",
            },
        ),
        (
            "external_resource",
            {
                "title": "Incoterms",
                "url": "https://iccwbo.org/",
                "publisher": "ICC",
                "description": "The rules.",
            },
        ),
    ]
    lesson.save_revision().publish()
    services.enroll(learner, course)
    client.force_login(learner)

    html = client.get(lesson.url).content.decode()
    assert "<h2>Choosing a rule</h2>" in html
    assert 'class="callout callout--warning"' in html and "Ask your carrier." in html
    assert "<li>FCA suits containers</li>" in html
    assert "A coffee roaster, 6 staff" in html
    assert 'href="https://iccwbo.org/"' in html


def test_image_block_requires_alt_text():
    from content.blocks import ImageBlock

    block = ImageBlock()
    assert block.child_blocks["alt_text"].required
