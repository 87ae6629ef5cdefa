"""Redis (cache, session cache and broker) stops while learners complete a course, then
comes back: every request succeeds meanwhile, and each learner gets one certificate, rendered
once and e-mailed once."""

import time

import pytest
import requests

from .conftest import wait_until

pytestmark = pytest.mark.faults
PASSWORD = "a long outage passphrase 42"


def test_learners_finish_courses_while_redis_is_down(site):
    worker = site.start_worker(beat=True)
    site.wait_ready(worker)
    first, second = site.data["lessons"]
    course = site.data["course"]["id"]
    learners = range(0, 6)
    browsers = {n: site.learner(n) for n in learners}
    users = [site.data["learners"][n]["id"] for n in learners]
    for browser in browsers.values():
        assert site.post(browser, f"/learn/courses/{course}/enroll/").status_code == 302
        assert site.post(browser, f"/learn/lessons/{first}/complete/").status_code == 302

    site.redis.stop()
    try:
        statuses = []
        for browser in browsers.values():
            # The last lesson completes the course: its certificate is issued now and its
            # rendering cannot be queued until Redis is back.
            statuses.append(site.post(browser, f"/learn/lessons/{second}/complete/").status_code)
            statuses.append(browser.get(site.base_url + "/dashboard/", timeout=30).status_code)
        assert statuses == [302, 200] * len(browsers)
        issued = site.db.rows(
            "SELECT user_id, render_status FROM courses_certificate WHERE user_id = ANY(%s)",
            users,
        )
        assert [status for _user, status in issued] == ["pending"] * len(browsers)
        # A visitor signs up meanwhile: the account is made and its confirmation e-mail
        # leaves from the request, since it cannot be queued.
        visitor = requests.Session()
        visitor.cookies.set("csrftoken", "f" * 32)
        visitor.headers.update({"X-CSRFToken": "f" * 32, "Connection": "close"})
        signup = site.post(
            visitor,
            "/accounts/signup/",
            {
                "email": "outage@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "first_name": "Amina",
                "country": "KE",
                "sector": "C",
                "enterprise_size": "micro",
                "owner_gender": "woman",
                "export_stage": "not_yet",
            },
        )
        assert signup.status_code == 302, signup.text[:500]
        assert (
            site.db.scalar("SELECT count(*) FROM accounts_user WHERE email = 'outage@example.org'")
            == 1
        )
        assert "outage@example.org" in site.emails_to(subject="Please Confirm")
    finally:
        site.redis.start()

    emails = [site.data["learners"][n]["email"] for n in learners]

    def all_sent() -> bool:
        return site.db.scalar(
            "SELECT count(*) FROM courses_certificate WHERE emailed_at IS NOT NULL"
            " AND render_status = 'ready' AND user_id = ANY(%s)",
            users,
        ) == len(emails)

    wait_until(all_sent, 60, "every certificate to be rendered and e-mailed")
    # Beat keeps sending owed certificates every 2 s; a few more rounds change nothing.
    time.sleep(5)
    assert sorted(e for e in site.emails_to() if e in emails) == sorted(emails)
    assert site.db.scalar(
        "SELECT count(*) FROM courses_certificate WHERE user_id = ANY(%s)", users
    ) == len(emails)
    site.kill_worker(worker)
