"""Trainers write checklists as drafts; content moderators publish and delete them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Content moderator": ["add", "change", "delete", "view", "publish"],
    "Trainer": ["add", "change", "view"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_config = apps.get_app_config("markets")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    # Wagtail adds the publish permission of draftable snippets after all migrations (a
    # post_migrate handler that skips existing rows); the grant below needs it now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.get(app_label="markets", model="marketchecklist")
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="publish_marketchecklist",
        defaults={"name": "Can publish market checklist"},
    )
    for name, actions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="markets",
                    codename__in=[f"{action}_marketchecklist" for action in actions],
                )
            )


class Migration(migrations.Migration):
    dependencies = [("markets", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
