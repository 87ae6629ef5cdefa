"""Who may design and who may revoke certificates.

- Trainers add and edit certificate designs (Snippets → Certificate designs).
- Content moderators and site admins also delete designs, see issued certificates and
  revoke them.
- Ministry analysts get nothing here: they never see a learner's certificate.
"""

from django.db import migrations

from lms.migration_helpers import grant_permissions

GRANTS = {
    "Trainer": [
        "add_certificatetemplate",
        "change_certificatetemplate",
        "view_certificatetemplate",
    ],
    "Content moderator": [
        "add_certificatetemplate",
        "change_certificatetemplate",
        "delete_certificatetemplate",
        "view_certificatetemplate",
        "view_certificate",
        "revoke_certificate",
    ],
}
GRANTS["Site admin"] = GRANTS["Content moderator"]


def grant(apps, schema_editor):
    grant_permissions(apps, "courses", GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_certificates"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
