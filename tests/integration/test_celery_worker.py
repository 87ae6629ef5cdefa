"""A real Celery worker on the Redis broker runs a task against the real database.

Runs when CELERY_BROKER_URL (or REDIS_URL) names a broker and the database is one a second
process can share (PostgreSQL), as in CI; skipped on the SQLite default.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from lms import celery_app
from lms.accounts.tasks import send_welcome_email
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def broker_url():
    url = settings.CELERY_BROKER_URL
    if not url:
        pytest.skip("no broker: set CELERY_BROKER_URL or REDIS_URL")
    if connection.vendor != "postgresql":
        pytest.skip("the worker process needs a shared database (set DATABASE_URL)")
    return url


@pytest.fixture
def worker(broker_url):
    """Start `celery worker` in its own process, consuming a queue of its own."""
    queue = f"test-{uuid.uuid4().hex[:8]}"
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "CELERY_BROKER_URL": broker_url,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            "-Q",
            queue,
            "--without-gossip",
            "--without-mingle",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    try:
        yield queue, proc
    finally:
        celery_app.conf.task_always_eager = previous
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_worker_runs_the_welcome_task_once(worker):
    queue, proc = worker
    learner = UserFactory(role="Learner")

    # Sent twice, as a retry or a double click would: the worker sends one welcome.
    send_welcome_email.apply_async(args=[learner.pk], queue=queue)
    send_welcome_email.apply_async(args=[learner.pk], queue=queue)

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        learner.refresh_from_db()
        if learner.welcome_sent_at is not None:
            break
        assert proc.poll() is None, proc.stdout.read()
        time.sleep(0.5)
    assert learner.welcome_sent_at is not None, "the worker did not run the task in 60 s"
    first = learner.welcome_sent_at

    time.sleep(2)  # let the second message be processed
    learner.refresh_from_db()
    assert learner.welcome_sent_at == first
