"""The public glossary page: A to Z with an anchor per term, a search that works without
JavaScript, and lesson blocks that link to the term's anchor."""

import pytest
from django.urls import reverse

from content.models import GlossaryTerm
from courses import services
from courses.models import LessonPage
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(db):
    return [
        GlossaryTerm.objects.create(
            term="Free On Board", abbreviation="FOB", definition="<p>On board at the port.</p>"
        ),
        GlossaryTerm.objects.create(
            term="Letter of credit",
            abbreviation="L/C",
            definition="<p>A bank's promise to pay.</p>",
        ),
        GlossaryTerm.objects.create(
            term="de minimis", definition="<p>A value below which parcels pay no duty.</p>"
        ),
    ]


def test_terms_get_a_slug_and_an_anchor_from_their_name(terms):
    assert [t.slug for t in terms] == ["free-on-board", "letter-of-credit", "de-minimis"]
    assert terms[0].get_absolute_url() == "/toolkit/glossary/#term-free-on-board"


def test_glossary_lists_terms_alphabetically_with_anchors(client, terms):
    html = client.get(reverse("glossary:index")).content.decode()
    assert html.index('id="term-de-minimis"') < html.index('id="term-free-on-board"')
    assert html.index('id="term-free-on-board"') < html.index('id="term-letter-of-credit"')
    assert '<a href="#letter-D">D</a>' in html and 'id="letter-L"' in html
    assert "A bank&#x27;s promise to pay." in html or "A bank's promise to pay." in html


@pytest.mark.parametrize(
    ("query", "found"),
    [("fob", ["Free On Board"]), ("promise", ["Letter of credit"]), ("minim", ["de minimis"])],
)
def test_search_finds_by_term_abbreviation_or_definition(client, terms, query, found):
    response = client.get(reverse("glossary:index"), {"q": query})
    listed = [term.term for _, group in response.context["groups"] for term in group]
    assert listed == found


def test_search_matches_the_definitions_text_not_its_html(client, terms):
    response = client.get(reverse("glossary:index"), {"q": "<p>"})
    assert response.context["count"] == 0
    assert "No term matches" in response.content.decode()


def test_lesson_glossary_block_links_to_the_terms_anchor(client, demo_site, learner, terms):
    course, lessons = make_course((1,))
    lesson = LessonPage.objects.get(pk=lessons[0].pk)
    lesson.body.append(("glossary_term", {"term": terms[1], "note": ""}))
    lesson.save_revision().publish()
    services.enroll(learner, course)
    client.force_login(learner)

    html = client.get(lesson.url).content.decode()
    assert '<a href="/toolkit/glossary/#term-letter-of-credit">' in html


def test_existing_terms_got_unique_slugs_from_the_migration(db):
    """The data migration fills slugs for rows made before the field existed."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("content.migrations.0005_glossaryterm_slug")
    # bulk_create skips save(), as the rows before the migration had no slug; names that
    # slugify alike get numbered.
    GlossaryTerm.objects.bulk_create(
        [GlossaryTerm(term="Incoterms", slug=""), GlossaryTerm(term="Incoterms!", slug="old")]
    )
    migration.fill_slugs(apps, None)
    assert sorted(GlossaryTerm.objects.values_list("slug", flat=True)) == [
        "incoterms",
        "incoterms-2",
    ]


def test_demo_glossary_covers_the_trade_terms_lessons_use(db):
    from lms.demo.courses import load_glossary

    load_glossary()
    load_glossary()
    names = set(GlossaryTerm.objects.values_list("term", flat=True))
    abbreviations = set(GlossaryTerm.objects.values_list("abbreviation", flat=True))
    assert {
        "EXW",
        "FCA",
        "CPT",
        "CIP",
        "DAP",
        "DPU",
        "DDP",
        "FAS",
        "FOB",
        "CFR",
        "CIF",
    } <= abbreviations
    assert {
        "Harmonized System code",
        "Certificate of origin",
        "Letter of credit",
        "De minimis",
        "Single window",
        "Madrid System",
        "Bill of lading",
        "Electronic transferable record",
    } <= names
    assert GlossaryTerm.objects.filter(slug="").count() == 0
