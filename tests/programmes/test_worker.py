"""The whole import through a real Celery worker on Redis and PostgreSQL: checked, imported,
each learner invited once however often the invitation task is sent (skipped on SQLite)."""

import time
from contextlib import contextmanager

import pytest

from lms.programmes import imports, tasks
from lms.programmes.models import ImportStatus, LearnerImport, LearnerInvitation
from tests.factories import UserFactory
from tests.integration.conftest import broker_url, wait_for, worker  # noqa: F401

from .builders import csv_file, learner_rows

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@contextmanager
def sent_to(queue):
    """Route this app's tasks to the test worker's queue."""
    chosen = [tasks.check_learner_import, tasks.run_learner_import, tasks.send_import_invitations]
    for task in chosen:
        original = task.apply_async
        task.apply_async = lambda *a, _send=original, **kw: _send(*a, **{**kw, "queue": queue})
    try:
        yield
    finally:
        for task in chosen:
            del task.apply_async


def test_a_real_worker_imports_and_invites_each_learner_once(worker, programme, code):  # noqa: F811
    queue, proc = worker
    admin = UserFactory(role="Site admin", profile=False)

    with sent_to(queue):
        job = imports.start_import(
            file_name="learners.csv",
            content=csv_file(learner_rows(5)),
            add_existing=False,
            by=admin,
        )
        wait_for(lambda: _status(job) == ImportStatus.READY, proc, 60, "check the file")
        assert imports.confirm_import(job)
        wait_for(lambda: _status(job) == ImportStatus.DONE, proc, 60, "import the file")

        invitations = LearnerInvitation.objects.filter(learner_import=job)
        wait_for(
            lambda: not invitations.filter(sent_at__isnull=True).exists(),
            proc,
            60,
            "send the invitations",
        )
        first = dict(invitations.values_list("user_id", "sent_at"))
        # Sent again, as a redelivery or a second worker would: nothing is sent twice.
        tasks.send_import_invitations.delay(job.pk)
        tasks.send_import_invitations.delay(job.pk)
        time.sleep(3)

    assert len(first) == 5
    assert dict(invitations.values_list("user_id", "sent_at")) == first
    assert programme.memberships.count() == 5


def _status(job: LearnerImport) -> str:
    return LearnerImport.objects.values_list("status", flat=True).get(pk=job.pk)
