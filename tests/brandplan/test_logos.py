"""Logo uploads: only real PNG, JPEG or WebP pictures of sensible size are kept, re-encoded
as clean PNGs; anything else gets a clear message and leaves no file behind."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from content.brandplan import logos
from content.brandplan.models import BrandPlan

from .conftest import image_bytes


def media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def post_logo(client, plan, content: bytes, name: str, content_type: str = "image/png"):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(
        reverse("brandplan:step", args=[plan.pk, "identity"]),
        {"logo_upload": upload, "primary_colour": "#6b3e26", "action": "next"},
    )


def png_with_header_size(width: int, height: int) -> bytes:
    """A small real PNG whose header claims ``width`` × ``height``: a decompression bomb's
    calling card, which must be refused from the header without decoding anything."""
    data = bytearray(image_bytes("PNG", size=(64, 64)))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17])) & 0xFFFFFFFF
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" '
    b'height="100"><script>alert(1)</script></svg>'
)

REFUSED = [
    pytest.param(
        b"Umucyo Coffee price list 2026\n",
        "logo.png",
        "not a picture we can read",
        id="text-renamed-png",
    ),
    pytest.param(SVG, "logo.png", "SVG files are not accepted", id="svg"),
    pytest.param(SVG, "logo.svg", "SVG files are not accepted", id="svg-named-svg"),
    pytest.param(image_bytes("GIF"), "logo.gif", "This file is a GIF image", id="gif"),
    pytest.param(
        b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024),
        "big.png",
        "the largest we accept is 2.0",
        id="too-large",
    ),
    pytest.param(
        image_bytes("PNG", size=(4001, 20)), "wide.png", "4001 × 20 pixels", id="too-wide"
    ),
    pytest.param(
        png_with_header_size(50_000, 50_000), "bomb.png", "at most 4000 × 4000", id="bomb"
    ),
    pytest.param(
        image_bytes("PNG", size=(32, 32)), "tiny.png", "at least 64 pixels", id="too-small"
    ),
    pytest.param(image_bytes("PNG")[:200], "cut.png", "not a picture we can read", id="truncated"),
]


@pytest.mark.parametrize(("content", "name", "message"), REFUSED)
def test_a_refused_upload_says_why_and_stores_nothing(owner_client, plan, content, name, message):
    response = post_logo(owner_client, plan, content, name)

    assert response.status_code == 200  # shown again, not saved
    page = response.content.decode()
    assert message in page
    assert 'href="#id_logo_upload"' in page  # the error summary links to the field
    assert "Choose your logo file again" not in page  # the file itself was the problem
    plan.refresh_from_db()
    assert not plan.logo
    assert "identity" not in plan.completed_steps
    assert media_files() == []


def test_a_jpeg_photo_is_stored_as_a_clean_upright_png(owner_client, plan):
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    photo = io.BytesIO()
    Image.new("RGB", (300, 150), (224, 165, 38)).save(photo, "JPEG", exif=exif.tobytes())
    assert b"SecretCam" in photo.getvalue()

    response = post_logo(owner_client, plan, photo.getvalue(), "IMG_0042.jpg", "image/jpeg")

    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.logo.name.startswith("brandplan/logos/")
    assert plan.logo.name.endswith(".png")
    assert "IMG_0042" not in plan.logo.name
    [stored] = media_files()
    raw = stored.read_bytes()
    assert b"SecretCam" not in raw
    with Image.open(stored) as image:
        assert image.format == "PNG"
        assert image.size == (150, 300)  # turned upright, then the EXIF dropped
        assert not image.getexif()
        assert "exif" not in image.info


def test_replacing_a_logo_deletes_the_old_file(
    owner_client, plan, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_logo(owner_client, plan, image_bytes("PNG"), "a.png")
    [first] = media_files()
    with django_capture_on_commit_callbacks(execute=True):
        post_logo(owner_client, plan, image_bytes("WEBP"), "b.webp", "image/webp")
    [second] = media_files()
    assert first != second
    plan.refresh_from_db()
    assert Path(plan.logo.path) == second
    # The page asks for the new file, not a copy a browser cached for the old one.
    page = owner_client.get(reverse("brandplan:step", args=[plan.pk, "identity"])).content
    assert f"/logo.png?v={second.name[:12]}".encode() in page


def test_a_good_logo_on_a_step_with_other_errors_asks_to_choose_it_again(owner_client, plan):
    upload = SimpleUploadedFile("logo.png", image_bytes("PNG"), content_type="image/png")
    response = owner_client.post(
        reverse("brandplan:step", args=[plan.pk, "identity"]),
        {"logo_upload": upload, "primary_colour": "brown", "visual_notes": "Gold and brown"},
    )
    assert response.status_code == 200  # shown again, not saved
    page = response.content.decode()
    assert "Choose your logo file again" in page
    assert "Use a hex colour code" in page
    assert "Gold and brown" in page
    assert media_files() == []


def test_clean_logo_keeps_transparency(db):
    upload = SimpleUploadedFile("mark.png", image_bytes("PNG", colour=(0, 0, 0, 0)))
    cleaned = logos.clean_logo(upload)
    with Image.open(io.BytesIO(cleaned.read())) as image:
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0
    assert BrandPlan.objects.count() == 0  # checking writes nothing
