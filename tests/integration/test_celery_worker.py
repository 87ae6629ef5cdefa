"""A real Celery worker on the Redis broker runs a task against the real database (see
conftest.py for when it runs)."""

import time

import pytest

from lms.accounts.tasks import send_welcome_email
from tests.factories import UserFactory
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_worker_runs_the_welcome_task_once(worker):
    queue, proc = worker
    learner = UserFactory(role="Learner")

    # Sent twice, as a retry or a double click would: the worker sends one welcome.
    send_welcome_email.apply_async(args=[learner.pk], queue=queue)
    send_welcome_email.apply_async(args=[learner.pk], queue=queue)

    def sent():
        learner.refresh_from_db()
        return learner.welcome_sent_at is not None

    wait_for(sent, proc, 60, "run the task")
    first = learner.welcome_sent_at

    time.sleep(2)  # let the second message be processed
    learner.refresh_from_db()
    assert learner.welcome_sent_at == first
