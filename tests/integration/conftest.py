"""A real `celery worker` process on the Redis broker, sharing the PostgreSQL test database.

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


def wait_for(done, proc, seconds: float, what: str) -> None:
    """Poll ``done()`` until it is true; fail with the worker's log if it dies or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if done():
            return
        assert proc.poll() is None, proc.stdout.read()
        time.sleep(0.5)
    pytest.fail(f"the worker did not {what} in {seconds:.0f} s")
