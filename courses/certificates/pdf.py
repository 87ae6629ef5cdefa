"""The printable certificate: one A4 landscape page rendered by WeasyPrint from a template.

Everything the page shows is inside the HTML (images as data: URIs), and the fetcher allows
nothing else, so rendering never reaches the network or the file system.
"""

from __future__ import annotations

import base64
import mimetypes

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from courses.models import Certificate, CertificateTemplate

from . import fonts
from .typesetting import Style, fit
from .wording import hours_of_study


def qr_code(certificate: Certificate):
    """The QR code of the public verification address (medium error correction)."""
    return segno.make(certificate.verify_url, error="m")


def image_data_uri(image, spec: str = "max-800x300") -> str | None:
    """A Wagtail image as a data: URI, scaled down (a rendition) so the PDF stays small."""
    if image is None:
        return None
    rendition = image.get_rendition(spec)
    with rendition.file.open("rb") as handle:
        data = handle.read()
    mime = mimetypes.guess_type(rendition.file.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def design_of(certificate: Certificate) -> CertificateTemplate:
    """The design chosen when the certificate was issued, else the default design; callers
    that have already decided pass the design to the render functions instead."""
    return certificate.template or CertificateTemplate.default()


# The holder's name: measured (in points) with the fonts Pango will use, on a line a little
# narrower than the sheet's 257 mm text width, in at most two lines of the largest size; a
# longer name is set smaller, down to 12 pt, and the template breaks any word too long.
NAME_WIDTH_PT = 690
NAME_HEIGHT_PT = 76
NAME_SIZES_PT = range(30, 11, -1)
# The course title: two lines of 20 pt at most, down to 12 pt, between the 18 mm margins.
COURSE_WIDTH_PT = 600
COURSE_HEIGHT_PT = 50
COURSE_SIZES_PT = range(20, 11, -1)


def holder_layout(name: str) -> dict:
    """The name's font size, direction and font stack in the PDF."""
    fitted = fit(
        name, Style(fonts.SERIF, bold=True), NAME_WIDTH_PT, NAME_HEIGHT_PT, NAME_SIZES_PT, 1.2
    )
    return {
        "size": fitted.size,
        "dir": fonts.direction_of(name) or "ltr",
        "family": fonts.css_family(fonts.SERIF, name),
    }


def render_pdf_html(certificate: Certificate, design: CertificateTemplate | None = None) -> str:
    """The certificate as HTML for WeasyPrint, its labels in the active language."""
    design = design or design_of(certificate)
    # The fonts are chosen for every script the page prints: the labels' too (Arabic, CJK).
    labels = [translation.gettext("This certifies that"), translation.gettext("Code")]
    text = " ".join([certificate.holder_name, certificate.course_title, design.statement, *labels])
    return render_to_string(
        "certificates/certificate_pdf.html",
        {
            "certificate": certificate,
            # The labels' language (the holder's, see render_certificate_files) and its
            # direction: an Arabic certificate reads right to left.
            "language": translation.get_language_info(
                translation.get_language() or settings.LANGUAGE_CODE
            ),
            "design": design,
            "holder": holder_layout(certificate.holder_name),
            "course_dir": fonts.direction_of(certificate.course_title) or "ltr",
            "course_size": fit(
                certificate.course_title,
                Style(fonts.SANS, bold=True),
                COURSE_WIDTH_PT,
                COURSE_HEIGHT_PT,
                COURSE_SIZES_PT,
                leading=1.2,
            ).size,
            "serif": fonts.css_family(fonts.SERIF, text),
            "sans": fonts.css_family(fonts.SANS, text),
            "hours": hours_of_study(certificate.hours),
            "logo": image_data_uri(design.logo),
            "signature": image_data_uri(design.signature_image),
            "qr_svg": qr_code(certificate).svg_data_uri(scale=4, border=0),
        },
    )


def render_pdf(certificate: Certificate, design: CertificateTemplate | None = None) -> bytes:
    """The certificate as a one-page PDF, in ``design`` (by default its own)."""
    # Imported here: loading WeasyPrint (Pango, HarfBuzz, fontTools) takes seconds, which
    # every process that imports the course services (each web and worker start, each
    # management command) would pay without ever rendering a certificate.
    import weasyprint
    from weasyprint.urls import URLFetcher

    html = render_pdf_html(certificate, design)
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()
