"""Celery tasks for scheduled reports (imported by ``lms.reports.tasks`` for autodiscovery)."""

from celery import shared_task


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    max_retries=5,
)
def send_scheduled_reports() -> dict[str, int]:
    """Build, archive and e-mail every due subscription's report; each period once.

    Run hourly by django-celery-beat (CELERY_BEAT_SCHEDULE "send-scheduled-reports").
    A thin wrapper: the rules are in ``lms.reports.schedules``.
    """
    from lms.reports.schedules import send_due_reports

    return send_due_reports()
