"""Reactions to allauth's account events."""

from allauth.account.signals import email_confirmed
from allauth.mfa.signals import authenticator_added
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver


@receiver(email_confirmed)
def welcome_on_confirmation(request, email_address, **kwargs):
    """Once an address is confirmed, welcome its owner (after the confirmation commits)."""
    from .mail import send_on_commit
    from .tasks import send_welcome_email

    send_on_commit(send_welcome_email, email_address.user_id)


@receiver(authenticator_added)
def count_setup_as_mfa(request, user, authenticator, **kwargs):
    """Setting an authenticator up proves its code, so the session counts as having passed
    MFA (StaffMFAMiddleware would otherwise ask for a second code straight away).

    allauth records its own steps with ``record_authentication``; its public module
    re-exports only the reader, hence the internal import (pinned allauth 65.22).
    """
    from allauth.account.internal.flows.login import record_authentication

    if request is not None and request.user.pk == user.pk:
        record_authentication(
            request, user, "mfa", id=authenticator.pk, type=authenticator.type, setup=True
        )


@receiver(user_logged_in)
def audit_staff_sign_in(request, user, **kwargs):
    """Staff sign-ins are admin sign-ins: who and when, in the audit log."""
    from .audit import record
    from .roles import has_staff_role

    if has_staff_role(user):
        record("gga.admin.login", user, user)


@receiver(user_logged_in)
def adopt_the_language_chosen_before_signing_in(request, user, **kwargs):
    """A visitor who chose a language (the cookie) and then signs in keeps it: it becomes
    theirs, for every device and their e-mails, unless they had chosen one already."""
    from django.conf import settings

    from .language import remember_language

    if request is None or user.language:
        return
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen:
        remember_language(user, chosen)
