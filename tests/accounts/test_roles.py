"""What each role may do, as the README's roles table promises."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow

from content.models import StandardPage
from courses.models import TrackPage
from lms.accounts import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_migration_creates_the_five_roles_and_replaces_wagtails_defaults():
    names = set(Group.objects.values_list("name", flat=True))
    assert names == {"Learner", "Trainer", "Content moderator", "Ministry analyst", "Site admin"}


def test_every_page_goes_through_content_moderation(demo_site):
    workflow = demo_site.get_workflow()
    assert isinstance(workflow, Workflow)
    assert workflow.name == "Content moderation"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Content moderator"]


@pytest.mark.parametrize(
    ("role", "admin_status"),
    [
        ("Learner", 302),
        ("Trainer", 200),
        ("Content moderator", 200),
        ("Ministry analyst", 200),
        ("Site admin", 200),
    ],
)
def test_who_opens_the_admin(client, role, admin_status):
    client.force_login(UserFactory(role=role))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == admin_status


def test_learner_is_sent_to_sign_in_from_the_admin(client, learner):
    client.force_login(learner)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.url.startswith(reverse("account_login"))


def test_trainer_creates_pages_but_cannot_publish(demo_site, trainer):
    track = TrackPage.objects.get(slug="export-skills")
    home_perms = demo_site.permissions_for_user(trainer)
    track_perms = track.permissions_for_user(trainer)

    assert home_perms.can_add_subpage()
    assert not home_perms.can_publish()
    assert not track_perms.can_edit()  # someone else's page
    assert not track_perms.can_delete()

    own = StandardPage(title="Trainer notes", slug="trainer-notes", owner=trainer)
    demo_site.add_child(instance=own)
    own_perms = own.permissions_for_user(trainer)
    assert own_perms.can_edit()
    assert not own_perms.can_publish()


def test_trainer_submits_to_moderation_and_moderator_approves(
    client, demo_site, trainer, moderator
):
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("content", "standardpage", demo_site.pk)),
        {
            "title": "Export glossary",
            "slug": "export-glossary",
            "introduction": "Terms.",
            "body-count": "0",
            "action-submit": "Submit for moderation",
        },
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="export-glossary")
    assert not page.live
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": "Accurate, thank you."},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def test_moderator_edits_and_publishes_any_page(demo_site, moderator):
    perms = TrackPage.objects.get(slug="export-skills").permissions_for_user(moderator)
    assert perms.can_edit()
    assert perms.can_publish()
    assert perms.can_lock()


def test_analyst_sees_reports_but_no_pages_and_no_users(client, demo_site, analyst):
    assert analyst.has_perm("accounts.view_aggregate_reports")
    assert not analyst.has_perm("accounts.export_learner_data")
    perms = demo_site.permissions_for_user(analyst)
    assert not perms.can_edit()
    assert not perms.can_add_subpage()
    client.force_login(analyst)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 302


def test_learner_has_no_staff_permissions(learner):
    assert not learner.is_staff
    assert not learner.has_perm("wagtailadmin.access_admin")
    assert not learner.has_perm("accounts.view_aggregate_reports")
    assert not roles.has_staff_role(learner)


def test_site_admin_may_do_everything(client, site_admin):
    assert site_admin.is_superuser
    assert site_admin.has_perm("accounts.export_learner_data")
    client.force_login(site_admin)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


def test_unknown_role_is_refused(learner):
    with pytest.raises(ValueError, match="Unknown role 'Teacher'"):
        roles.assign_role(learner, "Teacher")


def test_page_root_keeps_the_trainer_add_permission():
    root = Page.get_first_root_node()
    trainer_perms = root.group_permissions.filter(group__name="Trainer")
    assert [p.permission.codename for p in trainer_perms] == ["add_page"]
