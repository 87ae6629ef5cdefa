"""The audit log: each audited action writes one entry saying who did what to what, when;
site admins read it under Reports → Site history, nobody else reads it and nobody edits it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import LogContext
from wagtail.models import ModelLogEntry

from courses.services.certificates import revoke_certificate
from lms.accounts import roles
from lms.accounts.audit import ACTIONS, record
from lms.accounts.models import AnalystScope
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def entries(action, about=None):
    """The entries of ``action``, about one object if given (fixtures' staff roles are
    audited too)."""
    found = ModelLogEntry.objects.filter(action=action).order_by("pk")
    if about is not None:
        found = found.filter(object_id=str(about.pk))
    return list(found)


def test_assign_role_writes_one_entry_with_who_what_when(learner, site_admin):
    before = timezone.now()
    with LogContext(user=site_admin):
        roles.assign_role(learner, roles.TRAINER)

    [entry] = entries("gga.role.grant", learner)
    assert entry.user_id == site_admin.pk  # who
    assert entry.object_id == str(learner.pk) and entry.data == {"role": "Trainer"}  # what
    assert before <= entry.timestamp <= timezone.now()  # when


def test_the_learner_role_every_signup_gets_is_not_an_audited_change(db):
    UserFactory(role="Learner")
    assert entries("gga.role.grant") == []


def test_group_changes_from_either_side_are_audited_once_each(learner):
    trainers, moderators = (
        Group.objects.get(name="Trainer"),
        Group.objects.get(name="Content moderator"),
    )
    moderators.user_set.add(learner)
    learner.groups.add(trainers)
    learner.groups.remove(trainers)
    learner.groups.clear()

    granted = entries("gga.role.grant", learner)
    assert [e.data["role"] for e in granted] == ["Content moderator", "Trainer"]
    removed = entries("gga.role.remove", learner)
    assert sorted(e.data["role"] for e in removed) == ["Content moderator", "Learner", "Trainer"]
    assert {e.object_id for e in removed} == {str(learner.pk)}


def test_a_role_given_in_wagtails_user_editor_is_audited_once(client, site_admin, learner):
    trainers = Group.objects.get(name="Trainer")
    learner_group = Group.objects.get(name="Learner")
    client.force_login(site_admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[learner.pk]),
        {
            "email": learner.email,
            "first_name": learner.first_name,
            "last_name": learner.last_name,
            "is_active": "on",
            "groups": [learner_group.pk, trainers.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    [entry] = entries("gga.role.grant", learner)
    assert entry.user_id == site_admin.pk and entry.data == {"role": "Trainer"}
    assert entry.object_id == str(learner.pk)


def test_analyst_scope_changes_are_audited_once_each(analyst, site_admin):
    with LogContext(user=site_admin):
        scope = AnalystScope.objects.create(user=analyst, countries=["KE"])
        scope.countries = ["KE", "RW"]
        scope.save()
        scope.delete()

    changes = entries("gga.scope.change")
    assert [(e.data["change"], e.data["countries"]) for e in changes] == [
        ("created", ["KE"]),
        ("changed", ["KE", "RW"]),
        ("deleted", ["KE", "RW"]),
    ]
    assert all(e.user_id == site_admin.pk and e.data["analyst"] == analyst.pk for e in changes)


def test_a_scope_made_in_the_admin_is_audited_once(client, analyst, site_admin):
    client.force_login(site_admin)
    response = client.post(
        reverse("wagtailsnippets_accounts_analystscope:add"),
        {"user": analyst.pk, "countries": ["KE"]},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    [entry] = entries("gga.scope.change")
    assert entry.user_id == site_admin.pk and entry.data["countries"] == ["KE"]


def test_revoking_a_certificate_is_audited_once(moderator, learner, demo_site):
    from courses.models import Certificate

    certificate = Certificate.objects.create(
        user=learner,
        code="GGA-TEST-0001",
        holder_name="Amina Uwase",
        course_title="Pricing for export",
        completed_at=timezone.now(),
        issuer_name="Go Global Academy",
        issuer_url="https://example.org/",
    )
    revoke_certificate(certificate, by=moderator, reason="Issued in error")

    [entry] = entries("gga.certificate.revoke")
    assert entry.user_id == moderator.pk and entry.object_id == str(certificate.pk)
    assert entry.data == {"code": "GGA-TEST-0001", "reason": "Issued in error"}


def test_every_audited_action_has_a_label_in_site_history():
    from wagtail.log_actions import registry

    for action in ACTIONS:
        assert registry.get_action_label(action) == ACTIONS[action][0]


def test_record_refuses_an_unknown_action(learner):
    with pytest.raises(ValueError, match="Unknown audit action"):
        record("gga.made.up", learner)


# --- Reading it ------------------------------------------------------------------------------


SITE_HISTORY = "/admin/reports/site-history/"
MENU_ITEM = '"name": "site-history"'  # in the admin sidebar's JSON


def test_site_admins_read_it_filtered_by_action(client, site_admin, learner):
    with LogContext(user=site_admin):
        roles.assign_role(learner, roles.TRAINER)
        scope_user = UserFactory(role="Ministry analyst", profile=False)
        AnalystScope.objects.create(user=scope_user, countries=["KE"])
    client.force_login(site_admin)

    response = client.get(SITE_HISTORY, {"action": "gga.role.grant"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Role granted" in page and str(learner) in page
    assert "Analyst scope changed" not in page
    assert "Analyst scope changed" in client.get(SITE_HISTORY).content.decode()
    assert client.get(SITE_HISTORY + "results/").status_code == 200
    assert MENU_ITEM in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("role", ["Ministry analyst", "Trainer", "Content moderator"])
def test_no_other_role_reads_it(client, role, learner, site_admin):
    with LogContext(user=site_admin):
        roles.assign_role(learner, roles.TRAINER)
    staff = UserFactory(role=role, profile=False)
    client.force_login(staff)

    for url in (SITE_HISTORY, SITE_HISTORY + "results/", SITE_HISTORY + "?export=csv"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert str(learner).encode() not in response.content
    assert MENU_ITEM not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_learners_and_visitors_do_not_read_it(client, learner):
    assert client.get(SITE_HISTORY).status_code == 302
    client.force_login(learner)
    assert client.get(SITE_HISTORY).status_code == 302


def test_nobody_can_edit_or_delete_an_entry(client, site_admin, learner):
    from django.urls import get_resolver
    from wagtail.snippets.models import get_snippet_models

    with LogContext(user=site_admin):
        roles.assign_role(learner, roles.TRAINER)
    # No admin (Wagtail's or Django's) offers the log entries as something to edit.
    assert ModelLogEntry not in get_snippet_models()
    names = [name for name in get_resolver().reverse_dict if isinstance(name, str)]
    assert not [name for name in names if "logentry" in name.lower()]
    # The report itself is read-only.
    client.force_login(site_admin)
    assert client.post(SITE_HISTORY, {"action": "x"}).status_code == 405
    assert len(entries("gga.role.grant", learner)) == 1
