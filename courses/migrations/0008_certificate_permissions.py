"""Who may design and who may revoke certificates.

- Trainers add and edit certificate designs (Snippets → Certificate designs).
- Content moderators and site admins also delete designs, see issued certificates and
  revoke them.
- Ministry analysts get nothing here: they never see a learner's certificate.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Trainer": [
        ("certificatetemplate", "add_certificatetemplate"),
        ("certificatetemplate", "change_certificatetemplate"),
        ("certificatetemplate", "view_certificatetemplate"),
    ],
    "Content moderator": [
        ("certificatetemplate", "add_certificatetemplate"),
        ("certificatetemplate", "change_certificatetemplate"),
        ("certificatetemplate", "delete_certificatetemplate"),
        ("certificatetemplate", "view_certificatetemplate"),
        ("certificate", "view_certificate"),
        ("certificate", "revoke_certificate"),
    ],
}
GRANTS["Site admin"] = GRANTS["Content moderator"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for name, grants in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for model, codename in grants:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="courses",
                    content_type__model=model,
                    codename=codename,
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_certificates"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
