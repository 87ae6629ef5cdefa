"""The ``hreflang`` alternates of a translated page lead to pages that exist.

A trainer may give a translation its own slug (``/fr/export-skills/fixer-ses-prix/``). The
languages with their own translation link to it; the others read the English page under
their prefix, built from the English page's address: the French slug exists only in the
French tree, so ``/es/export-skills/fixer-ses-prix/`` would be a 404.
"""

import re

import pytest

from content.translations import publish_page_translation
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


def alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.fixture
def course_with_french_slug(demo_site):
    course, _ = make_course((1,), slug="pricing", title="Pricing for export")
    track = course.get_parent().specific
    publish_page_translation(demo_site, "fr", {"title": "Go Global Academy"})
    publish_page_translation(track, "fr", {"title": "Compétences à l’export"})
    publish_page_translation(
        course, "fr", {"title": "Fixer ses prix à l’export", "slug": "fixer-ses-prix"}
    )
    return course


def test_alternates_of_a_translation_with_its_own_slug_all_exist(client, course_with_french_slug):
    french = client.get("/fr/export-skills/fixer-ses-prix/")
    assert french.status_code == 200

    links = alternates(french.content.decode())

    assert links == {
        "x-default": "http://testserver/export-skills/pricing/",
        "en": "http://testserver/export-skills/pricing/",
        "fr": "http://testserver/fr/export-skills/fixer-ses-prix/",
        "es": "http://testserver/es/export-skills/pricing/",
        "ar": "http://testserver/ar/export-skills/pricing/",
        "zh-hans": "http://testserver/zh-hans/export-skills/pricing/",
        "sw": "http://testserver/sw/export-skills/pricing/",
    }
    for url in links.values():
        assert client.get(url.removeprefix("http://testserver")).status_code == 200, url


def test_alternates_of_the_english_page_lead_to_the_french_slug(client, course_with_french_slug):
    links = alternates(client.get("/export-skills/pricing/").content.decode())

    assert links["fr"] == "http://testserver/fr/export-skills/fixer-ses-prix/"
    assert links["es"] == "http://testserver/es/export-skills/pricing/"
    # The same page read under /es/ (no Spanish translation) says the same.
    assert alternates(client.get("/es/export-skills/pricing/").content.decode()) == links
