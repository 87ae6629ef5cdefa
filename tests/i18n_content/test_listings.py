"""A translated track or toolkit page lists everything its English source lists.

Only some courses of a track are translated at first; a French reader must still find the
others (in English, marked as such, and opened under /fr/ so the interface stays French),
not a track that seems to hold one course.
"""

import re

import pytest

from content.translations import publish_page_translation
from lms.demo.toolkit import load_toolkit_page
from tests.courses.builders import make_course
from tests.html_checks import without_enhancement_script

pytestmark = pytest.mark.django_db


def _cards(html: str) -> list[tuple[str, str, str]]:
    """(attributes of the card's heading, link, title) of each card, in order."""
    return re.findall(r'<h3 class="card__title"([^>]*)><a href="([^"]*)">([^<]*)</a>', html)


@pytest.fixture
def track_half_in_french(demo_site, client):
    """The Export skills track in French with one of its two courses translated."""
    translated, _ = make_course((1,), slug="pricing", title="Pricing for export")
    make_course((1,), slug="first-market", title="Finding a first market")
    track = translated.get_parent().specific
    publish_page_translation(demo_site, "fr", {"title": "Go Global Academy"})
    publish_page_translation(track, "fr", {"title": "Compétences à l’export"})
    publish_page_translation(translated, "fr", {"title": "Fixer ses prix à l’export"})
    return track


def test_french_track_lists_every_course_english_ones_marked_and_kept_in_french(
    track_half_in_french, client
):
    html = client.get("/fr/export-skills/").content.decode()

    assert _cards(html) == [
        ("", "/fr/export-skills/pricing/", "Fixer ses prix à l’export"),
        (' lang="en" dir="ltr"', "/fr/export-skills/first-market/", "Finding a first market"),
    ]
    # The English course opens under /fr/ (served from the English tree), not a 404.
    english_course = client.get("/fr/export-skills/first-market/")
    assert english_course.status_code == 200
    # Its breadcrumb leads back under /fr/ too.
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', english_course.content.decode(), re.S)
    assert re.findall(r'href="([^"]*)"', crumbs.group(0)) == ["/fr/", "/fr/export-skills/"]


def test_english_track_is_unchanged(track_half_in_french, client):
    html = client.get("/export-skills/").content.decode()

    assert _cards(html) == [
        ("", "/export-skills/pricing/", "Pricing for export"),
        ("", "/export-skills/first-market/", "Finding a first market"),
    ]


def test_translated_toolkit_page_lists_the_english_self_assessments(demo_site, client):
    from content.assessments.models import AssessmentPage

    toolkit = load_toolkit_page(demo_site)
    check = AssessmentPage(
        title="Export readiness", slug="check", introduction="How ready are you?"
    )
    toolkit.add_child(instance=check)
    check.save_revision().publish()
    publish_page_translation(demo_site, "ar", {"title": "Go Global Academy"})
    publish_page_translation(toolkit, "ar", {"title": "حقيبة الأدوات"})

    html = without_enhancement_script(client.get("/ar/toolkit/").content.decode())

    assert "<h1>حقيبة الأدوات</h1>" in html
    assert _cards(html)[0] == (' lang="en" dir="ltr"', "/ar/toolkit/check/", "Export readiness")


def test_toolkit_link_and_crumb_follow_the_readers_language(demo_site, client):
    load_toolkit_page(demo_site)
    publish_page_translation(demo_site, "fr", {"title": "Go Global Academy"})

    # No French toolkit page yet: the English one, kept under /fr/.
    html = client.get("/fr/toolkit/markets/").content.decode()
    assert '<a href="/fr/toolkit/">Boîte à outils</a>' in html

    toolkit = load_toolkit_page(demo_site)
    publish_page_translation(toolkit, "fr", {"title": "Boîte à outils export"})
    html = client.get("/fr/toolkit/markets/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert '<a href="/fr/toolkit/">Boîte à outils export</a>' in crumbs
    assert re.findall(r'href="([^"]*)"', crumbs)[0] == "/fr/"  # home, in French too
    # English readers keep the English page.
    html = client.get("/toolkit/markets/").content.decode()
    assert '<a href="/toolkit/">Brand-going-abroad toolkit</a>' in html
