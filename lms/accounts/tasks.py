"""Background work for accounts; each task is a thin wrapper around a service function."""

from celery import shared_task

from . import services


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def send_welcome_email(user_id: int) -> bool:
    return services.send_welcome_email(user_id)


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def send_account_email(data: dict) -> None:
    """Send one of allauth's e-mails, rendered in the request (see lms.accounts.mail)."""
    from .mail import send_message_data

    send_message_data(data)
