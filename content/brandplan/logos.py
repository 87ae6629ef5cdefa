"""Logo uploads: the one place that decides whether a file is an acceptable logo.

A logo is accepted only when its *content* is a PNG, JPEG or WebP image (the name and the
browser's content type are ignored), the file is at most ``MAX_BYTES`` and the picture is
between ``MIN_SIDE`` and ``MAX_SIDE`` pixels on each side. The pixel size is read from the
header before any pixel is decoded, so a decompression bomb is refused without being
unpacked. Accepted logos are re-encoded by Pillow to a fresh PNG (EXIF, ICC comments and
any trailing bytes are dropped; JPEG orientation is applied first so the logo stays upright),
scaled down to at most ``STORED_SIDE`` pixels on the long side and given a random name. SVG
is refused: it can carry scripts and links.
"""

from __future__ import annotations

import io
import secrets
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MIN_SIDE = 64
MAX_SIDE = 4000
#: Stored logos are scaled down to at most this many pixels on their long side: sharp on the
#: PDF cover (about 6.8 cm at 300 dpi) and the plan page, yet a 4000 × 4000 photo no longer
#: becomes a 30 MB PNG that every PDF has to decode and embed (issue 11, item 4).
STORED_SIDE = 800
ALLOWED_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "WEBP": "WebP"}


def _looks_like_svg(head: bytes) -> bool:
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return sample.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in sample[:1024]


def clean_logo(upload) -> ContentFile:
    """Check an uploaded logo and return it scaled down and re-encoded as PNG under a
    random name.

    Raises ``ValidationError`` with a message a learner can act on; nothing is written
    anywhere, so a refused file leaves no trace.
    """
    size = upload.size
    if size is not None and size > MAX_BYTES:
        raise ValidationError(
            _("The logo file is %(size)s; the largest we accept is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(MAX_BYTES)},
        )
    upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValidationError(
            _("The logo file is larger than %(limit)s."),
            code="too_large",
            params={"limit": filesizeformat(MAX_BYTES)},
        )
    if _looks_like_svg(data[:2048]):
        raise ValidationError(
            _("SVG files are not accepted. Export your logo as PNG (best), JPEG or WebP."),
            code="svg",
        )

    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that; treat it as an error.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as probe:
                kind = probe.format
                width, height = probe.size
                if kind not in ALLOWED_FORMATS:
                    raise ValidationError(
                        _("This file is a %(kind)s image; upload a PNG, JPEG or WebP file."),
                        code="format",
                        params={"kind": kind or _("unknown")},
                    )
                _check_dimensions(width, height)
                probe.verify()  # checksums and structure, without decoding the pixels
            with Image.open(io.BytesIO(data)) as image:
                # A JPEG decodes straight at a reduced scale (1/2 to 1/8), so a large photo
                # is never unpacked at full size; other formats are scaled after decoding.
                image.draft(image.mode, (STORED_SIDE, STORED_SIDE))
                image.load()
                image = ImageOps.exif_transpose(image)
                clean = _pixels_only(image)
                clean.thumbnail((STORED_SIDE, STORED_SIDE), Image.Resampling.LANCZOS)
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ValidationError(
                _("The picture is too large: at most %(max)s × %(max)s pixels."),
                code="too_many_pixels",
                params={"max": MAX_SIDE},
            ) from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise ValidationError(
                _(
                    "This file is not a picture we can read. Upload a PNG, JPEG or WebP "
                    "image (a renamed file of another kind will not work)."
                ),
                code="not_an_image",
            ) from exc

    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=True)
    return ContentFile(out.getvalue(), name=f"{secrets.token_hex(16)}.png")


def _check_dimensions(width: int, height: int) -> None:
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ValidationError(
            _(
                "The picture is %(width)s × %(height)s pixels; the largest we accept is "
                "%(max)s × %(max)s. Resize it and upload it again."
            ),
            code="too_many_pixels",
            params={"width": width, "height": height, "max": MAX_SIDE},
        )
    if width < MIN_SIDE or height < MIN_SIDE:
        raise ValidationError(
            _(
                "The picture is %(width)s × %(height)s pixels; a logo needs at least "
                "%(min)s pixels on each side to print sharply."
            ),
            code="too_small",
            params={"width": width, "height": height, "min": MIN_SIDE},
        )


def _pixels_only(image: Image.Image) -> Image.Image:
    """A new image holding only the pixels: no EXIF, text chunks or other metadata."""
    mode = "RGBA" if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info else "RGB"
    pixels = image.convert(mode)
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    return clean
