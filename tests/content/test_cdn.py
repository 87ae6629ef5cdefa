"""A CDN in front of the anonymous pages: it may keep them, and a publish purges them at once.

The purge goes over real HTTP to a small server on 127.0.0.1 standing where Varnish or a CDN
edge would (Wagtail's HTTPBackend sends PURGE with the page's host), so what is tested is
what a real cache receives.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.test import override_settings

from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_server():
    """An HTTP server that records every request it receives: (method, Host, path)."""
    received: list[tuple[str, str, str]] = []
    arrived = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            received.append((self.command, self.headers["Host"], self.path))
            arrived.set()
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", received, arrived
    finally:
        server.shutdown()
        server.server_close()


def test_without_a_cdn_anonymous_pages_say_nothing_to_shared_caches(client, demo_site):
    course, _ = make_course((1,))
    response = client.get(course.url)
    assert "s-maxage" not in response.get("Cache-Control", "")


@override_settings(CDN_PAGE_SECONDS=600)
def test_with_a_cdn_anonymous_pages_may_be_kept_and_personal_ones_never(client, demo_site, learner):
    course, _ = make_course((1,))
    for expected in ("miss", "hit"):
        response = client.get(course.url)
        assert response["X-Page-Cache"] == expected
        control = response["Cache-Control"]
        assert "public" in control and "s-maxage=600" in control and "max-age=0" in control
    client.force_login(learner)
    response = client.get(course.url)
    assert response["Cache-Control"] == "private, no-store"


def test_publishing_a_page_purges_its_address_from_the_cdn(
    demo_site, purge_server, django_capture_on_commit_callbacks
):
    location, received, arrived = purge_server
    course, _ = make_course((1,))
    backend = {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}
    with (
        override_settings(WAGTAILFRONTENDCACHE={"edge": {**backend, "LOCATION": location}}),
        django_capture_on_commit_callbacks(execute=True),
    ):
        course.title = "Pricing with Incoterms, second edition"
        course.save_revision().publish()
        assert arrived.wait(10), "no PURGE reached the cache"
    # Wagtail's HTTPBackend asks the cache for the page's path, naming the site's host.
    url = urlsplit(course.get_full_url())
    assert ("PURGE", url.netloc, url.path) in received, received
