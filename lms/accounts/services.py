"""Account rules shared by views, tasks and commands."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import User


def send_welcome_email(user_id: int) -> bool:
    """Send the welcome e-mail once per user; return True if this call sent it.

    Idempotent under retries and concurrent workers: the row is locked and the sent time
    recorded in the same transaction, so a second run finds it already sent.
    """
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user_id, is_active=True).first()
        if user is None or user.welcome_sent_at is not None:
            return False
        context = {"user": user, "site_url": settings.SITE_URL}
        send_mail(
            subject=_("Welcome to Go Global Academy"),
            message=render_to_string("accounts/email/welcome.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )
        user.welcome_sent_at = timezone.now()
        user.save(update_fields=["welcome_sent_at"])
    return True
