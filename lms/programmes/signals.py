"""Reactions to allauth's events for learners a site admin invited."""

from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset
from django.dispatch import receiver

from .models import LearnerInvitation


@receiver(password_reset)
def verify_invited_address(request, user, **kwargs):
    """Setting a password from the invitation link proves the address is the learner's.

    The link went only to that address, so the learner is not asked to confirm it again.
    """
    if LearnerInvitation.objects.filter(user=user, sent_at__isnull=False).exists():
        EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)
