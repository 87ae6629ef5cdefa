"""Trainers write checklists as drafts; content moderators publish and delete them."""

from django.db import migrations

from lms.migration_helpers import create_app_permissions, grant_permissions

GRANTS = {
    "Content moderator": [
        f"{action}_marketchecklist" for action in ("add", "change", "delete", "view", "publish")
    ],
    "Trainer": ["add_marketchecklist", "change_marketchecklist", "view_marketchecklist"],
}


def grant(apps, schema_editor):
    create_app_permissions(apps, "markets")
    # Wagtail adds the publish permission of draftable snippets after all migrations (a
    # post_migrate handler that skips existing rows); the grant below needs it now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type = ContentType.objects.get(app_label="markets", model="marketchecklist")
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="publish_marketchecklist",
        defaults={"name": "Can publish market checklist"},
    )
    grant_permissions(apps, "markets", GRANTS)


class Migration(migrations.Migration):
    dependencies = [("markets", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
