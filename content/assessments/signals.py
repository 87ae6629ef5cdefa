"""Signing in saves the self-assessment result the visitor took just before."""

from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.translation import gettext as _

from . import services


@receiver(user_logged_in, dispatch_uid="assessments_save_kept_result")
def save_result_taken_before_signing_in(sender, request, user, **kwargs):
    """Django's login keeps an anonymous session's data, so the answers a visitor gave are
    still there: this covers signing in, and signing up once the e-mail is confirmed."""
    if request is None or not hasattr(request, "session"):
        return
    result = services.save_kept_result(request.session, user)
    if result is not None:
        messages.success(
            request,
            _("Your result of “%(title)s” is saved. You can find it in My learning.")
            % {"title": result.assessment.title},
        )
