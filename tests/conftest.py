"""Shared fixtures: media in a temporary folder, a clean cache, the demo site and users."""

import contextlib
import os
import re

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.utils import translation

from tests.factories import UserFactory


def search_index_on():
    """The test settings with the search index written at every save (AUTO_UPDATE)."""
    from django.conf import settings
    from django.test import override_settings

    backends = {
        name: {**params, "AUTO_UPDATE": True}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


def index_if_marked_search(request):
    """``search_index_on()`` for a module or test marked ``search``; nothing otherwise."""
    if request.node.get_closest_marker("search") is None:
        return contextlib.nullcontext()
    return search_index_on()


@pytest.fixture(scope="module", autouse=True)
def _search_index_for_the_module(request):
    """A module marked ``search`` (``pytestmark``) indexes from its module fixtures on.

    The test settings leave the index unwritten (lms/settings/test.py): a search finds
    only what was saved while this is on.
    """
    with index_if_marked_search(request):
        yield


@pytest.fixture(autouse=True)
def _search_index_for_the_test(request):
    """A test marked ``search`` indexes whatever it and its fixtures save."""
    with index_if_marked_search(request):
        yield


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A request under /fr/ leaves French active in this thread (Django's LocaleMiddleware
    does not reset it): the next test must not start in French."""
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


def worker_redis_url(url: str, worker: str | None, databases: str | None) -> str:
    """The Redis URL an xdist worker uses: a database number of its own.

    ``make test`` runs the suite on several processes (pytest-xdist, workers gw0, gw1 …).
    Their test databases differ already (pytest-django suffixes them); their Redis must too,
    since the two-server test empties its Redis database and the worker tests read queues
    there. Worker N takes the N-th number of TEST_REDIS_DBS ("9,10"), or the URL's own
    number plus N. A run without workers keeps the URL as it is.
    """
    if not url or not worker:
        return url
    index = int(worker.removeprefix("gw"))
    match = re.match(r"^(redis://[^/]*)(?:/(\d+))?$", url)
    if not match:
        return url
    if databases:
        numbers = [int(n) for n in databases.split(",") if n.strip()]
        if index >= len(numbers):
            raise pytest.UsageError(
                f"TEST_REDIS_DBS={databases} names {len(numbers)} Redis databases "
                f"for worker {worker}: give one per worker"
            )
        number = numbers[index]
    else:
        number = int(match.group(2) or 0) + index
    return f"{match.group(1)}/{number}"


@pytest.fixture(scope="session", autouse=True)
def _redis_per_worker():
    """Point this xdist worker's broker (settings, Celery, subprocesses) at its own Redis db."""
    from django.conf import settings

    from lms import celery_app

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    databases = os.environ.get("TEST_REDIS_DBS")
    url = worker_redis_url(settings.CELERY_BROKER_URL, worker, databases)
    if url != settings.CELERY_BROKER_URL:
        settings.CELERY_BROKER_URL = url
        celery_app.conf.broker_url = url
        for name in ("CELERY_BROKER_URL", "REDIS_URL"):
            if os.environ.get(name):
                os.environ[name] = worker_redis_url(os.environ[name], worker, databases)
    yield


@pytest.fixture(scope="session")
def migration_data(django_db_setup, django_db_blocker):
    """The rows the migrations create (roles, Wagtail's root page and site …), serialized.

    Transactional tests flush the database afterwards and Django restores these rows from
    the connection's serialized copy; Playwright's event loop gives the test thread a new
    connection object without that copy, so the browser fixture hands it over.
    """
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.fixture(scope="session", autouse=True)
def _keep_migration_data_for_reuse(migration_data, django_db_blocker):
    """Leave the migrations' rows in place when the session ends.

    A transactional test (browser, worker, race) flushes the database when it finishes, and
    Django restores the migrations' rows only at the start of the next such test; after the
    last one the database is left empty, and the next ``--reuse-db`` run (the default here)
    would start without roles or Wagtail's root page.
    """
    yield
    if not migration_data:
        return
    from django.contrib.auth.models import Group
    from django.db import connection, transaction

    with django_db_blocker.unblock():
        if not Group.objects.exists():
            with transaction.atomic():
                connection.creation.deserialize_db_from_string(migration_data)


@pytest.fixture
def demo_site(db, settings):
    """The demo home page and tracks, as `manage.py load_demo` builds them.

    Some 400 tests start from them: on PostgreSQL the first in a test process builds them
    and the others write the rows it wrote again (tests/snapshots.py ``build_once``: a few
    milliseconds instead of some 290 queries), when the page tree, sites and locales are as
    that first build found them; otherwise (a fixture before this one wrote pages, say) it
    builds them again, as on SQLite.
    """
    from content.models import HomePage
    from lms.demo import site
    from tests.snapshots import build_once, indexing_key

    def build():
        home = site.load_home_page()
        site.load_tracks(home)
        return home.pk

    key = (
        "demo_site",
        *indexing_key(),
        settings.SITE_URL,
        settings.LANGUAGE_CODE,
        str(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None)),
    )
    return HomePage.objects.get(pk=build_once(key, build))


@pytest.fixture
def loaded_demo(db, settings, tmp_path_factory):
    """The database exactly as ``manage.py load_demo --learners 0`` leaves an empty one,
    with its files in the test's MEDIA_ROOT and (PostgreSQL) its pages in the search index and
    Wagtail's reference index, written whatever the test's marks (tests/snapshots.py).

    On PostgreSQL the first use in a test process runs load_demo and keeps a snapshot
    (tests/snapshots.py); later uses restore it inside their own transaction, rolled back
    at the test's end as usual. On SQLite it runs load_demo. Restoring replaces every row,
    so request it before any fixture that writes (``loaded_demo, learner``, not the reverse).
    """
    from lms.accounts.models import User
    from tests.snapshots import load_demo_once

    assert not User.objects.exists(), "loaded_demo must come before fixtures that write"
    load_demo_once(settings.MEDIA_ROOT, tmp_path_factory)


@pytest.fixture
def learner(db):
    return UserFactory(role="Learner")


@pytest.fixture
def trainer(db):
    return UserFactory(role="Trainer", profile=False)


@pytest.fixture
def moderator(db):
    return UserFactory(role="Content moderator", profile=False)


@pytest.fixture
def analyst(db):
    return UserFactory(role="Ministry analyst", profile=False)


@pytest.fixture
def site_admin(db):
    return UserFactory(role="Site admin", profile=False)
