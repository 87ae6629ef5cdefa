"""Browser tests: Playwright's Python API driving Debian's Chromium against a live server.

Playwright's sync API runs an event loop in the test thread, which makes Django refuse ORM
calls there unless DJANGO_ALLOW_ASYNC_UNSAFE is set; it is set for these tests only.

The demo is built once per test process, not once per test (PostgreSQL): the first browser
test runs ``load_demo``, every table it filled is copied into a schema of its own with its
media files beside it, and each following test starts from that copy (the tables truncated
and refilled, the sequences moved past the copied ids, the media linked into the test's
MEDIA_ROOT); the copy is dropped after the process's last browser test. A test therefore
sees exactly the demo ``load_demo`` builds, whatever the test before it changed. Other
databases (SQLite) load the demo for every test, as before.
"""

import os
import shutil

import pytest
from django.core.management import call_command

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
SNAPSHOT_SCHEMA = "gga_demo_snapshot"


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


def load_demo():
    call_command("load_demo", "--learners", "0", stdout=open(os.devnull, "w"))


class DemoSnapshot:
    """The demo's rows, copied once into SNAPSHOT_SCHEMA, and its media files."""

    def __init__(self, connection, media):
        from django.apps import apps
        from django.core.management.color import no_style

        self.media = media
        quote = connection.ops.quote_name
        self.all_tables = sorted(
            connection.introspection.django_table_names(only_existing=True, include_views=False)
        )
        self.flush_sql = connection.ops.sql_flush(no_style(), self.all_tables)
        self.sequence_sql = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
        self.tables = []
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
            cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
            for table in self.all_tables:
                cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {quote(table)})")  # noqa: S608
                if cursor.fetchone()[0]:
                    cursor.execute(
                        f"CREATE TABLE {SNAPSHOT_SCHEMA}.{quote(table)} AS TABLE {quote(table)}"
                    )
                    self.tables.append(quote(table))

    def restore(self, connection, media_root):
        """Empty every table, refill the demo's, move the sequences past their ids."""
        from django.db import transaction

        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            for sql in self.flush_sql:
                cursor.execute(sql)
            for table in self.tables:
                cursor.execute(f"INSERT INTO {table} SELECT * FROM {SNAPSHOT_SCHEMA}.{table}")  # noqa: S608
            for sql in self.sequence_sql:
                cursor.execute(sql)
        if self.media.exists():
            shutil.copytree(self.media, media_root, copy_function=_link, dirs_exist_ok=True)

    def drop(self, connection):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")


def _link(source, target):
    """Hard-link a media file (no test rewrites one in place), copying across file systems."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


#: The demo as the first browser test of this process loaded it, for the following ones.
_SNAPSHOTS: dict[str, DemoSnapshot] = {}


def pytest_runtest_teardown(item, nextitem):
    """Drop the copy after this process's last browser test (pytest-django runs them in one
    stretch), so a later test (a backup's pg_dump) finds only the application's tables."""
    if "demo" not in _SNAPSHOTS:
        return
    if nextitem is not None and "tests/e2e/" in str(nextitem.fspath):
        return
    from django.db import connection
    from pytest_django.plugin import blocking_manager_key

    with item.config.stash[blocking_manager_key].unblock():
        _SNAPSHOTS.pop("demo").drop(connection)


@pytest.fixture
def demo(transactional_db, django_db_serialized_rollback, settings, tmp_path_factory):
    """The demo site without the synthetic population (tests that need one build their own).

    On PostgreSQL the first test loads it and keeps a copy; the following ones start from it.
    """
    from django.db import connection

    snapshot = _SNAPSHOTS.get("demo")
    if snapshot is not None:
        snapshot.restore(connection, settings.MEDIA_ROOT)
        return
    load_demo()
    if connection.vendor == "postgresql":
        media = tmp_path_factory.mktemp("demo-media") / "media"
        if os.path.exists(settings.MEDIA_ROOT):
            shutil.copytree(settings.MEDIA_ROOT, media, copy_function=_link)
        _SNAPSHOTS["demo"] = DemoSnapshot(connection, media)


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
