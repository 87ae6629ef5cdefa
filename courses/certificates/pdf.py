"""The printable certificate: one A4 landscape page rendered by WeasyPrint from a template.

Everything the page shows is inside the HTML (images as data: URIs), and the fetcher allows
nothing else, so rendering never reaches the network or the file system.
"""

from __future__ import annotations

import base64
import mimetypes

import segno
import weasyprint
from django.template.loader import render_to_string
from weasyprint.urls import URLFetcher

from courses.models import Certificate, CertificateTemplate


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
    from courses.services.certificates import default_template

    return certificate.template or default_template()


def render_pdf(certificate: Certificate) -> bytes:
    design = design_of(certificate)
    html = render_to_string(
        "certificates/certificate_pdf.html",
        {
            "certificate": certificate,
            "design": design,
            "logo": image_data_uri(design.logo),
            "signature": image_data_uri(design.signature_image),
            "qr_svg": qr_code(certificate).svg_data_uri(scale=4, border=0),
        },
    )
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()
