"""A deleted plan takes its logo file with it, however it is deleted (the learner's delete
button, an account deletion that cascades, ``load_demo --reset``)."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import BrandPlan


@receiver(post_delete, sender=BrandPlan, dispatch_uid="brandplan-delete-logo")
def delete_logo_file(sender, instance: BrandPlan, **kwargs) -> None:
    if instance.logo:
        storage, name = instance.logo.storage, instance.logo.name
        # Only once the deletion is committed: a rollback keeps plan and file together.
        transaction.on_commit(lambda: storage.delete(name))
