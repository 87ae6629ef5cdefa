"""Shared fixtures: media in a temporary folder, a clean cache, the demo site and users."""

import pytest
from django.core.cache import cache

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


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
def demo_site(db):
    """The demo home page and tracks, as `manage.py load_demo` builds them."""
    from lms.demo import site

    home = site.load_home_page()
    site.load_tracks(home)
    return home


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
