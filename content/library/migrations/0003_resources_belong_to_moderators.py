"""Library resources belong to content moderators; trainers view and choose them only.

A resource is shared by every course and the public toolkit, and its file is a Wagtail
document, which has no drafts: a moderated Resource snippet would still point at a file
anyone with "change" could replace live. So resources are owned by the moderators who
already approve trainers' pages (issue 11, item 6); trainers keep "view".
"""

from django.db import migrations

TAKEN_FROM_TRAINERS = ["add_resource", "change_resource"]


def _trainer_permissions(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    trainers = Group.objects.filter(name="Trainer").first()
    perms = Permission.objects.filter(
        content_type__app_label="library", codename__in=TAKEN_FROM_TRAINERS
    )
    return trainers, perms


def take_from_trainers(apps, schema_editor):
    trainers, perms = _trainer_permissions(apps)
    if trainers is not None:
        trainers.permissions.remove(*perms)


def give_back_to_trainers(apps, schema_editor):
    trainers, perms = _trainer_permissions(apps)
    if trainers is not None:
        trainers.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [("library", "0002_permissions")]

    operations = [migrations.RunPython(take_from_trainers, give_back_to_trainers)]
