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
    assert counts[0] == counts[1] <= 4  # user, checklist, its items, the ticks
    before = count(client, reverse("markets:list"))
    make_checklist(slug="more", name="More")
    assert count(client, reverse("markets:list")) == before <= 3


def test_library_queries_do_not_grow_with_resources(client, db):
    make_resource("First guide")
    few = count(client, reverse("library:list"))
    for n in range(10):
        make_resource(f"Guide {n}", market=make_checklist(slug=f"m{n}", name=f"Market {n}"))
    assert count(client, reverse("library:list")) == few <= 4
