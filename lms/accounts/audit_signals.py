"""Audit entries for role and scope changes, written from the models' signals.

Recorded here, not in the code paths that make the changes, so that every path
(``roles.assign_role``, Wagtail's user editor, the Django admin, the analyst-scope snippet
and the reports app's own scope view) writes exactly one entry and none has to remember
to. Who did it comes from Wagtail's log context, which the admin sets for each request;
other code paths wrap themselves in ``wagtail.log_actions.LogContext(user=...)``.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import AnalystScope, User


def _record_roles(action: str, users, group_names) -> None:
    from .audit import record
    from .roles import LEARNER

    for user in users:
        for name in sorted(group_names):
            # Every signup is put in the Learner group; the account's creation is its record.
            if action == "gga.role.grant" and name == LEARNER:
                continue
            record(action, user, role=name)


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="audit-role-changes")
def audit_role_changes(sender, instance, action, reverse, model, pk_set, **kwargs):
    """One entry per user and group added or removed, from either side of the relation."""
    if action == "pre_clear":
        # The cleared rows are gone by post_clear: remember them now.
        if reverse:
            instance._audit_cleared = list(instance.user_set.all())
        else:
            instance._audit_cleared = list(instance.groups.values_list("name", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    verb = "gga.role.grant" if action == "post_add" else "gga.role.remove"
    if action == "post_clear":
        cleared = getattr(instance, "_audit_cleared", [])
        if reverse:
            _record_roles(verb, cleared, [instance.name])
        else:
            _record_roles(verb, [instance], cleared)
        return
    if not pk_set:
        return
    if reverse:  # group.user_set.add(users)
        _record_roles(verb, User.objects.filter(pk__in=pk_set), [instance.name])
    else:  # user.groups.add(groups)
        names = Group.objects.filter(pk__in=pk_set).values_list("name", flat=True)
        _record_roles(verb, [instance], list(names))


def _scope_countries(scope: AnalystScope) -> list[str]:
    return sorted(country.code for country in scope.countries)


@receiver(post_save, sender=AnalystScope, dispatch_uid="audit-scope-save")
def audit_scope_saved(sender, instance: AnalystScope, created: bool, **kwargs):
    from .audit import record

    record(
        "gga.scope.change",
        instance,
        analyst=instance.user_id,
        countries=_scope_countries(instance),
        change="created" if created else "changed",
    )


@receiver(post_delete, sender=AnalystScope, dispatch_uid="audit-scope-delete")
def audit_scope_deleted(sender, instance: AnalystScope, **kwargs):
    from .audit import record

    record(
        "gga.scope.change",
        instance,
        analyst=instance.user_id,
        countries=_scope_countries(instance),
        change="deleted",
    )
