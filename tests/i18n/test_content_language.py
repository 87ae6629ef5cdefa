"""An untranslated page served under another language says which language its text is in."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_english_page_on_the_arabic_site_marks_its_text_english(client, demo_site):
    html = client.get("/ar/export-skills/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="en" dir="ltr">Export skills</h1>' in html
    assert '<p class="lead" lang="en" dir="ltr">' in html


def test_the_same_page_in_english_needs_no_mark(client, demo_site):
    html = client.get("/export-skills/").content.decode()
    assert "<h1>Export skills</h1>" in html
    assert '<p class="lead" lang=' not in html
