"""What the weekly content review reminders have sent: one row per trainer and week."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewReminder(models.Model):
    """A trainer's review reminder for one week (starting Monday), claimed before it is
    sent so that the task, however often it runs, e-mails each trainer once a week."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="review_reminders",
        verbose_name=_("trainer"),
    )
    week = models.DateField(_("week starting"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    overdue_count = models.PositiveIntegerField(_("overdue lessons"), default=0)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("content review reminder")
        verbose_name_plural = _("content review reminders")
        constraints = [
            models.UniqueConstraint(fields=["trainer", "week"], name="one_review_reminder_a_week")
        ]

    def __str__(self):
        return f"{self.trainer_id} {self.week:%Y-%m-%d} {self.status}"
