"""Periodic work for the CMS, run by Celery beat (see CELERY_BEAT_SCHEDULE)."""

from celery import shared_task
from django.core.management import call_command


@shared_task(acks_late=True)
def publish_scheduled_pages() -> None:
    """Publish pages whose scheduled time has come and unpublish expired ones.

    Wagtail's own command does the work; it is idempotent, so a retried or doubled run is
    harmless.
    """
    call_command("publish_scheduled")
