"""allauth's e-mails, rendered in the request and sent by a Celery worker after commit.

Sending in the request made signing up with a new address slower than with one that has
an account (its "account already exists" e-mail took a different path), so the answer
told who is registered. Rendering stays in the request, where allauth's templates have
their context; only the ready message crosses to the worker, as JSON.
"""

from __future__ import annotations

import logging

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction

logger = logging.getLogger(__name__)


def message_to_data(message: EmailMessage) -> dict:
    """A rendered message as JSON-ready data (no attachments: allauth sends none)."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "content_subtype": message.content_subtype,
    }


def send_message_data(data: dict) -> None:
    """Send a message made by ``message_to_data``."""
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        headers=data["headers"],
        alternatives=[tuple(a) for a in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    message.send()


def send_on_commit(task, *args) -> None:
    """Queue ``task`` once the request's writes commit; if the broker cannot be reached,
    run it here instead, so a visitor can still sign up or reset a password while Redis is
    down (the e-mail then leaves before the response, a little later than usual)."""
    from kombu.exceptions import OperationalError

    def queue() -> None:
        try:
            task.delay(*args)
        except OperationalError as error:
            logger.warning("Broker unreachable (%s): sending %s in the request", error, task.name)
            task.apply(args=args, throw=True)

    transaction.on_commit(queue)
