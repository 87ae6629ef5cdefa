"""A certificate deleted while its task waits or works: the task logs it and stops, with no
error and no retry (a retry would find nothing either)."""

import logging

import pytest
from django.core import mail
from django.db.models.signals import post_save

from courses.models import Certificate
from courses.tasks import render_and_send_certificate

pytestmark = pytest.mark.django_db


def needing_files_and_mail(certificate: Certificate) -> Certificate:
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf="", share_image="", credential="", render_status="pending", emailed_at=None
    )
    mail.outbox.clear()
    return certificate


def delete_it_when(signal, certificate):
    """Delete the certificate's row the moment ``signal`` fires for it (as an account
    deletion in another request would), for the duration of one task run."""

    def delete(sender, instance, **kwargs):
        if instance.pk == certificate.pk:
            Certificate.objects.filter(pk=instance.pk).delete()

    signal.connect(delete, sender=Certificate, weak=False)
    return lambda: signal.disconnect(delete, sender=Certificate)


def test_the_task_stops_quietly_when_its_certificate_goes_between_steps(certificate, caplog):
    needing_files_and_mail(certificate)
    # Deleted once the files are saved (the row lock is released when that step commits).
    disconnect = delete_it_when(post_save, certificate)
    try:
        with caplog.at_level(logging.INFO, logger="courses.services.certificates"):
            result = render_and_send_certificate.delay(certificate.pk).get()
    finally:
        disconnect()

    assert result is True  # the files were made; no exception, no retry
    assert not Certificate.objects.filter(pk=certificate.pk).exists()
    assert mail.outbox == []
    assert "deleted before its e-mail" in caplog.text


def test_a_task_for_a_certificate_already_gone_returns(certificate, caplog):
    pk = certificate.pk
    certificate.delete()
    with caplog.at_level(logging.INFO, logger="courses.services.certificates"):
        assert render_and_send_certificate.delay(pk).get() is False
    assert "no longer exists" in caplog.text
