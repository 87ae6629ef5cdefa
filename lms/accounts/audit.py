"""The platform's audit trail, kept in Wagtail's own log (``ModelLogEntry``).

Site admins read it under *Reports → Site history*, filtered by action; nobody can edit it.
Every part of the platform records through ``record`` with one of the actions below, so
the list of what is audited lives in one place.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

# action code: (what one does, what the log says happened)
ACTIONS = {
    "gga.role.grant": (_("Grant a role"), _("Role granted")),
    "gga.role.remove": (_("Remove a role"), _("Role removed")),
    "gga.scope.change": (_("Change an analyst's scope"), _("Analyst scope changed")),
    "gga.certificate.revoke": (_("Revoke a certificate"), _("Certificate revoked")),
    "gga.learners.export": (_("Export learner-level data"), _("Learner-level data exported")),
    "gga.learners.import": (_("Import learners"), _("Learners imported")),
    "gga.admin.login": (_("Sign in to the admin"), _("Signed in to the admin")),
    "gga.account.export": (_("Download one's own data"), _("Personal data downloaded")),
    "gga.account.delete": (_("Delete an account"), _("Account deleted")),
    "gga.api_token.create": (_("Create a reports API token"), _("Reports API token created")),
    "gga.api_token.revoke": (_("Revoke a reports API token"), _("Reports API token revoked")),
}


def record(action: str, instance, user=None, **data) -> None:
    """Write one audit entry: ``user`` did ``action`` to ``instance``, with ``data``.

    ``data`` must be JSON-serialisable and must not hold personal data beyond what the
    entry is about (never a password, a token or a quiz answer).
    """
    if action not in ACTIONS:
        raise ValueError(f"Unknown audit action {action!r}; add it to lms.accounts.audit.ACTIONS.")
    log(instance=instance, action=action, user=user, data=data)
