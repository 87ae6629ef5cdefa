"""The header's Toolkit link and the tools' breadcrumbs find the toolkit page through a cache
that follows the page tree, so they cost no query per request."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from content.caching import bump_content_version
from content.toolkit import toolkit_link
from lms.demo.toolkit import load_toolkit_page

pytestmark = pytest.mark.django_db


def request_for(site):
    request = RequestFactory().get("/")
    request._wagtail_site = site
    return request


def test_header_links_to_the_toolkit_for_everyone(client, demo_site, learner):
    load_toolkit_page(demo_site)
    nav = '<a href="/toolkit/">Toolkit</a>'
    assert nav in client.get(reverse("markets:list")).content.decode()
    client.force_login(learner)
    assert nav in client.get(reverse("courses:dashboard")).content.decode()


def test_the_link_is_cached_and_survives_unrelated_publishes(demo_site):
    from wagtail.models import Site

    load_toolkit_page(demo_site)
    site = Site.objects.get(is_default_site=True)
    assert toolkit_link(request_for(site)).url == "/toolkit/"
    with CaptureQueriesContext(connection) as queries:
        toolkit_link(request_for(site))
        bump_content_version()  # what publishing a lesson does
        link = toolkit_link(request_for(site))
    assert len(queries) == 0
    assert link.url == "/toolkit/"


def test_renaming_or_unpublishing_the_toolkit_updates_the_link(demo_site):
    from wagtail.models import Site

    toolkit = load_toolkit_page(demo_site)
    site = Site.objects.get(is_default_site=True)
    assert toolkit_link(request_for(site)).url == "/toolkit/"

    toolkit.slug, toolkit.title = "tools", "Export tools"
    toolkit.save_revision().publish()
    link = toolkit_link(request_for(site))
    assert (link.title, link.url) == ("Export tools", "/tools/")

    toolkit.unpublish()
    assert toolkit_link(request_for(site)) is None
