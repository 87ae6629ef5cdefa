"""The demo learner carries on with their brand plan, exports it and shares it, in a browser."""

import re

from playwright.sync_api import expect

from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.test_foundation import sign_in


def test_learner_completes_a_step_exports_the_pdf_and_shares_a_read_only_link(
    page, browser, live_server
):
    sign_in(page, "learner@example.org", DEMO_PASSWORD)
    page.goto("/toolkit/")
    page.get_by_role("link", name="Brand plan builder").click()
    page.get_by_role("link", name="Umucyo Coffee").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Umucyo Coffee")
    expect(page.get_by_text("5 of 9 steps done")).to_be_visible()

    page.get_by_role("link", name="Continue: Channels and marketplaces").click()
    expect(page.get_by_text("Step 6 of 9")).to_be_visible()
    page.get_by_label("Importer or distributor").check()
    page.get_by_label("Our own online shop").check()
    page.get_by_label("Channel plan").fill("Cafés in Nairobi through our importer first.")
    page.get_by_role("button", name="Save & continue").click()

    expect(page.get_by_text("“Channels and marketplaces” is saved.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Price build-up")
    # A step that fails keeps what was typed and names the field.
    named_place = page.get_by_role("textbox", name="Named place (optional)")
    named_place.fill("Mombasa port")
    page.get_by_role("button", name="Save & continue").click()
    summary = page.get_by_role("alert")
    expect(summary.get_by_role("link", name="Incoterms® 2020 rule")).to_be_visible()
    expect(named_place).to_have_value("Mombasa port")

    page.get_by_role("link", name="See the whole plan, export or share it").click()
    expect(page.get_by_text("6 of 9 steps done")).to_be_visible()
    expect(page.get_by_text("Cafés in Nairobi through our importer first.")).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    download = download_info.value
    assert download.suggested_filename == "brand-plan-umucyo-coffee.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.get_by_role("button", name="Create a read-only link").click()
    link = page.get_by_label(re.compile("Read-only link"))
    shared_url = link.input_value()
    assert "/toolkit/brand-plan/shared/" in shared_url

    visitor = browser.new_context(base_url=live_server.url)
    reader = visitor.new_page()
    reader.goto(shared_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text("Umucyo Coffee")
    expect(reader.get_by_text("Brand plan, read-only copy")).to_be_visible()
    expect(reader.get_by_role("link", name=re.compile("^Edit"))).to_have_count(0)

    page.get_by_role("button", name="Revoke the link").click()
    expect(page.get_by_text("The read-only link is revoked")).to_be_visible()
    response = reader.goto(shared_url)
    assert response.status == 404
    visitor.close()
