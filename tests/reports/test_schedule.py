"""Scheduled reports: the last complete period, built with today's scope, e-mailed once,
archived for its owner only."""

import datetime as dt
import io

import openpyxl
import pytest
from django.core import mail
from django.urls import reverse

from lms.reports.filters import ReportFilters
from lms.reports.models import ReportDelivery, ReportSubscription
from lms.reports.schedule_periods import Period, last_complete_period
from lms.reports.schedules import deliver, send_due_reports
from lms.reports.scope import ReportScope
from lms.reports.services import build_report
from lms.reports.tasks_distribution import send_scheduled_reports
from tests.factories import UserFactory
from tests.reports.population import analyst_for

pytestmark = pytest.mark.django_db

# Early January 2027: the last complete month is December 2026, the last week 28 Dec–3 Jan.
NOW = dt.datetime(2027, 1, 5, 9, tzinfo=dt.UTC)
DECEMBER = Period(dt.date(2026, 12, 1), dt.date(2026, 12, 31))


def test_periods():
    assert last_complete_period("monthly", dt.date(2027, 1, 5)) == DECEMBER
    assert last_complete_period("monthly", dt.date(2027, 3, 1)) == Period(
        dt.date(2027, 2, 1), dt.date(2027, 2, 28)
    )
    week = last_complete_period("weekly", dt.date(2027, 1, 5))
    assert week == Period(dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert (week.month_from, week.month_to) == ("2026-12", "2027-01")
    assert week.slug == "2026-W53" and DECEMBER.slug == "2026-12"
    with pytest.raises(ValueError):
        last_complete_period("daily", dt.date(2027, 1, 5))


@pytest.fixture
def analyst(population, db):
    return analyst_for(["KE", "UG"], "scheduled-analyst@example.org")


def subscribe(analyst, **filters):
    return ReportSubscription.objects.create(
        analyst=analyst, name="Monthly figures", frequency="monthly", filters=filters
    )


def workbook(content: bytes):
    return openpyxl.load_workbook(io.BytesIO(content))


def sheet_rows(book, title):
    return [[cell.value for cell in row] for row in book[title].iter_rows()]


def test_the_report_is_built_for_last_month_archived_and_e_mailed(analyst):
    subscription = subscribe(analyst, country="KE")
    assert send_due_reports(NOW) == {"sent": 1}
    delivery = ReportDelivery.objects.get(subscription=subscription)
    assert (delivery.period_start, delivery.period_end) == (DECEMBER.start, DECEMBER.end)
    assert delivery.status == "sent" and delivery.emailed_at is not None
    assert delivery.scope_countries == "KE,UG"
    # Stored at an unguessable path, not under a name someone could try.
    folder = delivery.file.name.split("/")[-2]
    assert len(folder) >= 32

    (message,) = mail.outbox
    assert message.to == [analyst.email]
    assert "December 2026" in message.subject
    name, content, mimetype = message.attachments[0]
    assert name.endswith(".xlsx") and mimetype.endswith("spreadsheetml.sheet")
    with delivery.file.open("rb") as handle:
        assert handle.read() == content

    # The numbers are build_report's for December, in Kenya, within today's scope.
    book = workbook(content)
    expected = build_report(
        ReportScope(frozenset({"KE", "UG"})),
        ReportFilters(month_from=DECEMBER.start, month_to=DECEMBER.start, country="KE"),
    )
    figures = {row[0]: row[1] for row in sheet_rows(book, "Figures")[1:]}
    for figure in expected.figures:
        published = figure.cell.display if figure.cell.suppressed else figure.cell.value
        if figure.cell.kind == "percent" and not figure.cell.suppressed:
            published = round(figure.cell.value / 100, 3)
        assert figures[figure.label] == published, figure.key
    about = {row[0]: row[1] for row in sheet_rows(book, "About")}
    assert about["From month"] == "2026-12" and about["To month"] == "2026-12"
    assert "fewer than 10" in about["Suppression rule"]


def test_three_runs_send_one_e_mail(analyst):
    subscribe(analyst)
    for _run in range(3):
        send_scheduled_reports.delay()
    assert len(mail.outbox) == 1
    assert ReportDelivery.objects.count() == 1


def test_each_period_is_sent_once_and_the_next_one_again(analyst):
    subscribe(analyst)
    send_due_reports(NOW)
    send_due_reports(NOW + dt.timedelta(days=3))
    assert len(mail.outbox) == 1
    send_due_reports(dt.datetime(2027, 2, 2, tzinfo=dt.UTC))
    assert len(mail.outbox) == 2
    assert list(ReportDelivery.objects.values_list("period_start", flat=True)) == [
        dt.date(2027, 1, 1),
        dt.date(2026, 12, 1),
    ]


def test_weekly_subscription_covers_the_months_of_last_week(analyst):
    subscription = subscribe(analyst)
    subscription.frequency = "weekly"
    subscription.save()
    send_due_reports(NOW)
    delivery = ReportDelivery.objects.get()
    assert delivery.period_start == dt.date(2026, 12, 28)
    about = {
        row[0]: row[1] for row in sheet_rows(workbook(mail.outbox[0].attachments[0][1]), "About")
    }
    assert (about["From month"], about["To month"]) == ("2026-12", "2027-01")
    # The e-mail says so: its dates are the week's, its figures the months'.
    body = " ".join(mail.outbox[0].body.split())
    assert "(2026-12-28 to 2027-01-03)" in body
    assert "The figures count the whole months 2026-12 to 2027-01" in body


def test_a_narrowed_scope_narrows_the_next_report(analyst):
    subscribe(analyst)
    analyst.analyst_scope.countries = ["KE"]
    analyst.analyst_scope.save()
    send_due_reports(NOW)
    book = workbook(mail.outbox[0].attachments[0][1])
    about = {row[0]: row[1] for row in sheet_rows(book, "About")}
    assert about["Scope"] == "Kenya"
    countries = [row[0] for row in sheet_rows(book, "By country")[1:]]
    assert "Uganda" not in countries and "Tanzania" not in countries
    assert ReportDelivery.objects.get().scope_countries == "KE"


def test_a_country_filter_outside_the_new_scope_is_refused_not_sent(analyst):
    subscribe(analyst, country="UG")
    analyst.analyst_scope.countries = ["KE"]
    analyst.analyst_scope.save()
    assert send_due_reports(NOW) == {"refused": 1}
    assert mail.outbox == []
    delivery = ReportDelivery.objects.get()
    assert not delivery.file
    assert "country" in delivery.message


def test_an_analyst_who_lost_every_country_gets_nothing(analyst):
    subscribe(analyst)
    analyst.analyst_scope.delete()
    send_due_reports(NOW)
    assert mail.outbox == []
    assert ReportDelivery.objects.get().status == "refused"


def test_inactive_subscriptions_and_users_are_skipped(analyst):
    subscription = subscribe(analyst)
    subscription.active = False
    subscription.save()
    other = subscribe(analyst_for(["KE"], "gone@example.org"))
    other.analyst.is_active = False
    other.analyst.save()
    assert send_due_reports(NOW) == {}
    assert mail.outbox == []


def test_a_failed_send_is_retried_and_then_sent_once(analyst, settings):
    subscription = subscribe(analyst)
    # A real SMTP connection to a port nobody listens on.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    with pytest.raises(RuntimeError):
        send_due_reports(NOW)
    delivery = ReportDelivery.objects.get()
    assert delivery.status == "failed" and delivery.file  # built once, kept
    built_file = delivery.file.name
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_due_reports(NOW)
    send_due_reports(NOW)
    delivery.refresh_from_db()
    assert delivery.status == "sent" and delivery.file.name == built_file
    assert len(mail.outbox) == 1
    assert subscription.deliveries.count() == 1


def test_a_delivery_left_sending_by_a_dead_worker_is_never_sent_twice(analyst):
    subscription = subscribe(analyst)
    ReportDelivery.objects.create(
        subscription=subscription,
        period_start=DECEMBER.start,
        period_end=DECEMBER.end,
        status="sending",
    )
    assert deliver(subscription, DECEMBER).status == "sending"
    assert mail.outbox == []


# --- Admin: subscriptions and the archive, each analyst's own only ------------------------


def test_the_archive_opens_for_its_owner_only(client, analyst):
    subscribe(analyst)
    send_due_reports(NOW)
    delivery = ReportDelivery.objects.get()
    url = reverse("report_delivery_download", args=[delivery.pk])

    client.force_login(analyst)
    listing = client.get(reverse("report_archive"))
    assert listing.status_code == 200 and url.encode() in listing.content
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == mail.outbox[0].attachments[0][1]

    someone_else = analyst_for(["KE", "UG"], "other-analyst@example.org")
    client.force_login(someone_else)
    assert client.get(url).status_code == 404
    assert url.encode() not in client.get(reverse("report_archive")).content
    client.force_login(UserFactory(role="Site admin", profile=False))
    assert client.get(url).status_code == 404


def test_an_analyst_creates_a_subscription_within_scope(client, analyst):
    client.force_login(analyst)
    url = reverse("report_subscriptions:add")
    form = client.get(url)
    assert form.status_code == 200
    assert b'value="TZ"' not in form.content  # only the scope's countries are offered
    response = client.post(
        url, {"name": "Kenya monthly", "frequency": "monthly", "active": "on", "country": "KE"}
    )
    assert response.status_code == 302
    subscription = ReportSubscription.objects.get(name="Kenya monthly")
    assert subscription.analyst == analyst and subscription.filters == {"country": "KE"}

    refused = client.post(
        url, {"name": "Tanzania", "frequency": "monthly", "active": "on", "country": "TZ"}
    )
    assert refused.status_code == 200
    assert not ReportSubscription.objects.filter(name="Tanzania").exists()


def test_analysts_see_and_edit_only_their_own_subscriptions(client, analyst):
    mine = subscribe(analyst)
    theirs = subscribe(analyst_for(["KE"], "neighbour@example.org"))
    theirs.name = "Neighbour's report"
    theirs.save()
    client.force_login(analyst)
    listing = client.get(reverse("report_subscriptions:index"))
    assert listing.status_code == 200
    assert b"Monthly figures" in listing.content and b"Neighbour" not in listing.content
    assert client.get(reverse("report_subscriptions:edit", args=[mine.pk])).status_code == 200
    response = client.post(
        reverse("report_subscriptions:edit", args=[theirs.pk]),
        {"name": "Hijacked", "frequency": "weekly", "country": "KE"},
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "Neighbour's report"
    assert client.get(reverse("report_subscriptions:edit", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("report_subscriptions:delete", args=[theirs.pk])).status_code == 404
    assert ReportSubscription.objects.filter(pk=theirs.pk).exists()


def test_trainers_cannot_subscribe(client, trainer):
    client.force_login(trainer)
    response = client.get(reverse("report_subscriptions:add"))
    assert response.status_code in (302, 403)
    assert client.get(reverse("report_archive")).status_code == 403


def test_deleting_a_subscription_deletes_its_archived_files(
    analyst, django_capture_on_commit_callbacks
):
    from django.core.files.storage import default_storage

    subscription = subscribe(analyst)
    send_due_reports(NOW)
    name = ReportDelivery.objects.get().file.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        subscription.delete()
    assert not default_storage.exists(name)


def test_beat_runs_the_task_hourly(settings):
    from lms import celery_app

    celery_app.loader.import_default_modules()  # what a worker does at start
    entry = settings.CELERY_BEAT_SCHEDULE["send-scheduled-reports"]
    assert entry["task"] in celery_app.tasks
    assert celery_app.tasks[entry["task"]].name == send_scheduled_reports.name
    assert entry["schedule"] == 3600.0
