"""Keeping published content true: when it was last checked and when it must be checked again.

Trade rules change every few months, so every lesson, market checklist and library resource
carries a "checked on" date and a "review by" date (``ReviewDates``). The one rule for what
is overdue, and for what is so far overdue that learners are warned, lives here; the
report, the weekly e-mails to trainers, the learner pages and the demo all ask these
functions. Courses import this module; it imports nothing from courses.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


def review_interval() -> datetime.timedelta:
    """How long a check holds by default (setting ``CONTENT_REVIEW_INTERVAL_DAYS``)."""
    return datetime.timedelta(days=settings.CONTENT_REVIEW_INTERVAL_DAYS)


def stale_notice_after() -> datetime.timedelta:
    """How long past its review date a lesson may go before learners are told its rules may
    have changed (setting ``CONTENT_STALE_NOTICE_AFTER_DAYS``)."""
    return datetime.timedelta(days=settings.CONTENT_STALE_NOTICE_AFTER_DAYS)


def today() -> datetime.date:
    """Today in the site's time zone: the day every freshness rule is measured against."""
    return timezone.localdate()


def default_review_by(checked_on: datetime.date) -> datetime.date:
    """The review date a check gives when the author sets none."""
    return checked_on + review_interval()


def is_overdue(review_by: datetime.date, on: datetime.date | None = None) -> bool:
    """Past its review date: listed in the review report and in trainers' weekly e-mails."""
    return review_by < (on or today())


def is_stale(review_by: datetime.date, on: datetime.date | None = None) -> bool:
    """Overdue by more than ``CONTENT_STALE_NOTICE_AFTER_DAYS``: learners see a notice."""
    return (on or today()) - review_by > stale_notice_after()


def overdue_filter(on: datetime.date | None = None) -> Q:
    """The queryset filter matching ``is_overdue`` (for models with ``ReviewDates``)."""
    return Q(review_by__lt=on or today())


@dataclass(frozen=True)
class Freshness:
    """What a learner page shows about one item's dates."""

    checked_on: datetime.date
    review_by: datetime.date
    overdue: bool
    stale: bool


def freshness_of(item: ReviewDates, on: datetime.date | None = None) -> Freshness:
    """The dates of a lesson, checklist or resource, and whether they are overdue or stale."""
    on = on or today()
    return Freshness(
        checked_on=item.checked_on,
        review_by=item.review_by,
        overdue=is_overdue(item.review_by, on),
        stale=is_stale(item.review_by, on),
    )


class ReviewDates(models.Model):
    """The "checked on" and "review by" dates of a piece of teaching content.

    A new item counts as checked the day it is created (or saved with no check date);
    leaving "review by" empty sets it to the check date plus
    ``CONTENT_REVIEW_INTERVAL_DAYS``. To record a new check, set "checked on" to the day of
    the check and empty "review by".
    """

    checked_on = models.DateField(
        _("checked on"),
        default=today,
        blank=True,
        help_text=_(
            "The day someone last checked every fact, rate and deadline here against its "
            "source. Learners see it under the title."
        ),
    )
    review_by = models.DateField(
        _("review by"),
        blank=True,
        help_text=_(
            "When it must be checked again. Leave empty to use the check date plus the "
            "site's review interval."
        ),
    )

    review_panels = [
        FieldRowPanel([FieldPanel("checked_on"), FieldPanel("review_by")], heading=_("Review")),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.checked_on is None:
            self.checked_on = today()
        if self.review_by is None:
            self.review_by = default_review_by(self.checked_on)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # Here too, not only in save(): a page's draft revision is cleaned, never saved.
        if self.checked_on is None:
            self.checked_on = today()
        if self.review_by is None:
            self.review_by = default_review_by(self.checked_on)
        if self.review_by and self.checked_on and self.review_by <= self.checked_on:
            raise ValidationError(
                {
                    "review_by": _(
                        "“Review by” must be after “checked on”. Leave it empty to use the "
                        "check date plus the review interval."
                    )
                }
            )
