"""Create the platform's roles as groups, with their permissions and the moderation workflow.

What each role may do (see README.md, "Roles"):
- Learner: nothing in the admin; learns on the site.
- Trainer: opens the admin; creates pages and edits the pages they created (Wagtail's "add"
  permission), uploads and chooses images and documents; cannot publish: every change goes
  through the Content moderator approval workflow.
- Content moderator: edits, publishes, locks and unlocks any page, approves the workflow,
  manages images and documents.
- Ministry analyst: opens the admin and sees aggregate reports for the countries in their
  analyst scope; no page, image or learner permissions.
- Site admin: everything (their accounts are superusers, see lms.accounts.roles).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LEARNER = "Learner"
TRAINER = "Trainer"
MODERATOR = "Content moderator"
ANALYST = "Ministry analyst"
SITE_ADMIN = "Site admin"

PAGE_PERMISSIONS = {
    TRAINER: ["add_page"],
    MODERATOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    SITE_ADMIN: [
        "add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page",
    ],
}
COLLECTION_PERMISSIONS = {
    TRAINER: {"wagtailimages.image": ["add", "choose"], "wagtaildocs.document": ["add", "choose"]},
    MODERATOR: {
        "wagtailimages.image": ["add", "change", "delete", "choose"],
        "wagtaildocs.document": ["add", "change", "delete", "choose"],
    },
    SITE_ADMIN: {
        "wagtailimages.image": ["add", "change", "delete", "choose"],
        "wagtaildocs.document": ["add", "change", "delete", "choose"],
    },
}
MODEL_PERMISSIONS = {
    TRAINER: [("wagtailadmin", "admin", "access_admin")],
    MODERATOR: [("wagtailadmin", "admin", "access_admin")],
    ANALYST: [
        ("wagtailadmin", "admin", "access_admin"),
        ("accounts", "user", "view_aggregate_reports"),
    ],
}


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    # Permissions are normally created after all migrations; the grants below need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in
              (LEARNER, TRAINER, MODERATOR, ANALYST, SITE_ADMIN)}

    for role, perms in MODEL_PERMISSIONS.items():
        for app_label, model, codename in perms:
            groups[role].permissions.add(Permission.objects.get(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            ))
    groups[SITE_ADMIN].permissions.set(Permission.objects.all())

    root_page = Page.objects.get(depth=1)
    for role, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[role], page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", content_type__model="page",
                    codename=codename,
                ),
            )

    root_collection = Collection.objects.get(depth=1)
    for role, by_model in COLLECTION_PERMISSIONS.items():
        for label, actions in by_model.items():
            app_label, model = label.split(".")
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[role], collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, content_type__model=model,
                        codename=f"{action}_{model}",
                    ),
                )

    _moderation_workflow(apps, groups[MODERATOR], root_page)

    # Wagtail's fresh-install groups are replaced by the roles above.
    Group.objects.filter(name__in=["Moderators", "Editors"], user__isnull=True).delete()


def _moderation_workflow(apps, moderators, root_page):
    """Every page change by a trainer waits for a content moderator's approval."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    task = GroupApprovalTask.objects.filter(groups__name="Moderators").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name="Content moderator approval", active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
    else:
        task.name = "Content moderator approval"
        task.save(update_fields=["name"])
    task.groups.set([moderators])

    workflow = Workflow.objects.filter(workflow_tasks__task=task).first()
    if workflow is None:
        workflow = Workflow.objects.create(name="Content moderation", active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        workflow.name = "Content moderation"
        workflow.save(update_fields=["name"])
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
