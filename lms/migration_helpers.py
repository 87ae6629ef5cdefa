"""Helpers that data migrations import.

Migrations run on every fresh database for as long as the project lives, so what a function
here does must never change once a migration uses it: to grant differently, add a new
function. Nothing here imports a model; each function takes the migration's ``apps``.
"""

from __future__ import annotations

from django.contrib.auth.management import create_permissions


def create_app_permissions(apps, app_label: str) -> None:
    """Create the permission rows of ``app_label``'s models now, not after all migrations
    (Django's post_migrate), so that a data migration can grant them."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def grant_permissions(apps, app_label: str, grants: dict[str, list[str]]) -> None:
    """Give each group named in ``grants`` the permissions of ``app_label`` whose codenames
    are listed for it, creating the app's permission rows first. A group that does not
    exist is skipped; a codename that does not exist raises LookupError naming it."""
    create_app_permissions(apps, app_label)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in grants.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        permissions = list(
            Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
        missing = set(codenames) - {permission.codename for permission in permissions}
        if missing:
            raise LookupError(f"No such permission in {app_label}: {', '.join(sorted(missing))}")
        group.permissions.add(*permissions)
