"""A real Celery worker renders and e-mails a certificate once, however often the task is
sent (PostgreSQL and a Redis broker; skipped on the SQLite default like its neighbour)."""

import time

import pytest
from django.utils import timezone

from courses.models import Certificate, Enrollment
from courses.services import certificates
from courses.tasks import render_and_send_certificate
from tests.courses.builders import make_course
from tests.factories import UserFactory
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_worker_renders_and_sends_a_certificate_once(worker, demo_site):
    queue, proc = worker
    course, lessons = make_course((1,), slug="worker-certificate")
    learner = UserFactory(role="Learner", first_name="Amina", last_name="Uwase")
    Enrollment.objects.create(user=learner, course=course, completed_at=timezone.now())
    render_and_send_certificate.apply_async = _to(queue, render_and_send_certificate.apply_async)
    try:
        certificate = certificates.issue_certificate(Enrollment.objects.get(user=learner))
        # Sent twice more, as retries or a second worker would.
        render_and_send_certificate.apply_async(args=[certificate.pk])
        render_and_send_certificate.apply_async(args=[certificate.pk])
    finally:
        del render_and_send_certificate.apply_async

    def sent():
        certificate.refresh_from_db()
        return certificate.emailed_at is not None

    wait_for(sent, proc, 120, "render and send the certificate")
    first = certificate.emailed_at
    time.sleep(3)  # let the other two messages be processed
    certificate.refresh_from_db()
    assert certificate.emailed_at == first
    assert certificate.render_status == Certificate.RenderStatus.READY
    assert certificate.pdf.name and certificate.share_image.name and certificate.credential


def _to(queue, apply_async):
    def send(*args, **kwargs):
        return apply_async(*args, **{**kwargs, "queue": queue})

    return send
