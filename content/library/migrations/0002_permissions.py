"""Trainers add and edit library resources; content moderators also delete them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Content moderator": ["add", "change", "delete", "view"],
    "Trainer": ["add", "change", "view"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_config = apps.get_app_config("library")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for name, actions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="library",
                    codename__in=[f"{action}_resource" for action in actions],
                )
            )


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
