"""A credential baked into a PNG badge comes back out intact, in one uncompressed iTXt chunk."""

import io
import struct
import zlib

import pytest
from PIL import Image, PngImagePlugin

from courses.openbadges import bake_png, issue_credential, unbake_png, verify_credential

from .conftest import in_force


def badge_png(**text) -> bytes:
    image = Image.new("RGBA", (64, 64), (20, 90, 160, 255))
    info = PngImagePlugin.PngInfo()
    for key, value in text.items():
        info.add_text(key, value)
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, data) of each chunk, read straight from the bytes, CRCs checked."""
    found, offset = [], 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind = png[offset + 4 : offset + 8]
        body = png[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", png[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + body)
        found.append((kind, body))
        offset += 12 + length
    return found


def credential_chunks(png: bytes) -> list[bytes]:
    return [
        body
        for kind, body in chunks(png)
        if kind == b"iTXt" and body.startswith(b"openbadgecredential\x00")
    ]


def test_bake_and_unbake_round_trip(data):
    token = issue_credential(data)

    baked = bake_png(badge_png(), token)

    assert unbake_png(baked) == token
    [body] = credential_chunks(baked)
    # keyword, NUL, compression flag 0 (not compressed), method 0, empty language and
    # translated keyword, then the token as plain text.
    assert body == b"openbadgecredential\x00\x00\x00\x00\x00" + token.encode()
    assert Image.open(io.BytesIO(baked)).size == (64, 64)


def test_baking_again_replaces_the_credential_and_keeps_other_text(data):
    first = bake_png(badge_png(Software="Go Global Academy"), "first.token.value")

    second = bake_png(first, issue_credential(data))

    assert len(credential_chunks(second)) == 1
    assert unbake_png(second) == issue_credential(data)
    assert Image.open(io.BytesIO(second)).text["Software"] == "Go Global Academy"


def test_a_baked_badge_verifies_when_uploaded(data, later):
    baked = bake_png(badge_png(), issue_credential(data))

    assert verify_credential(baked, status_of=in_force, now=later).ok


def test_a_plain_png_holds_no_credential():
    assert unbake_png(badge_png()) is None
    report = verify_credential(badge_png(), status_of=in_force)
    assert report.checks[0].message == "This image holds no Open Badges credential."


@pytest.mark.parametrize("not_png", [b"", b"GIF89a....", b"\x89PNG\r\n\x1a\n\x00\x00broken"])
def test_what_is_not_a_png_is_refused(not_png):
    assert unbake_png(not_png) is None
    with pytest.raises(ValueError):
        bake_png(not_png, "a.b.c")


def test_a_credential_chunk_after_the_image_data_is_found_too(data):
    """Other bakers append the chunk just before IEND; the spec allows it anywhere."""
    token = issue_credential(data)
    plain = badge_png()
    body = b"openbadgecredential\x00\x00\x00\x00\x00" + token.encode()
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"iTXt" + body))
    iend = plain.rindex(b"IEND") - 4
    baked = plain[:iend] + chunk + plain[iend:]
    kinds = [kind for kind, _ in chunks(baked)]
    assert kinds.index(b"iTXt") > kinds.index(b"IDAT")

    assert unbake_png(baked) == token


def test_an_image_too_large_to_be_a_badge_is_not_decoded():
    out = io.BytesIO()
    Image.new("1", (5000, 4000)).save(out, format="PNG")  # 20 million pixels, a few kB

    assert unbake_png(out.getvalue()) is None
    with pytest.raises(ValueError, match="too large"):
        bake_png(out.getvalue(), "a.b.c")
