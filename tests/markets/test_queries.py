"""The toolkit's pages run a fixed number of queries whatever the number of items,
markets or resources (no query per row)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from content.markets import services
from tests.library.test_library import make_resource
from tests.markets.test_checklists import make_checklist

pytestmark = pytest.mark.django_db


def count(client, url):
    client.get(url)  # warm the caches a running site has (site, toolkit link, session)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_checklist_and_market_list_queries_do_not_grow_with_items(client, learner):
    small = make_checklist(slug="small", name="Small", items=[("trademark", "One")])
    large = make_checklist(
        slug="large",
        name="Large",
        items=[
            (category, f"Item {n}")
            for n in range(6)
            for category in ("trademark", "taxes", "payments")
        ],
    )
    services.save_ticks(learner, large, list(large.items.all())[:7])
    client.force_login(learner)
    counts = [count(client, reverse("markets:detail", args=[c.slug])) for c in (small, large)]
    # The user and their ticks: the checklist and its items are cached for every reader
    # (services.checklist_to_read).
    assert counts[0] == counts[1] == 2
    before = count(client, reverse("markets:list"))
    make_checklist(slug="more", name="More")
    assert count(client, reverse("markets:list")) == before <= 3


def test_library_queries_do_not_grow_with_resources(client, db):
    make_resource("First guide")
    few = count(client, reverse("library:list"))
    for n in range(10):
        make_resource(f"Guide {n}", market=make_checklist(slug=f"m{n}", name=f"Market {n}"))
    assert count(client, reverse("library:list")) == few <= 4


def test_the_cached_checklist_follows_every_change_at_once(client, learner):
    checklist = make_checklist(
        slug="changing", name="Changing", items=[("trademark", "File with the old office")]
    )
    client.force_login(learner)
    url = reverse("markets:detail", args=[checklist.slug])
    assert "File with the old office" in client.get(url).content.decode()
    client.get(url)  # from the cache now

    item = checklist.items.get()
    item.text = "File with the new office"
    item.save()
    page = client.get(url).content.decode()
    assert "File with the new office" in page
    assert "File with the old office" not in page

    checklist.live = False
    checklist.save()
    assert client.get(url).status_code == 404
