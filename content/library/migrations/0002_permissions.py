"""Trainers add and edit library resources; content moderators also delete them."""

from django.db import migrations

from lms.migration_helpers import grant_permissions

GRANTS = {
    "Content moderator": ["add_resource", "change_resource", "delete_resource", "view_resource"],
    "Trainer": ["add_resource", "change_resource", "view_resource"],
}


def grant(apps, schema_editor):
    grant_permissions(apps, "library", GRANTS)


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
