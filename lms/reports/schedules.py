"""Scheduled reports: each active subscription's report for the last complete period, built
once as XLSX, archived, and e-mailed once, however often the task runs.

Exactly once, step by step (the task calls ``send_due_reports``):

1. ``claim`` creates the period's ``ReportDelivery`` row; the unique constraint on
   (subscription, period start) means two workers end up with the same row.
2. ``build`` locks the row and, if it has no file yet, builds the report with the analyst's
   scope *as it is now* (a narrowed scope narrows the report; a country filter the analyst
   may no longer see refuses it) and stores the XLSX in default storage at an unguessable
   path. It commits before any e-mail is attempted.
3. ``send`` locks the row, marks it SENDING and commits *before* sending, then marks it
   SENT. A retried or concurrent task finds SENDING or SENT and sends nothing. A send that
   raises is marked FAILED and tried again on the next run; a worker killed between the
   claim and the send leaves SENDING, which is never re-sent (an e-mail may be missing, but
   never doubled; the file stays in the archive).

Figures come from ``services.build_report`` only; nothing here counts learners.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.accounts.language import language_of

from .filters import ReportFilterForm
from .models import ReportDelivery, ReportSubscription
from .schedule_periods import Period, last_complete_period
from .scope import scope_for
from .services import build_report, report_xlsx

logger = logging.getLogger(__name__)

# The dashboard's filters a subscription keeps; months come from each period.
FILTER_KEYS = ("country", "programme", "track", "course")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def may_subscribe(user) -> bool:
    """Whoever may see some figures (an analyst with a scope, a site admin) may subscribe."""
    return scope_for(user) is not None


def due_subscriptions():
    """Active subscriptions of active users."""
    return ReportSubscription.objects.filter(active=True, analyst__is_active=True).select_related(
        "analyst"
    )


def send_due_reports(now: dt.datetime | None = None) -> dict[str, int]:
    """Build and send every active subscription's report for its last complete period.

    Safe to run as often as one likes: each (subscription, period) is e-mailed once.
    Returns how many deliveries ended in each status during this run.
    """
    today = (now or timezone.now()).astimezone(dt.UTC).date()
    outcome: dict[str, int] = {}
    failures: list[Exception] = []
    for subscription in due_subscriptions():
        period = last_complete_period(subscription.frequency, today)
        try:
            delivery = deliver(subscription, period)
        except Exception as error:  # noqa: BLE001 - one analyst's failure must not stop the rest
            logger.exception("Scheduled report %s failed", subscription.pk)
            failures.append(error)
            outcome["failed"] = outcome.get("failed", 0) + 1
            continue
        outcome[delivery.status] = outcome.get(delivery.status, 0) + 1
    if failures:
        # The task is retried; what was sent is not sent again.
        raise RuntimeError(f"{len(failures)} scheduled report(s) failed") from failures[0]
    return outcome


def deliver(subscription: ReportSubscription, period: Period) -> ReportDelivery:
    """Claim, build and send one subscription's report for ``period``; idempotent."""
    delivery = claim(subscription, period)
    if delivery.status in (ReportDelivery.Status.SENT, ReportDelivery.Status.SENDING):
        return delivery
    delivery = build(delivery.pk)
    if delivery.status == ReportDelivery.Status.REFUSED:
        return delivery
    return send(delivery.pk)


def claim(subscription: ReportSubscription, period: Period) -> ReportDelivery:
    """The period's delivery row, created by whichever worker comes first."""
    try:
        with transaction.atomic():
            delivery, _created = ReportDelivery.objects.get_or_create(
                subscription=subscription,
                period_start=period.start,
                defaults={"period_end": period.end},
            )
    except IntegrityError:  # another worker created it between our read and our insert
        delivery = ReportDelivery.objects.get(subscription=subscription, period_start=period.start)
    return delivery


def _locked(delivery_id: int) -> ReportDelivery:
    return (
        ReportDelivery.objects.select_for_update(of=("self",))
        .select_related("subscription", "subscription__analyst")
        .get(pk=delivery_id)
    )


def filters_for(subscription: ReportSubscription, period: Period, scope) -> ReportFilterForm:
    """The subscription's filters for ``period``, checked against ``scope`` as it is now."""
    data = {key: str(value) for key, value in (subscription.filters or {}).items()}
    data = {key: value for key, value in data.items() if key in FILTER_KEYS}
    data.update(month_from=period.month_from, month_to=period.month_to)
    return ReportFilterForm(data, scope=scope)


