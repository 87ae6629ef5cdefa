"""What the reports app stores: analysts' report subscriptions, their deliveries (the archive
of e-mailed XLSX files) and the tokens that open the reports API.

Figures themselves are never stored: every report is built from the learning data by
``lms.reports.services.build_report`` when it is asked for.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def delivery_upload_to(instance, filename: str) -> str:
    """An unguessable folder per archived report; the file is only served through the admin."""
    return f"reports/deliveries/{secrets.token_urlsafe(24)}/{filename}"


class ReportSubscription(models.Model):
    """An analyst's standing order for a report e-mailed every month or week."""

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", _("Monthly")
        WEEKLY = "weekly", _("Weekly")

    analyst = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="report_subscriptions",
        verbose_name=_("analyst"),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. Kenya, monthly"))
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY
    )
    # The dashboard's filters other than months, as ReportFilterForm reads them
    # (country, programme, track, course); checked against the analyst's scope each time
    # the report is built, so a narrowed scope narrows the next report.
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("report subscription")
        verbose_name_plural = _("report subscriptions")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class ReportDelivery(models.Model):
    """One period's report of one subscription: built once, archived, e-mailed once.

    The row is unique per (subscription, period) and is claimed under a row lock before the
    e-mail goes out, so however often the task runs, one message is sent per period.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Being built")
        READY = "ready", _("Built, not yet sent")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Sending failed; will be retried")
        REFUSED = "refused", _("Not built")

    subscription = models.ForeignKey(
        ReportSubscription,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("subscription"),
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(_("report file"), upload_to=delivery_upload_to, blank=True)
    # The countries the report covered when it was built (empty: every country).
    scope_countries = models.CharField(_("countries covered"), max_length=746, blank=True)
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    built_at = models.DateTimeField(_("built"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("report delivery")
        verbose_name_plural = _("report deliveries")
        ordering = ["-period_start", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "period_start"], name="one_delivery_per_period"
            )
        ]

    def __str__(self):
        return f"{self.subscription} {self.period_start:%Y-%m-%d}"


def hash_token(token: str) -> str:
    """The stored form of an API token: tokens are long and random, so SHA-256 suffices."""
    return hashlib.sha256(token.encode()).hexdigest()


class ReportAPIToken(models.Model):
    """A revocable key with which one analyst's BI tool reads the reports API.

    Only a hash is kept; the token itself is shown once, when it is created.
    """

    PREFIX = "gga_"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="report_api_tokens",
        verbose_name=_("analyst"),
    )
    name = models.CharField(
        _("name"), max_length=120, help_text=_("What uses it, e.g. Ministry Power BI")
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters, so an analyst can tell tokens apart without the secret.
    lookup_prefix = models.CharField(_("starts with"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("reports API token")
        verbose_name_plural = _("reports API tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.lookup_prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
