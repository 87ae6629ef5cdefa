"""A Celery worker killed with SIGKILL while it holds a certificate's task: the message was
not acknowledged (acks_late), so Redis delivers it again after the visibility timeout, and the
certificate is rendered and e-mailed once."""

import time

import pytest
import redis

from .conftest import wait_until

pytestmark = pytest.mark.faults

LEARNER = 6


def test_a_killed_worker_leaves_its_task_to_the_next_one(site):
    broker = redis.Redis(port=site.redis.port)
    worker = site.start_worker(beat=False)
    site.wait_ready(worker)
    browser = site.learner(LEARNER)
    email = site.data["learners"][LEARNER]["email"]
    user = site.data["learners"][LEARNER]["id"]
    course = site.data["course"]["id"]
    assert site.post(browser, f"/learn/courses/{course}/enroll/").status_code == 302
    for lesson in site.data["lessons"]:
        assert site.post(browser, f"/learn/lessons/{lesson}/complete/").status_code == 302

    # The worker has taken the task and not acknowledged it: it is rendering the PDF.
    wait_until(lambda: broker.hlen("unacked") > 0, 60, "the worker to take the task", 0.05)
    time.sleep(0.3)
    site.kill_worker(worker)  # SIGKILL to the worker and its pool
    emailed = site.db.scalar(
        "SELECT count(*) FROM courses_certificate WHERE user_id = %s AND emailed_at IS NOT NULL",
        user,
    )
    assert emailed == 0, "the worker finished before it was killed; nothing was proved"
    assert email not in site.emails_to()

    # The next worker boots (slowly on a fresh clone: nothing compiled, no font cache yet),
    # then gets the message again once the visibility timeout has passed.
    site.wait_ready(site.start_worker(beat=False))

    def sent() -> bool:
        return bool(
            site.db.scalar(
                "SELECT count(*) FROM courses_certificate WHERE user_id = %s"
                " AND emailed_at IS NOT NULL AND render_status = 'ready'",
                user,
            )
        )

    wait_until(sent, 120, "the certificate to be sent after redelivery")
    time.sleep(2)
    assert site.emails_to().count(email) == 1
    assert site.db.scalar("SELECT count(*) FROM courses_certificate WHERE user_id = %s", user) == 1
    assert broker.hlen("unacked") == 0