def build(delivery_id: int) -> ReportDelivery:
    """Build and archive the delivery's XLSX once; refuse when the scope no longer allows."""
    with transaction.atomic():
        delivery = _locked(delivery_id)
        if delivery.file or delivery.status not in (
            ReportDelivery.Status.PENDING,
            ReportDelivery.Status.FAILED,
        ):
            return delivery
        subscription = delivery.subscription
        period = Period(delivery.period_start, delivery.period_end)
        scope = scope_for(subscription.analyst)
        if scope is None:
            return _refuse(delivery, _("You no longer have any countries to report on."))
        form = filters_for(subscription, period, scope)
        if not form.is_valid():
            problems = "; ".join(
                f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()
            )
            return _refuse(
                delivery,
                _("The subscription's filters are outside your scope now (%(problems)s).")
                % {"problems": problems},
            )
        with translation.override(language_of(subscription.analyst)):
            report = build_report(scope, form.filters())
            content = report_xlsx(report)
        filename = f"report-{period.slug}-{subscription.pk}.xlsx"
        delivery.file.save(filename, ContentFile(content), save=False)
        delivery.scope_countries = ",".join(sorted(scope.countries or ()))
        delivery.built_at = timezone.now()
        delivery.status = ReportDelivery.Status.READY
        delivery.message = ""
        delivery.save()
        return delivery


def _refuse(delivery: ReportDelivery, message: str) -> ReportDelivery:
    delivery.status = ReportDelivery.Status.REFUSED
    delivery.message = message
    delivery.save(update_fields=["status", "message"])
    logger.info("Report delivery %s not built: %s", delivery.pk, message)
    return delivery


def send(delivery_id: int) -> ReportDelivery:
    """E-mail the archived report once: claimed (SENDING, committed) before it is sent."""
    with transaction.atomic():
        delivery = _locked(delivery_id)
        if delivery.status not in (ReportDelivery.Status.READY, ReportDelivery.Status.FAILED):
            return delivery
        delivery.status = ReportDelivery.Status.SENDING
        delivery.save(update_fields=["status"])
    try:
        with translation.override(language_of(delivery.subscription.analyst)):
            report_email(delivery).send()
    except Exception as error:
        ReportDelivery.objects.filter(pk=delivery.pk).update(
            status=ReportDelivery.Status.FAILED, message=str(error)[:500]
        )
        raise
    delivery.status = ReportDelivery.Status.SENT
    delivery.emailed_at = timezone.now()
    delivery.save(update_fields=["status", "emailed_at"])
    logger.info("Report delivery %s e-mailed", delivery.pk)
    return delivery


def report_email(delivery: ReportDelivery) -> EmailMessage:
    """The e-mail of one delivery, with its XLSX attached."""
    subscription = delivery.subscription
    period = Period(delivery.period_start, delivery.period_end)
    archive_url = settings.WAGTAILADMIN_BASE_URL + reverse("report_archive")
    subject = _("%(name)s: report for %(period)s") % {
        "name": subscription.name,
        "period": period.label,
    }
    body = _(
        "Hello,\n\nAttached is your scheduled report “%(name)s” for %(period)s "
        "(%(start)s to %(end)s).\n\nThe numbers are those of the dashboard: small counts are "
        "suppressed and counts rounded, as the file's header explains. Earlier reports are "
        "in your archive: %(archive)s\n\nTo stop these e-mails, switch the subscription off "
        "under Reports → Scheduled reports.\n"
    ) % {
        "name": subscription.name,
        "period": period.label,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "archive": archive_url,
    }
    if not period.is_whole_month:  # a week: the figures are its whole months'
        body += _(
            "\nThe figures count the whole months %(first)s to %(last)s, the months this week "
            "falls in: reports count whole calendar months, so that two reports cannot be "
            "subtracted to reveal a few learners.\n"
        ) % {"first": period.month_from, "last": period.month_to}
    message = EmailMessage(subject, body, to=[subscription.analyst.email])
    with delivery.file.open("rb") as handle:
        message.attach(delivery.file.name.rsplit("/", 1)[-1], handle.read(), XLSX)
    return message


def open_archived_report(delivery: ReportDelivery):
    """The archived file, opened for reading, or None when the delivery has none."""
    if not delivery.file or not default_storage.exists(delivery.file.name):
        return None
    return delivery.file.open("rb")


@receiver(post_delete, sender=ReportDelivery, dispatch_uid="reports.delete_archived_file")
def delete_archived_file(sender, instance: ReportDelivery, **kwargs) -> None:
    """A deleted delivery (or subscription, or analyst) takes its archived file with it."""
    if instance.file:
        name, storage = instance.file.name, instance.file.storage
        transaction.on_commit(lambda: storage.delete(name))
