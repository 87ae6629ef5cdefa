"""Translating is editing: trainers (for their assigned courses, see courses.permissions),
content moderators and site admins may use the admin's Translate action
(wagtail.contrib.simple_translation's ``submit_translation`` permission)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Trainer", "Content moderator", "Site admin"]


def grant(apps, schema_editor):
    # The permission row is normally made after all migrations; make it now.
    app_config = apps.get_app_config("simple_translation")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(
        content_type__app_label="simple_translation", codename="submit_translation"
    ):
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0011_review_dates"),
        ("accounts", "0002_roles"),
        ("simple_translation", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
