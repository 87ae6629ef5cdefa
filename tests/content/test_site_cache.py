"""The site and its home page come from the cache, and never outlive a change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_site_lookup_is_cached_and_follows_edits(client, demo_site):
    client.get("/")
    with CaptureQueriesContext(connection) as ctx:
        client.get("/export-skills/")
    assert not [q for q in ctx.captured_queries if "wagtailcore_site" in q["sql"]]

    demo_site.seo_title = "Sell across borders, renamed"
    demo_site.save_revision().publish()
    assert "<title>Sell across borders, renamed" in client.get("/").content.decode()

    site = Site.objects.get(is_default_site=True)
    site.is_default_site = False
    site.hostname = "elsewhere.example"
    site.save()
    assert client.get("/").status_code == 404  # no site answers for this host any more
