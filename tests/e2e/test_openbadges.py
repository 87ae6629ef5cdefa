"""A learner downloads their certificate's Open Badges credential and share image; someone
checking them uploads both to the verification page, and a credential with one changed
character in the learner's name fails its signature, and the checks after it read "Not
checked"."""

import base64
import json

from playwright.sync_api import expect

from courses.models import Certificate
from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.steps import sign_out
from tests.e2e.test_foundation import sign_in

CHECKS = ["Format", "Signature", "Issuer key", "Validity dates", "Revocation status"]


def check_results(page) -> dict[str, str]:
    rows = page.locator(".credential-report .check")
    expect(rows).to_have_count(len(CHECKS))
    return {
        rows.nth(i).locator(".check__name").inner_text(): rows.nth(i)
        .locator(".check__status")
        .inner_text()
        for i in range(len(CHECKS))
    }


def upload(page, path):
    page.goto("/certificates/verify/")
    page.get_by_label("…or upload a credential file").set_input_files(path)
    page.get_by_role("button", name="Check the credential").click()


def test_downloaded_credential_and_badge_verify_and_a_tampered_one_fails(page, tmp_path):
    certificate = Certificate.objects.filter(revoked_at__isnull=True).select_related("user").first()
    sign_in(page, certificate.user.email, DEMO_PASSWORD)
    page.get_by_role("navigation", name="Account").get_by_role("link", name="My learning").click()
    card = page.locator(".certificate-card", has_text=certificate.course_title)
    files = {}
    for name, link in (
        ("credential.jwt", "Open Badges credential (.jwt)"),
        ("badge.png", "Share image (PNG)"),
    ):
        with page.expect_download() as download:
            card.get_by_role("link", name=link).click()
        files[name] = tmp_path / name
        download.value.save_as(files[name])
    sign_out(page)

    for name in ("credential.jwt", "badge.png"):
        upload(page, files[name])
        expect(page.get_by_text("This credential passed every check.")).to_be_visible()
        assert check_results(page) == dict.fromkeys(CHECKS, "Passed")

    # One character of the learner's name changed, header and signature kept, pasted.
    token = files["credential.jwt"].read_text()
    assert token.count(".") == 2 and token.startswith("eyJ")  # the compact VC-JWT itself
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    name = claims["credentialSubject"]["name"]
    claims["credentialSubject"]["name"] = name[:-1] + ("x" if name[-1] != "x" else "y")
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    page.goto("/certificates/verify/")
    page.get_by_label("Paste a credential").fill(f"{header}.{forged}.{signature}")
    page.get_by_role("button", name="Check the credential").click()

    expect(page.get_by_text("This credential failed verification.")).to_be_visible()
    results = check_results(page)
    assert results["Signature"] == "Failed"
    # Nothing the forged token says is believed, although it names our key.
    assert results["Issuer key"] == results["Validity dates"] == "Not checked"
    assert results["Revocation status"] == "Not checked"
    expect(page.get_by_text("publishes")).to_have_count(0)
    expect(page.get_by_text("the credential was changed after it was signed")).to_be_visible()
