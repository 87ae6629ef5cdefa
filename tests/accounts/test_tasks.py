"""Background work is enqueued after commit and is idempotent."""

import threading

import pytest
from django.core import mail
from django.db import connection

from lms.accounts import services
from lms.accounts.tasks import send_welcome_email

pytestmark = pytest.mark.django_db


def test_welcome_is_sent_once_however_often_the_task_runs(learner):
    assert send_welcome_email.delay(learner.pk).get() is True
    assert send_welcome_email.delay(learner.pk).get() is False

    assert len(mail.outbox) == 1
    learner.refresh_from_db()
    assert learner.welcome_sent_at is not None


def test_unknown_or_inactive_user_is_skipped(learner):
    learner.is_active = False
    learner.save()
    assert services.send_welcome_email(learner.pk) is False
    assert services.send_welcome_email(10**9) is False
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_runs_send_one_welcome(learner):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only exercised on PostgreSQL")
    results = []

    def run():
        try:
            results.append(services.send_welcome_email(learner.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False, False, False, True]
    assert len(mail.outbox) == 1
