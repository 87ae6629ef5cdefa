"""tests/snapshots.py ``build_once``: what a fixture built once is written again, the same
rows and cache entries, only onto the state it was built on (PostgreSQL)."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from wagtail.models import Page

from content.models import HomePage
from lms.demo import site
from tests import snapshots
from tests.factories import UserFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="build_once writes rows again on PostgreSQL"
)


@pytest.fixture
def builder(db):
    """A fresh key (no other test's build) and a build of the demo's home and tracks that
    counts its runs; the first build is rolled back, as a test's transaction would be."""
    calls = []

    def build():
        calls.append(1)
        home = site.load_home_page()
        site.load_tracks(home)
        return home.pk

    key = ("test_built_rows", object())
    with transaction.atomic():
        pk = snapshots.build_once(key, build)
        built = snapshots._BUILT[key]
        rows = snapshots.table_rows(connection.cursor(), built.after)
        cached = dict(cache._cache)
        transaction.set_rollback(True)
    cache.clear()
    yield key, build, calls, pk, rows, cached
    snapshots._BUILT.pop(key)


def test_the_rows_and_cache_entries_are_written_again_not_built(builder):
    key, build, calls, pk, rows, cached = builder
    assert not HomePage.objects.exists()
    learner = UserFactory(role="Learner")  # written first, elsewhere: kept
    assert snapshots.build_once(key, build) == pk
    assert calls == [1]
    assert snapshots.table_rows(connection.cursor(), rows) == rows
    assert dict(cache._cache) == cached
    home = HomePage.objects.get(pk=pk)
    assert [t.slug for t in home.get_children()] == [t["slug"] for t in site.TRACKS]
    assert type(learner).objects.filter(pk=learner.pk).exists()
    # The sequences are past the written rows: new pages and revisions save.
    page = home.add_child(instance=Page(title="After", slug="after"))
    page.save_revision().publish()


def test_a_page_written_first_makes_it_build_again(builder):
    key, build, calls, pk, rows, cached = builder
    Page.get_first_root_node().add_child(instance=Page(title="Other", slug="other"))
    home_pk = snapshots.build_once(key, build)
    assert calls == [1, 1]
    assert HomePage.objects.get(pk=home_pk).get_children().count() == len(site.TRACKS)
    assert Page.objects.filter(slug="other").exists()
