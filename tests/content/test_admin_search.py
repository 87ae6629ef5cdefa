"""The admin's snippet listings search their ``search_fields`` on every database.

Wagtail's SQLite search backend cannot search named fields: it hands the field names to
FTS5 as column filters, and its index table has only title, body and autocomplete columns,
so a listing's search answered "no such column: name" once anything was indexed
(wagtail/django-modelsearch#47). ``content.admin_search`` searches those fields with the ORM
on SQLite; PostgreSQL keeps Wagtail's full-text search.
"""

import pytest
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from content.models import GlossaryTerm
from courses.models import CertificateTemplate
from tests.library.test_library import make_resource
from tests.markets.test_checklists import make_checklist

pytestmark = pytest.mark.django_db


def indexed(obj):
    """``obj`` in the search index, as a saved snippet is on a running site."""
    get_search_backend().add(obj)
    return obj


@pytest.mark.parametrize(
    ("listing", "make", "query", "found"),
    [
        (
            "wagtailsnippets_markets_marketchecklist:list",
            lambda: make_checklist(),
            "Selling",  # in the summary
            "European Union",
        ),
        (
            "wagtailsnippets_library_resource:list",
            lambda: make_resource("Pro-forma invoice", summary="For your first quote."),
            "quote",
            "Pro-forma invoice",
        ),
        (
            "wagtailsnippets_content_glossaryterm:list",
            lambda: GlossaryTerm.objects.create(
                term="Free on board", abbreviation="FOB", definition="<p>An Incoterm.</p>"
            ),
            "FOB",
            "Free on board",
        ),
        (
            "wagtailsnippets_courses_certificatetemplate:list",
            lambda: CertificateTemplate.objects.create(name="Export skills", signatory_name="A"),
            "Export",
            "Export skills",
        ),
    ],
)
def test_snippet_listing_search_finds_by_its_fields(
    client, site_admin, listing, make, query, found
):
    indexed(make())
    client.force_login(site_admin)

    response = client.get(reverse(listing), {"q": query})

    assert response.status_code == 200
    assert found in response.content.decode()
    assert found not in client.get(reverse(listing), {"q": "nothing-like-it"}).content.decode()
