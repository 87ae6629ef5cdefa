"""Account rules shared by views, tasks and commands."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .language import language_of
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
        with translation.override(language_of(user)):
            send_mail(
                subject=_("Welcome to Go Global Academy"),
                message=render_to_string("accounts/email/welcome.txt", context),
                from_email=None,
                recipient_list=[user.email],
            )
        user.welcome_sent_at = timezone.now()
        user.save(update_fields=["welcome_sent_at"])
    return True


# --- Data rights: download everything, delete the account ------------------------------------


class AccountDeletionRefused(Exception):
    """The account was not deleted; the message says why, for the user."""


def personal_data(user) -> dict:
    """Everything the platform holds about ``user``, section by section, JSON-ready.

    Each app contributes its sections (``lms.accounts.personal_data``); nothing secret is
    included (no password hash, session, token or second-factor key).
    """
    from .personal_data import sections

    return {
        "generated_at": timezone.now(),
        "site": settings.SITE_URL,
        "sections": [
            {
                "key": section.key,
                "title": str(section.title),
                "on_deletion": str(section.kept),
                "items": section.export(user),
            }
            for section in sections()
        ],
    }


def record_personal_data_export(user, fmt: str) -> None:
    """Audit that ``user`` downloaded (``json``) or viewed (``html``) their own data."""
    from .audit import record

    record("gga.account.export", user, user, format=fmt)


def deletion_refusal(user) -> str | None:
    """Why ``user`` may not delete their own account here, or None if they may.

    Staff accounts are closed by a site admin: their work (courses, reviews, reports) is
    tied to them and their role must be handed over first.
    """
    from .roles import has_staff_role

    if user.is_staff or user.is_superuser or has_staff_role(user):
        return _(
            "Staff accounts are closed by a site admin, who first hands your work over to "
            "a colleague. Please ask them."
        )
    return None


def delete_account(user, *, password: str) -> User:
    """Erase ``user``'s personal data and close the account; return the anonymised row.

    The password is asked again so that a session left open cannot delete the account.
    Every app's eraser runs (brand plans and logos deleted, certificates revoked "at the
    holder's request", e-mail addresses and second factors deleted), then the account row
    is kept, inactive and anonymous, so that the learning activity tied to it still counts
    in the ministry's totals: the e-mail becomes a random address that cannot receive mail,
    the name and region are cleared, the password can never match, and the profile keeps
    its country (headline counts are scoped by country) and, only if the learner had
    consented to statistical use, sector, size, owner gender and export stage. All or
    nothing, in one transaction; audited as ``gga.account.delete``.
    """
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from .audit import record
    from .personal_data import sections

    refusal = deletion_refusal(user)
    if refusal:
        raise AccountDeletionRefused(refusal)
    if not password or not user.check_password(password):
        raise AccountDeletionRefused(_("The password is not correct."))
    with transaction.atomic():
        account = User.objects.select_for_update().get(pk=user.pk)
        erased = []
        for section in sections():
            if section.erase is not None:
                section.erase(account)
                erased.append(section.key)
        account.email = f"deleted-{uuid.uuid4().hex}@deleted.invalid"
        account.first_name = account.last_name = account.printed_name = account.region = ""
        if not account.consent_statistics:
            for name in ("sector", "enterprise_size", "owner_gender", "export_stage"):
                setattr(account, name, "")
        account.set_unusable_password()
        account.is_active = False
        account.save()
        _delete_wagtail_profile(account)
        # Earlier audit entries about this account were labelled with its name or address.
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(User), object_id=str(account.pk)
        ).update(label=str(account))
        record("gga.account.delete", account, account, erased=erased)
    return account


def _delete_wagtail_profile(user) -> None:
    """The admin's per-user preferences, which may hold an avatar picture."""
    from wagtail.users.models import UserProfile

    for profile in UserProfile.objects.filter(user=user):
        if profile.avatar:
            storage, name = profile.avatar.storage, profile.avatar.name
            transaction.on_commit(lambda s=storage, n=name: s.delete(n))
        profile.delete()
