"""Content moderators assign trainers to courses (Settings → Course trainers)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    perms = Permission.objects.filter(
        content_type__app_label="courses", content_type__model="courseassignment"
    )
    for name in ("Content moderator", "Site admin"):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_course_pages_and_learning"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
