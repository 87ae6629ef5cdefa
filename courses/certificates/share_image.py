"""The share image: a 1200 x 627 PNG (the size social networks show in full) with the
certificate's essentials and the QR code of its verification page, drawn with Pillow."""

from __future__ import annotations

import io

from django.utils import formats, translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw

from courses.models import Certificate, CertificateTemplate

from . import fonts
from .pdf import design_of, qr_code
from .typesetting import Style, draw_block, draw_line, fit
from .wording import hours_of_study

WIDTH, HEIGHT = 1200, 627
MARGIN = 56
QR_SIZE = 248
INK = (31, 41, 51)
MUTED = (82, 96, 109)
REVOKED = (180, 35, 24)


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


# Where the holder's name goes: its width is the text column's, its height two lines of the
# largest size; a longer name is set smaller (down to 18 px) rather than cut.
NAME_SIZES = range(54, 17, -2)
NAME_HEIGHT = 132
SANS = Style(fonts.SANS)
SANS_BOLD = Style(fonts.SANS, bold=True)


def render_share_image(
    certificate: Certificate, design: CertificateTemplate | None = None
) -> bytes:
    """The share card as PNG bytes, in ``design`` (by default the certificate's own)."""
    design = design or design_of(certificate)
    accent = hex_to_rgb(design.accent_colour or "#0b5d7a")
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    # A right-to-left interface (Arabic) mirrors the card: the accent bar and the text on
    # the right, aligned right, the QR code on the left.
    rtl = translation.get_language_bidi()
    if rtl:
        draw.rectangle((WIDTH - 18, 0, WIDTH, HEIGHT), fill=accent)
        draw.rectangle((0, HEIGHT - 10, WIDTH - 18, HEIGHT), fill=accent)
        x, align, qr_x = WIDTH - MARGIN - 10, "right", MARGIN
    else:
        draw.rectangle((0, 0, 18, HEIGHT), fill=accent)
        draw.rectangle((18, HEIGHT - 10, WIDTH, HEIGHT), fill=accent)
        x, align, qr_x = MARGIN + 10, "left", WIDTH - MARGIN - QR_SIZE

    column = WIDTH - 2 * MARGIN - QR_SIZE - 40
    y = MARGIN
    title = fit(design.title_wording.upper(), SANS_BOLD, column, 40, range(26, 15, -2), max_lines=1)
    draw_block(draw, (x, y), title, SANS_BOLD, accent, align=align)
    y += 62
    name = fit(certificate.holder_name, SANS_BOLD, column, NAME_HEIGHT, NAME_SIZES, leading=1.22)
    y += draw_block(draw, (x, y), name, SANS_BOLD, INK, align=align)
    y += 12
    statement = fit(design.statement, SANS, column, 34, range(24, 15, -2), max_lines=1)
    draw_block(draw, (x, y), statement, SANS, MUTED, align=align)
    y += 42
    course = fit(certificate.course_title, SANS_BOLD, column, 138, range(36, 21, -2))
    y += draw_block(draw, (x, y), course, SANS_BOLD, accent, align=align)
    y += 14
    details = [formats.date_format(certificate.completed_at, "DATE_FORMAT")]
    if certificate.hours:
        details.append(hours_of_study(certificate.hours))
    if certificate.score is not None:
        details.append(_("score %(score)s%%") % {"score": certificate.score})
    line = fit(" · ".join(details), SANS, column, 34, range(24, 15, -2), max_lines=1)
    draw_block(draw, (x, y), line, SANS, INK, align=align)
    y += 38
    issuer = fit(certificate.issuer_name, SANS_BOLD, column, 34, range(24, 15, -2), max_lines=1)
    draw_block(draw, (x, y), issuer, SANS_BOLD, INK, align=align)

    qr = qr_code(certificate)
    buffer = io.BytesIO()
    # Whole pixels per module (no resampling), with the quiet zone scanners need.
    scale = max(1, QR_SIZE // qr.symbol_size(scale=1, border=4)[0])
    qr.save(buffer, kind="png", scale=scale, border=4)
    code_image = Image.open(buffer).convert("RGB")
    qr_y = MARGIN + 40
    offset = (QR_SIZE - code_image.width) // 2
    image.paste(code_image, (qr_x + offset, qr_y + offset))
    label = certificate.code
    centre = qr_x + QR_SIZE / 2
    draw_line(draw, (centre, qr_y + QR_SIZE + 8), label, SANS_BOLD, 22, INK, align="centre")
    hint = fit(_("Scan or enter the code to verify"), SANS, QR_SIZE + 40, 24, range(16, 11, -1))
    draw_block(draw, (centre, qr_y + QR_SIZE + 42), hint, SANS, MUTED, align="centre")
    if certificate.is_revoked:
        banner = _("REVOKED on %(date)s") % {
            "date": formats.date_format(certificate.revoked_at, "DATE_FORMAT")
        }
        bar = (
            (0, HEIGHT - 86, WIDTH - 18, HEIGHT - 10)
            if rtl
            else (18, HEIGHT - 86, WIDTH, HEIGHT - 10)
        )
        draw.rectangle(bar, fill=REVOKED)
        room = WIDTH - 2 * MARGIN - 10
        fitted = fit(banner, SANS_BOLD, room, 50, range(36, 19, -2), max_lines=1)
        draw_block(draw, (x, HEIGHT - 78), fitted, SANS_BOLD, "white", align=align)

    out = io.BytesIO()
    # optimize=True would save 3 % of the bytes for three times the encoding time.
    image.save(out, format="PNG")
    return out.getvalue()
