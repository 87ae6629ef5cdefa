"""Certificate designs belong to content moderators; trainers view and choose them only.

A design's signatory and wording are printed on every certificate of every course that uses
it, so one trainer editing it changed what other trainers' learners receive, live and
without review (issue 11, item 6). Designs are few and rarely change, so they are owned by
the moderators who already approve trainers' pages, rather than put through a workflow of
their own; trainers keep "view" to pick a design for their course.
"""

from django.db import migrations

TAKEN_FROM_TRAINERS = ["add_certificatetemplate", "change_certificatetemplate"]


def _trainer_permissions(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    trainers = Group.objects.filter(name="Trainer").first()
    perms = Permission.objects.filter(
        content_type__app_label="courses",
        content_type__model="certificatetemplate",
        codename__in=TAKEN_FROM_TRAINERS,
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
    dependencies = [("courses", "0009_report_dates_backdatable")]

    operations = [migrations.RunPython(take_from_trainers, give_back_to_trainers)]
