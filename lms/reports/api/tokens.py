"""Reports API tokens: issued to one analyst, stored as a hash, shown once, revocable.

The one place the token rules live; the admin views and the API's authentication call
these functions.
"""

import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.audit import record
from lms.reports.models import ReportAPIToken, hash_token

# Writing last_used_at on every request would turn each read into a write; once a minute
# is precise enough to tell an analyst which tokens are still in use.
LAST_USED_PRECISION = timedelta(minutes=1)


def may_hold_api_token(user) -> bool:
    """Analysts (the aggregate-reports permission) and site admins may read the API."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm("accounts.view_aggregate_reports")
    )


def create_api_token(user, name: str) -> tuple[ReportAPIToken, str]:
    """Issue a token named ``name`` to ``user``; returns the row and the secret, once.

    The secret is not stored anywhere: only its SHA-256 hash is.
    """
    if not may_hold_api_token(user):
        raise PermissionDenied(_("Only ministry analysts and site admins hold API tokens."))
    name = (name or "").strip()
    if not name:
        raise ValueError(_("Give the token a name, e.g. the tool that uses it."))
    secret = ReportAPIToken.PREFIX + secrets.token_urlsafe(32)
    token = ReportAPIToken.objects.create(
        user=user, name=name[:120], key_hash=hash_token(secret), lookup_prefix=secret[:10]
    )
    record("gga.api_token.create", token, user, name=token.name, starts_with=token.lookup_prefix)
    return token, secret


def revoke_api_token(token: ReportAPIToken, *, by) -> ReportAPIToken:
    """Revoke ``token`` at once; only its holder or a site admin may. Revoking twice is a no-op."""
    if not (by.is_superuser or token.user_id == by.pk):
        raise PermissionDenied(_("Only the token's holder or a site admin may revoke it."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record("gga.api_token.revoke", token, by, name=token.name, starts_with=token.lookup_prefix)
    return token


def user_for_token(secret: str):
    """The active user a live token belongs to, or None; notes when the token was last used."""
    if not secret or not secret.startswith(ReportAPIToken.PREFIX) or len(secret) > 200:
        return None
    token = (
        ReportAPIToken.objects.select_related("user")
        .filter(key_hash=hash_token(secret), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ReportAPIToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token.user, token
