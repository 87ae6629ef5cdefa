"""PostgreSQL restarts while learners browse: during the gap requests answer a clean 503
page ("back in a moment", Retry-After), never a 500 or a traceback, and the same gunicorn
serves them again as soon as the database is back."""

import threading
import time

import pytest
import requests

pytestmark = pytest.mark.faults

LEARNERS = (7, 8)


def test_requests_fail_cleanly_while_postgres_restarts_and_recover(site):
    pid = site.web.pid
    stop = threading.Event()
    seen: list[tuple[float, int, str, str]] = []
    lock = threading.Lock()
    course_url = site.base_url + site.data["course"]["url"]

    def browse(browser: requests.Session, url: str) -> None:
        while not stop.is_set():
            try:
                response = browser.get(url, timeout=20, allow_redirects=False)
                row = (
                    time.monotonic(),
                    response.status_code,
                    response.text,
                    response.headers.get("Retry-After", ""),
                )
            except requests.RequestException as error:  # the server itself must not fail
                row = (time.monotonic(), 0, repr(error), "")
            with lock:
                seen.append(row)
            time.sleep(0.05)

    threads = [
        threading.Thread(target=browse, args=(site.learner(n), site.base_url + "/dashboard/"))
        for n in LEARNERS
    ] + [threading.Thread(target=browse, args=(requests.Session(), course_url))]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.5)
        site.db.stop()
        down_at = time.monotonic()
        time.sleep(3)
        site.db.start()
        up_at = time.monotonic()
        time.sleep(6)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)

    statuses = {status for _t, status, _body, _retry in seen}
    odd = [
        (round(t - down_at, 1), status, body[:300])
        for t, status, body, _r in seen
        if status not in (200, 503)
    ]
    assert statuses <= {200, 503}, odd[:5]
    gap = [row for row in seen if down_at + 0.5 < row[0] < up_at]
    unavailable = [row for row in gap if row[1] == 503]
    assert unavailable, "no request met the database down"
    for _t, _status, body, retry_after in unavailable:
        assert "Back in a moment" in body and "Traceback" not in body
        assert retry_after == "30"
    settled = [row for row in seen if row[0] > up_at + 3]
    assert settled and {row[1] for row in settled} == {200}
    assert site.web.poll() is None and site.web.pid == pid  # the same server, not restarted
