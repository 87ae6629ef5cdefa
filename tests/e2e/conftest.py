"""Browser tests: Playwright's Python API driving Debian's Chromium against a live server.

Playwright's sync API runs an event loop in the test thread, which makes Django refuse ORM
calls there unless DJANGO_ALLOW_ASYNC_UNSAFE is set; it is set for these tests only.

The demo is built once per test process, not once per test (PostgreSQL): the first test
that needs it (a browser test, or any test using ``loaded_demo``) runs ``load_demo``, and the
process keeps a snapshot of the database and its media files (tests/snapshots.py); each
browser test starts from that snapshot (every table emptied and refilled, the sequences moved
past the copied ids, the media linked into the test's MEDIA_ROOT). A test therefore sees
exactly the demo ``load_demo`` builds, whatever the test before it changed. Other databases
(SQLite) load the demo for every test, as before.
"""

import os
import shutil

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            # A reader searches the demo as load_demo indexed it (tests/conftest.py).
            item.add_marker(pytest.mark.search)


@pytest.fixture(scope="session")
def browser(migration_data):
    if not shutil.which(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # Playwright's loop gives this thread a new connection object: hand it the
        # serialized migration data so Django's serialized rollback can restore it.
        from django.db import connection

        connection._test_serialized_contents = migration_data
        yield browser
        browser.close()


@pytest.fixture
def demo(transactional_db, django_db_serialized_rollback, settings, tmp_path_factory):
    """The demo site without the synthetic population (tests that need one build their own).

    On PostgreSQL the first test of the process to need the demo loads it and keeps a
    snapshot; the following ones start from it (``tests.snapshots.load_demo_once``).
    """
    from tests.snapshots import load_demo_once

    load_demo_once(settings.MEDIA_ROOT, tmp_path_factory)


@pytest.fixture
def page(browser, live_server, demo):
    """A fresh browser page whose relative URLs go to the live server; console errors fail."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"
