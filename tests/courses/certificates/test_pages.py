"""The public verification pages, the credential check and the learner's downloads."""

import io
import secrets

import pytest
from django.core.cache import cache
from django.urls import reverse

from courses.certificates.codes import ALPHABET, format_code
from courses.services import certificates
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

VERIFY_FORM = "/certificates/verify/"


def verify_path(code: str) -> str:
    return f"/certificates/verify/{code}/"


def test_the_verify_page_shows_the_certificate_and_nothing_else_personal(client, certificate):
    response = client.get(verify_path(certificate.code))
    assert response.status_code == 200
    html = response.content.decode()
    for shown in (
        "Valid",
        "Amina Uwase",
        "Pricing for export",
        "Go Global Academy",
        certificate.code,
    ):
        assert shown in html
    assert certificate.user.email not in html
    assert certificate.user.region not in html  # the profile stays private
    assert 'name="robots" content="noindex"' in html


def test_a_loosely_typed_code_leads_to_the_canonical_address(client, certificate):
    typed = certificate.code.replace("-", " ").lower()
    response = client.get(verify_path(typed))
    assert response.status_code == 302
    assert response["Location"] == verify_path(certificate.code)
    response = client.get(VERIFY_FORM, {"code": typed})
    assert response["Location"] == verify_path(certificate.code)


def random_code() -> str:
    return format_code("".join(secrets.choice(ALPHABET) for _ in range(16)))


def test_every_wrong_code_gets_the_same_plain_404(client, certificate):
    wrong = [
        random_code(),
        "nonsense",
        "ABCD-EFGH",
        certificate.code[:-1] + "U",
        "%3Cscript%3E",
        "x" * 300,
    ]
    bodies = set()
    for code in wrong:
        response = client.get(verify_path(code))
        assert response.status_code == 404, code
        bodies.add(response.content)
        response = client.get(VERIFY_FORM, {"code": code})
        assert response.status_code == 404, code
        bodies.add(response.content)
    # The form's CSRF-free GET page is byte-identical whatever the code: it echoes nothing.
    assert len(bodies) == 1
    html = bodies.pop().decode()
    assert "No certificate with this code" in html
    assert "Amina" not in html


def test_a_revoked_certificate_shows_date_and_reason(client, certificate, moderator):
    certificates.revoke_certificate(certificate, by=moderator, reason="Issued in error")
    html = client.get(verify_path(certificate.code)).content.decode()
    assert "Revoked" in html and "Issued in error" in html
    assert "This certificate is genuine" not in html


def test_a_pasted_credential_is_checked(client, certificate):
    response = client.post(VERIFY_FORM, {"credential": certificate.credential})
    assert response.status_code == 200
    html = response.content.decode()
    assert "This credential passed every check." in html
    for check in ("Signature", "Issuer key", "Validity dates", "Revocation status"):
        assert check in html
    assert "Failed" not in html


def test_an_uploaded_share_image_and_a_jwt_file_are_checked(client, certificate):
    with certificate.share_image.open("rb") as handle:
        png = io.BytesIO(handle.read())
    png.name = "certificate.png"
    html = client.post(VERIFY_FORM, {"credential_file": png}).content.decode()
    assert "This credential passed every check." in html

    upload = io.BytesIO(certificate.credential.encode())
    upload.name = "credential.jwt"
    html = client.post(VERIFY_FORM, {"credential_file": upload}).content.decode()
    assert "This credential passed every check." in html


def test_a_revoked_or_forged_credential_fails(client, certificate, moderator):
    certificates.revoke_certificate(certificate, by=moderator, reason="Issued in error")
    html = client.post(VERIFY_FORM, {"credential": certificate.credential}).content.decode()
    assert "This credential failed verification." in html
    head, payload, signature = certificate.credential.split(".")
    forged = f"{head}.{payload}.{signature[:-4]}AAAA"
    html = client.post(VERIFY_FORM, {"credential": forged}).content.decode()
    assert "This credential failed verification." in html
    # The forged token carries our kid, but nothing after the failed signature is believed.
    assert "publishes" not in html and "in force" not in html
    assert html.count('<span class="check__status">Not checked</span>') == 3


def test_an_empty_credential_form_says_what_is_missing(client, db):
    response = client.post(VERIFY_FORM, {"credential": "  "})
    assert response.status_code == 400
    assert "Paste a credential or choose a file." in response.content.decode()


def test_verification_is_rate_limited(client, certificate, settings):
    settings.RATELIMIT_ENABLE = True
    settings.CERTIFICATE_VERIFY_RATE = "5/h"  # an hour's window: no rollover mid-test
    cache.clear()
    limit = 5
    statuses = [client.get(verify_path(random_code())).status_code for _ in range(limit)]
    assert set(statuses) == {404}
    response = client.get(verify_path(certificate.code))  # even a right code, once over
    assert response.status_code == 429
    assert "Too many checks" in response.content.decode()
    other_ip = client.get(verify_path(certificate.code), REMOTE_ADDR="10.0.0.9")
    assert other_ip.status_code == 200


# --- Downloads and the dashboard -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["pdf", "png", "credential"])
def test_only_the_owner_downloads_the_files(client, certificate, name):
    url = reverse(f"certificates:{name}", args=[certificate.code])
    assert client.get(url).status_code == 404  # anonymous
    client.force_login(UserFactory(role="Learner"))
    assert client.get(url).status_code == 404  # another learner
    client.force_login(certificate.user)
    response = client.get(url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    expected = {"pdf": b"%PDF", "png": b"\x89PNG", "credential": b"eyJ"}[name]
    assert body.startswith(expected)
    assert certificate.code in response["Content-Disposition"]
    if name == "credential":
        # OB 3.0's file format for a VC-JWT: the compact token itself, in a .jwt file.
        assert body.decode() == certificate.credential
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert f'filename="credential-{certificate.code}.jwt"' in response["Content-Disposition"]


def test_the_former_json_download_address_leads_to_the_jwt(client, certificate):
    client.force_login(certificate.user)
    response = client.get(f"/certificates/mine/{certificate.code}/credential.json")
    assert response.status_code == 301
    assert response["Location"] == reverse("certificates:credential", args=[certificate.code])


def test_my_learning_lists_the_certificate_with_downloads_and_verify_link(
    client, certificate, moderator
):
    client.force_login(certificate.user)
    html = client.get(reverse("courses:dashboard")).content.decode()
    for url in ("pdf", "png", "credential"):
        assert reverse(f"certificates:{url}", args=[certificate.code]) in html
    assert f'href="{certificate.verify_path}"' in html
    assert certificate.verify_url in html  # a plain, selectable link
    assert "Add to LinkedIn profile" in html

    certificates.revoke_certificate(certificate, by=moderator, reason="Issued in error")
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert "Revoked on" in html and "Issued in error" in html
    assert "Add to LinkedIn profile" not in html
