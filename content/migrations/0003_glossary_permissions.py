"""Moderators keep the glossary; trainers may add terms and choose them in lessons."""

from django.db import migrations

from lms.migration_helpers import grant_permissions

GRANTS = {
    "Content moderator": [
        f"{action}_glossaryterm" for action in ("add", "change", "delete", "view")
    ],
    "Trainer": ["add_glossaryterm", "view_glossaryterm"],
}


def grant(apps, schema_editor):
    grant_permissions(apps, "content", GRANTS)


class Migration(migrations.Migration):
    dependencies = [("content", "0002_glossary"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
