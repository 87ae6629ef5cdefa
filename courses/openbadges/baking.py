"""Bake a credential into a PNG badge image and read it back (Open Badges 3.0, "Baking").

OB 3.0 puts the credential in an ``iTXt`` chunk with the keyword ``openbadgecredential``:
the compact JWS when the credential is a VC-JWT, without compression, and never more than one
such chunk in an image. Pillow writes and reads the chunk (``PngInfo.add_itxt``).
"""

from __future__ import annotations

import io

from PIL import Image, PngImagePlugin, UnidentifiedImageError

KEYWORD = "openbadgecredential"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Baked badges are small images; refuse to decode anything larger than this many pixels.
MAX_PIXELS = 16_000_000


def bake_png(png: bytes, token: str) -> bytes:
    """``png`` with ``token`` in its ``openbadgecredential`` iTXt chunk (replacing any earlier).

    The image's other text chunks are kept. Raises ValueError if ``png`` is not a PNG image.
    """
    image = _open(png)
    info = PngImagePlugin.PngInfo()
    for key, value in _text_chunks(image).items():
        if key == KEYWORD:
            continue  # "MUST NOT appear in a PNG more than once": the new one replaces it
        if isinstance(value, PngImagePlugin.iTXt):
            info.add_itxt(key, value, lang=value.lang or "", tkey=value.tkey or "")
        else:
            info.add_text(key, value)
    info.add_itxt(KEYWORD, token, zip=False)
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def unbake_png(png: bytes) -> str | None:
    """The credential baked into ``png``, or None when it holds none or is not a PNG.

    A chunk before the image data (where Pillow, and so ``bake_png``, writes it) is read
    without decoding the pixels; one after the image data needs the pixels decoded first.
    """
    try:
        image = _open(png, load=False)
        value = image.info.get(KEYWORD)
        if value is None:
            image.load()
            value = _text_chunks(image).get(KEYWORD)
    except (ValueError, OSError, Image.DecompressionBombError):
        return None
    return str(value) if value else None


def _open(png: bytes, *, load: bool = True) -> Image.Image:
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("This is not a PNG image.")
    try:
        image = Image.open(io.BytesIO(png), formats=["PNG"])
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ValueError("The image is too large to be a badge.")
        if load:
            image.load()  # text chunks after the image data are only read with the pixels
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ValueError(f"The PNG image cannot be read: {exc}") from exc
    return image


def _text_chunks(image: Image.Image) -> dict:
    return dict(getattr(image, "text", {}) or {})
