"""A real Celery worker on Redis builds and e-mails a scheduled report once, however often
the task is sent (PostgreSQL and a Redis broker; skipped on the SQLite default)."""

import time

import pytest

from courses.models import Enrollment
from lms.accounts.models import AnalystScope
from lms.reports.models import ReportDelivery, ReportSubscription
from lms.reports.tasks_distribution import send_scheduled_reports
from tests.courses.builders import make_course
from tests.factories import UserFactory
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_worker_sends_a_scheduled_report_once(worker, demo_site):
    queue, proc = worker
    course, _lessons = make_course((2,), slug="scheduled-report-course")
    analyst = UserFactory(role="Ministry analyst", profile=False, email="bi@example.org")
    AnalystScope.objects.create(user=analyst, countries=["KE"])
    for _n in range(12):
        Enrollment.objects.create(user=UserFactory(role="Learner", country="KE"), course=course)
    subscription = ReportSubscription.objects.create(
        analyst=analyst, name="Kenya monthly", frequency="monthly"
    )
    # Three runs, as beat firing while a retry is pending, or two workers, would send.
    for _run in range(3):
        send_scheduled_reports.apply_async(queue=queue)

    def sent():
        delivery = ReportDelivery.objects.filter(subscription=subscription).first()
        return delivery is not None and delivery.emailed_at is not None

    wait_for(sent, proc, 120, "build and send the scheduled report")
    delivery = ReportDelivery.objects.get(subscription=subscription)
    first = delivery.emailed_at
    time.sleep(3)  # let the other two messages be processed
    delivery.refresh_from_db()
    assert delivery.emailed_at == first
    assert delivery.status == ReportDelivery.Status.SENT
    assert delivery.file.name.endswith(".xlsx") and delivery.scope_countries == "KE"
    assert ReportDelivery.objects.filter(subscription=subscription).count() == 1
