"""Two web machines sharing one Redis and one PostgreSQL, shown with two gunicorn processes.

Each runs the production settings on its own port, as each machine behind a load balancer
would. What one does, the other knows at once: a page published through one machine's admin
is what the other serves to the next visitor (the page cache lives in the shared Redis and
every publish moves its version on), and a rate limit spent on one holds on the other.
"""

import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from courses.models import CoursePage
from lms.demo import site as demo_site
from tests.courses.builders import make_course
from tests.factories import PASSWORD, UserFactory

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
REDIS_DB = 8  # a database of its own on the shared Redis, emptied before and after


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Machine:
    """One gunicorn process; requests keep their cookies like one browser."""

    def __init__(self, port: int, proc: subprocess.Popen):
        self.port, self.proc, self.cookies, self.last_location = port, proc, {}, None

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            jar = SimpleCookie()
            for value in response.msg.get_all("Set-Cookie") or []:
                jar.load(value)
            self.cookies.update({name: morsel.value for name, morsel in jar.items()})
            self.last_location = response.msg.get("Location")
            return response.status, response.msg, response.read().decode()
        finally:
            conn.close()

    def post_form(self, path, fields):
        status, _, html = self.request("GET", path)
        assert status == 200, (path, status, self.last_location)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        body = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token})
        return self.request(
            "POST",
            path,
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Referer": path},
        )

    def wait_until_up(self):
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"gunicorn on {self.port} exited: {self.proc.stdout.read()}")
            try:
                status, headers, body = self.request("GET", "/accounts/login/")
            except OSError:
                time.sleep(0.3)
                continue
            assert status == 200, (status, dict(headers), body[:500])
            self.cookies.clear()
            return
        pytest.fail(f"gunicorn on {self.port} did not answer within 120 s")


@pytest.fixture
def start_machines(transactional_db, django_db_serialized_rollback):
    """Starts the two machines when called, once the test has written what they serve (this
    process caches in its own memory, so the machines must not have cached the tree before)."""
    redis_url = settings.CELERY_BROKER_URL or os.environ.get("REDIS_URL")
    if not redis_url or connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), as in CI")
    shared_redis = redis_url.rsplit("/", 1)[0] + f"/{REDIS_DB}"
    redis.Redis.from_url(shared_redis).flushdb()
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.integration.server_settings",
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
        "REDIS_URL": shared_redis,
        "CELERY_BROKER_URL": shared_redis,
        "SECURE_SSL_REDIRECT": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "OPENBADGES_KEY_FILE": str(settings.OPENBADGES_KEY_FILE),
        "CERTIFICATE_VERIFY_RATE": "3/m",
        # The moderator signs in with a password only; second factors are tested elsewhere.
        "MFA_REQUIRED_FOR_STAFF": "false",
        "LOG_LEVEL": "WARNING",
    }
    started = []

    def start():
        for _ in range(2):
            port = free_port()
            proc = subprocess.Popen(  # noqa: S603 - this project's own app under gunicorn
                [
                    *(sys.executable, "-m", "gunicorn", "lms.wsgi"),
                    *("--bind", f"{HOST}:{port}", "--workers", "1", "--log-level", "warning"),
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            started.append(Machine(port, proc))
        for machine in started:
            machine.wait_until_up()
        return started

    try:
        yield start
    finally:
        for machine in started:
            machine.proc.terminate()
            try:
                machine.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                machine.proc.kill()
        redis.Redis.from_url(shared_redis).flushdb()


def test_a_publish_on_one_machine_is_served_by_the_other_at_once(start_machines):
    home = demo_site.load_home_page()
    demo_site.load_tracks(home)
    course, _ = make_course((1,), title="Selling to the EU")
    # A trainer's draft waits for a moderator: the live page still has the old title.
    draft = CoursePage.objects.get(pk=course.pk)
    draft.title = "Selling to the EU, revised"
    draft.save_revision()
    moderator = UserFactory(role="Content moderator", profile=False)
    one, other = start_machines()

    status, headers, html = other.request("GET", course.url)
    assert status == 200 and "Selling to the EU" in html and "revised" not in html
    assert other.request("GET", course.url)[1]["X-Page-Cache"] == "hit"  # kept in Redis

    status, _, _ = one.post_form(
        "/accounts/login/", {"login": moderator.email, "password": PASSWORD}
    )
    assert status == 302 and "sessionid" in one.cookies
    status, _, _ = one.post_form(f"/admin/bulk/wagtailcore/page/publish/?id={course.pk}", {})
    assert status == 302
    assert CoursePage.objects.get(pk=course.pk).title == "Selling to the EU, revised"

    status, headers, html = other.request("GET", course.url)
    assert status == 200 and "Selling to the EU, revised" in html
    assert headers["X-Page-Cache"] == "miss"


def test_a_rate_limit_spent_on_one_machine_holds_on_the_other(start_machines):
    one, other = start_machines()
    for _ in range(3):  # CERTIFICATE_VERIFY_RATE is 3 a minute per address
        status, _, _ = one.request("GET", "/certificates/verify/NONE-SUCH-CODE-0000/")
        assert status != 429
    status, _, html = other.request("GET", "/certificates/verify/NONE-SUCH-CODE-0000/")
    assert status == 429
