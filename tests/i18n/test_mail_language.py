"""E-mails, certificates and their files speak the recipient's language, whatever the
language of the request or worker that sends them."""

import io

import pytest
import zxingcpp
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image
from pypdf import PdfReader

from courses.models import Certificate
from lms.accounts.services import send_welcome_email
from tests.courses.builders import make_course
from tests.courses.certificates.conftest import complete_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def in_language(language: str, text: str) -> str:
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", ["fr", "ar", ""])
def test_the_welcome_email_is_in_the_learners_language(language):
    user = UserFactory(role="Learner", language=language)
    with translation.override("es"):  # the worker's language must not matter
        assert send_welcome_email(user.pk)
    expected = in_language(language or "en", "Welcome to Go Global Academy")
    assert mail.outbox[-1].subject == expected


def test_a_french_learners_certificate_and_its_email_are_in_french(
    demo_site, django_capture_on_commit_callbacks
):
    learner = UserFactory(role="Learner", language="fr", first_name="Awa", last_name="Diop")
    course, lessons = make_course((1,), slug="prix-export", title="Pricing for export")
    with translation.override("en"):
        complete_course(learner, course, lessons, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    subject = in_language("fr", "Your certificate: %(course)s") % {"course": "Pricing for export"}
    assert [m.subject for m in mail.outbox if learner.email in m.to] == [subject]
    text = PdfReader(io.BytesIO(certificate.pdf.read())).pages[0].extract_text()
    assert in_language("fr", "This certifies that") in text
    assert in_language("fr", "Verify this certificate at") in text


def test_an_arabic_learners_certificate_reads_right_to_left(
    demo_site, django_capture_on_commit_callbacks
):
    from courses.certificates import pdf

    learner = UserFactory(role="Learner", language="ar", first_name="Amina", last_name="Uwase")
    course, lessons = make_course((1,), slug="pricing-ar", title="Pricing for export")
    complete_course(learner, course, lessons, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.pdf and certificate.share_image
    with translation.override("ar"):
        html = pdf.render_pdf_html(certificate)
    assert '<html lang="ar" dir="rtl">' in html
    assert in_language("ar", "This certifies that") in html
    assert '<span class="address" dir="ltr">' in html
    # The share image is mirrored: accent bar on the right, QR code on the left.
    image = Image.open(io.BytesIO(certificate.share_image.read())).convert("RGB")
    assert image.getpixel((image.width - 5, 300)) != (255, 255, 255)
    assert image.getpixel((5, 300)) == (255, 255, 255)
    (found,) = zxingcpp.read_barcodes(image)
    assert found.text == certificate.verify_url
    assert found.position.top_left.x < image.width / 2
