"""The files: a PDF people can read, a share image whose QR code leads to the verify page,
and a credential that verifies until the certificate is revoked."""

import io

import pytest
import zxingcpp
from django.core import mail
from PIL import Image
from pypdf import PdfReader

from courses.certificates.linkedin import add_to_profile_url
from courses.openbadges import unbake_png
from courses.services import certificates

pytestmark = pytest.mark.django_db


def pdf_text(certificate) -> tuple[str, object]:
    certificate.pdf.open("rb")
    reader = PdfReader(io.BytesIO(certificate.pdf.read()))
    certificate.pdf.close()
    return reader.pages[0].extract_text(), reader


def png_bytes(certificate) -> bytes:
    with certificate.share_image.open("rb") as handle:
        return handle.read()


def test_the_pdf_is_one_a4_landscape_page_with_name_course_and_code(certificate):
    text, reader = pdf_text(certificate)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    for expected in ("Amina Uwase", "Pricing for export", certificate.code, "Go Global Academy"):
        assert expected in text
    assert "2 hours of study" in text
    assert certificate.verify_url in text


def test_the_share_image_qr_code_leads_to_the_verify_page(certificate):
    image = Image.open(io.BytesIO(png_bytes(certificate)))
    assert image.size == (1200, 627)
    results = zxingcpp.read_barcodes(image)
    assert [r.text for r in results] == [certificate.verify_url]
    assert (
        certificate.verify_url == f"http://127.0.0.1:8000/certificates/verify/{certificate.code}/"
    )


def test_the_credential_is_baked_into_the_share_image_and_verifies(certificate):
    token = unbake_png(png_bytes(certificate))
    assert token == certificate.credential
    report = certificates.credential_report(token)
    assert report.ok, [(c.name, c.message) for c in report.checks if not c.passed]
    assert report.credential["id"] == certificate.verify_url
    assert report.credential["credentialSubject"]["id"] == f"urn:uuid:{certificate.uuid}"


def test_a_revoked_certificate_says_so_and_its_credential_fails(
    certificate, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificates.revoke_certificate(certificate, by=moderator, reason="Quiz attempt annulled")
    certificate.refresh_from_db()
    text, _ = pdf_text(certificate)
    assert "REVOKED" in text and "Quiz attempt annulled" in text
    report = certificates.credential_report(unbake_png(png_bytes(certificate)))
    assert not report.ok
    failed = [check for check in report.checks if not check.passed]
    assert [check.name for check in failed] == ["Revocation status"]
    assert len(mail.outbox) == 1  # revoking e-mails nothing more


def test_linkedin_link_carries_the_certificate_fields(certificate):
    url = add_to_profile_url(certificate)
    assert url.startswith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
    assert "name=Pricing+for+export" in url
    assert "organizationName=Go+Global+Academy" in url
    assert f"certId={certificate.code}" in url
    assert "certUrl=http%3A%2F%2F127.0.0.1%3A8000%2Fcertificates%2Fverify%2F" in url
    assert f"issueYear={certificate.completed_at.year}" in url
