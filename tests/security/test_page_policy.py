"""One course assignment rule on every admin surface that lists or opens pages.

Trainer X is assigned to course X, not to course Y. Course Y holds a draft lesson that
trainer X wrote before being moved off the course (so Wagtail's own "owner may edit" rule
would still let them in) and submitted to moderation; course X holds a draft a moderator
wrote (so only the assignment, not ownership, lets trainer X in). Each surface must show
trainer X the second and never the first (courses.permissions, courses.wagtail_hooks).
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, WorkflowState
from wagtail.permissions import policy_registry

from courses.models import LessonPage, ModulePage

pytestmark = pytest.mark.django_db

Y_DRAFT = "Unpublished Y lesson by trainer X"
X_DRAFT = "Unpublished X lesson by a moderator"


def _draft(module, title, owner):
    lesson = LessonPage(title=title, live=False, owner=owner, body=[("paragraph", "<p>x</p>")])
    module.add_child(instance=lesson)
    lesson.save_revision(user=owner)
    lesson.get_workflow().start(lesson, owner)
    return lesson


@pytest.fixture
def drafts(security_world):
    users, objects = security_world.users, security_world.objects
    module_x = ModulePage.objects.child_of(objects["course_x"]).first()
    module_y = ModulePage.objects.child_of(objects["course_y"]).first()
    y_draft = _draft(module_y, Y_DRAFT, users["trainer_x"])
    x_draft = _draft(module_x, X_DRAFT, users["moderator"])
    return {"x": x_draft, "y": y_draft, "module_x": module_x, "module_y": module_y}


def _shows(response, title) -> bool:
    return response.status_code == 200 and title in response.content.decode()


def test_explorer_lists_only_assigned_courses_pages(security_world, drafts):
    client = security_world.client("trainer_x")
    listing_y = client.get(reverse("wagtailadmin_explore", args=[drafts["module_y"].pk]))
    assert not _shows(listing_y, Y_DRAFT)
    listing_x = client.get(reverse("wagtailadmin_explore", args=[drafts["module_x"].pk]))
    assert _shows(listing_x, X_DRAFT)


@pytest.mark.search
def test_admin_page_search_finds_only_assigned_courses_pages(security_world, drafts):
    client = security_world.client("trainer_x")
    url = reverse("wagtailadmin_pages:search")
    assert not _shows(client.get(url, {"q": "Unpublished Y lesson"}), Y_DRAFT)
    assert _shows(client.get(url, {"q": "Unpublished X lesson"}), X_DRAFT)


def test_admin_api_lists_and_opens_only_assigned_courses_pages(security_world, drafts):
    client = security_world.client("trainer_x")
    listing = client.get("/admin/api/main/pages/", {"child_of": drafts["module_y"].pk})
    assert Y_DRAFT not in listing.content.decode()
    assert client.get(f"/admin/api/main/pages/{drafts['y'].pk}/").status_code == 404
    listing = client.get("/admin/api/main/pages/", {"child_of": drafts["module_x"].pk})
    assert X_DRAFT in listing.content.decode()


@pytest.mark.search
def test_page_chooser_offers_only_assigned_courses_pages(security_world, drafts):
    client = security_world.client("trainer_x")
    browse_y = client.get(reverse("wagtailadmin_choose_page_child", args=[drafts["module_y"].pk]))
    assert browse_y.status_code in (302, 403)  # refused, not an empty listing
    assert Y_DRAFT not in browse_y.content.decode()
    search = reverse("wagtailadmin_choose_page_search")
    assert Y_DRAFT not in client.get(search, {"q": "Unpublished"}).content.decode()
    assert X_DRAFT in client.get(search, {"q": "Unpublished"}).content.decode()
    browse_x = client.get(reverse("wagtailadmin_choose_page_child", args=[drafts["module_x"].pk]))
    assert X_DRAFT in browse_x.content.decode()


@pytest.mark.parametrize("report", ["workflow", "workflow_tasks"])
def test_workflow_reports_show_only_assigned_courses_pages(security_world, drafts, report):
    assert WorkflowState.objects.filter(object_id=str(drafts["y"].pk)).exists()
    client = security_world.client("trainer_x")
    response = client.get(reverse(f"wagtailadmin_reports:{report}"))
    assert not _shows(response, Y_DRAFT)
    assert _shows(response, X_DRAFT)
    moderator_view = security_world.client("moderator").get(
        reverse(f"wagtailadmin_reports:{report}")
    )
    assert _shows(moderator_view, Y_DRAFT)


def test_locked_pages_report_shows_no_course_y_page(security_world, drafts):
    drafts["y"].locked = True
    drafts["y"].locked_by = security_world.users["moderator"]
    drafts["y"].save(update_fields=["locked", "locked_by"])
    response = security_world.client("trainer_x").get(reverse("wagtailadmin_reports:locked_pages"))
    assert not _shows(response, Y_DRAFT)


def test_editing_sessions_refuse_course_y_pages(security_world, drafts):
    client = security_world.client("trainer_x")

    def ping(page):
        url = reverse(
            "wagtailadmin_editing_sessions:ping",
            args=["wagtailcore", "page", page.pk, 0],
        )
        return client.post(url, {"is_editing": "1"})

    assert ping(drafts["y"]).status_code == 404
    assert ping(drafts["x"]).status_code == 200


def test_edit_view_and_url_finder_follow_the_rule(security_world, drafts):
    trainer_x = security_world.users["trainer_x"]
    client = security_world.client("trainer_x")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[drafts["y"].pk])).status_code in (
        302,
        403,
    )
    assert client.get(reverse("wagtailadmin_pages:edit", args=[drafts["x"].pk])).status_code == 200
    finder = AdminURLFinder(trainer_x)
    assert finder.get_edit_url(Page.objects.get(pk=drafts["y"].pk)) is None
    assert finder.get_edit_url(Page.objects.get(pk=drafts["x"].pk)) is not None


def test_the_policy_and_the_tester_agree_on_every_course_page(security_world, drafts):
    """For each page of courses X and Y, both objects Wagtail asks give the same answer."""
    policy = policy_registry.get_by_type(Page)
    for role in ("trainer_x", "trainer_y", "moderator"):
        user = security_world.users[role]
        editable = set(
            policy.instances_user_has_permission_for(user, "change").values_list("pk", flat=True)
        )
        for course in ("course_x", "course_y"):
            for page in Page.objects.descendant_of(security_world.objects[course], inclusive=True):
                tester_says = page.permissions_for_user(user).can_edit()
                assert (
                    policy.user_has_permission_for_instance(user, "change", page) == tester_says
                ), (
                    role,
                    page.title,
                )
                assert (page.pk in editable) == tester_says, (role, page.title)


def test_course_y_lessons_live_elsewhere_for_its_own_trainer(security_world, drafts):
    """Trainer Y, assigned to Y, sees Y's draft (the rule narrows, it does not hide Y)."""
    client = security_world.client("trainer_y")
    response = client.get(reverse("wagtailadmin_explore", args=[drafts["module_y"].pk]))
    assert _shows(response, Y_DRAFT)
    assert LessonPage.objects.filter(title=Y_DRAFT).exists()
