"""Background work for the learning domain; each task is a thin wrapper around a service."""

from celery import shared_task


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    max_retries=5,
)
def render_and_send_certificate(certificate_id: int) -> bool:
    """Render a certificate's files and e-mail the learner; idempotent (see the service)."""
    from courses.services.certificates import render_and_send

    return render_and_send(certificate_id)


@shared_task
def requeue_pending_certificates() -> int:
    """Send again the certificates whose files or e-mail are still owed (run by beat)."""
    from courses.services.certificates import requeue_pending

    return requeue_pending()


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    max_retries=5,
)
def send_content_review_reminders() -> dict[str, int]:
    """E-mail each trainer whose lessons are past their review date, once a week however
    often it runs (beat entry "email-content-review-reminders"; see the service)."""
    from courses.services.freshness import send_review_reminders

    return send_review_reminders()
