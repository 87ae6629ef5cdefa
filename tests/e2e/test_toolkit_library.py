"""A learner uses the toolkit in a real browser (phone width): ticks a market checklist and
sees the progress, filters the resource library and downloads a file, then follows a lesson
term to the glossary."""

import re

from playwright.sync_api import expect

from content.library.models import Resource
from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.test_foundation import sign_in


def test_learner_ticks_a_checklist_filters_the_library_and_downloads(page):
    sign_in(page, "learner2@example.org", DEMO_PASSWORD)
    page.goto("/")
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Toolkit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Brand-going-abroad toolkit")

    # Market-entry checklist: tick two items, save, see the progress here and on the list.
    page.locator("#tools").get_by_role("link", name="Market-entry checklists").click()
    expect(page.get_by_text("0 of 19 done")).to_be_visible()  # the ASEAN card
    expect(page.get_by_text("0 of 18 done")).to_have_count(1)  # the GCC card
    page.get_by_role("link", name="Gulf Cooperation Council (GCC)").click()
    expect(page.get_by_text("0 of 18 done")).to_be_visible()
    page.get_by_label("Register your mark in each GCC country you sell in").check()
    page.get_by_label("Label in Arabic (English alongside is common)").check()
    page.get_by_role("button", name="Save my checklist").click()
    expect(page.get_by_text("Your checklist is saved.")).to_be_visible()
    expect(page.get_by_text("2 of 18 done")).to_be_visible()
    expect(page.get_by_label("Register your mark in each GCC country you sell in")).to_be_checked()
    expect(page.locator("#progress")).to_contain_text("Trademark and brand protection: 1 of 3")

    page.get_by_label("Label in Arabic (English alongside is common)").uncheck()
    page.locator("#cat-labelling").get_by_role("button", name=re.compile("^Save")).click()
    expect(page.get_by_text("1 of 18 done")).to_be_visible()
    page.get_by_role("link", name="Market-entry checklists").first.click()
    expect(page.get_by_text("1 of 18 done")).to_be_visible()

    # Resource library: filter by format and market, search, download.
    page.goto("/toolkit/")
    page.locator("#tools").get_by_role("link", name="Resource library").click()
    expect(page.get_by_text("12 resources")).to_be_visible()
    page.get_by_label("Format").select_option(label="Worksheet")
    page.get_by_role("button", name="Show resources").click()
    expect(page.get_by_text("2 resources")).to_be_visible()
    page.get_by_label("Format").select_option(label="Any")
    page.get_by_label("Search the library").fill("Incoterms")
    page.get_by_role("search", name="Filter resources").get_by_label("Language").select_option(
        label="French"
    )
    page.get_by_role("button", name="Show resources").click()
    expect(page.get_by_text("1 resource", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Les Incoterms 2020 en bref")).to_be_visible()

    page.get_by_role("link", name="Clear filters").click()
    page.get_by_label("Market").select_option(label="European Union")
    page.get_by_role("button", name="Show resources").click()
    expect(page.get_by_text("1 resource", exact=True)).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download “Checklist: product labels for the EU”").click()
    download = download_info.value
    assert download.suggested_filename == "checklist-eu-product-labels.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    resource = Resource.objects.get(title="Checklist: product labels for the EU")
    assert resource.download_count == 1

    # Glossary: a lesson's term links to its anchor on the glossary page.
    page.goto("/toolkit/glossary/")
    page.get_by_label("Find a term").fill("FOB")
    page.get_by_role("button", name="Find").click()
    expect(page.locator("#term-free-on-board")).to_contain_text("Free On Board")


def test_ticks_made_on_the_french_and_arabic_checklists_show_on_the_english_ones(page):
    sign_in(page, "learner2@example.org", DEMO_PASSWORD)

    # French: the list and the checklist are French, at the English checklist's address.
    page.goto("/fr/toolkit/markets/")
    page.get_by_role("link", name="Union européenne").click()
    expect(page).to_have_url(re.compile(r"/fr/toolkit/markets/european-union/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Union européenne")
    page.get_by_label("Vérifiez si votre produit doit porter le marquage CE").check()
    page.locator(".checklist__actions button[type=submit]").click()
    expect(
        page.get_by_label("Vérifiez si votre produit doit porter le marquage CE")
    ).to_be_checked()
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    # Arabic: right to left, the Gulf checklist in Arabic.
    page.goto("/ar/toolkit/markets/gcc/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_contain_text("مجلس التعاون لدول الخليج العربية")
    mark = page.get_by_label("سجّل علامتك في كل دولة خليجية تبيع فيها")
    expect(mark).not_to_have_attribute("lang", "en")
    mark.check()
    page.locator(".checklist__actions button[type=submit]").click()
    expect(page.get_by_label("سجّل علامتك في كل دولة خليجية تبيع فيها")).to_be_checked()

    # English: the same ticks, on the same checklists, counted once.
    page.goto("/toolkit/markets/european-union/")
    expect(page.get_by_label("Find out whether your product needs CE marking")).to_be_checked()
    expect(page.get_by_text("1 of 25 done").first).to_be_visible()
    page.goto("/toolkit/markets/gcc/")
    expect(page.get_by_label("Register your mark in each GCC country you sell in")).to_be_checked()
    page.goto("/toolkit/markets/")
    expect(page.locator(".card")).to_have_count(4)
    expect(page.get_by_text("1 of 18 done")).to_be_visible()
