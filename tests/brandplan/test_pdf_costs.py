"""A big logo costs little: it is scaled down on upload, a plan's PDF is rendered once per
change, and the public shared-plan PDF is rate-limited per client (issue 11, item 4).

Timings are measured by ``bench/brandplan_pdf.py`` and written in docs/toolkit-brand-plan.md;
these tests pin what must hold: sizes, what is served from the cache, who is refused.
"""

import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from content.brandplan import logos, pdf, services
from content.brandplan.models import BrandPlan

from .test_logos import post_logo
from .test_pdf import read


def big_photo() -> bytes:
    """A 4000 × 4000 JPEG photo under the 2 MB upload limit."""
    image = Image.linear_gradient("L").resize((4000, 4000)).convert("RGB")
    grain = Image.effect_noise((4000, 4000), 30).convert("RGB")
    out = io.BytesIO()
    Image.blend(image, grain, 0.2).save(out, format="JPEG", quality=40)
    assert len(out.getvalue()) <= logos.MAX_BYTES
    return out.getvalue()


def test_a_4000_pixel_photo_is_stored_small(owner_client, plan):
    photo = big_photo()
    response = post_logo(owner_client, plan, photo, "IMG_0042.jpg", "image/jpeg")
    assert response.status_code == 302
    plan.refresh_from_db()
    with plan.logo.open("rb") as handle:
        stored = handle.read()
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG"
        assert max(image.size) == logos.STORED_SIDE
    # Before the fix this photo was kept at 4000 × 4000: a PNG of about 17 MB.
    assert len(stored) < 1024 * 1024


def test_a_small_logo_keeps_its_size(owner_client, plan):
    out = io.BytesIO()
    Image.new("RGBA", (300, 120), (107, 62, 38, 255)).save(out, format="PNG")
    assert post_logo(owner_client, plan, out.getvalue(), "logo.png").status_code == 302
    plan.refresh_from_db()
    with plan.logo.open("rb") as handle, Image.open(handle) as image:
        assert image.size == (300, 120)


def test_a_plan_pdf_is_rendered_once_per_change(owner_client, plan):
    url = reverse("brandplan:pdf", args=[plan.pk])
    first = owner_client.get(url)
    assert first.status_code == 200
    key = pdf.pdf_cache_key(BrandPlan.objects.get(pk=plan.pk))
    assert cache.get(key) == first.content
    # What the next download sends is what the cache holds: nothing is rendered again.
    cache.set(key, b"%PDF-1.7 from the cache", pdf.PDF_CACHE_SECONDS)
    assert owner_client.get(url).content == b"%PDF-1.7 from the cache"

    # Saving a step changes the plan's key: the next download is rendered afresh.
    response = owner_client.post(
        reverse("brandplan:step", args=[plan.pk, "story"]),
        {
            "brand_name": "Umucyo Coffee",
            "tagline": "Bright coffee from the hills",
            "story": "Roasted in Kigali.",
            "action": "stay",
        },
    )
    assert response.status_code == 302
    fresh = owner_client.get(url).content
    assert fresh != b"%PDF-1.7 from the cache"
    assert "Bright coffee from the hills" in read(fresh)[1]


def test_a_new_logo_renders_a_new_pdf(owner_client, plan):
    url = reverse("brandplan:pdf", args=[plan.pk])
    owner_client.get(url)
    old_key = pdf.pdf_cache_key(BrandPlan.objects.get(pk=plan.pk))
    out = io.BytesIO()
    Image.new("RGB", (200, 200), (20, 80, 160)).save(out, format="PNG")
    upload = SimpleUploadedFile("new.png", out.getvalue(), content_type="image/png")
    services.set_logo(plan, logos.clean_logo(upload))
    plan.save()
    assert pdf.pdf_cache_key(BrandPlan.objects.get(pk=plan.pk)) != old_key


@pytest.fixture
def shared_pdf_url(plan):
    return reverse("brandplan:shared_pdf", args=[services.create_share_link(plan)])


def test_the_shared_pdf_is_rate_limited_per_client(client, shared_pdf_url, settings):
    settings.RATELIMIT_ENABLE = True
    settings.BRANDPLAN_SHARED_PDF_RATE = "2/m"
    for _ in range(2):
        assert client.get(shared_pdf_url, REMOTE_ADDR="203.0.113.7").status_code == 200
    refused = client.get(shared_pdf_url, REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert refused["Cache-Control"] == "private, no-store"
    assert "Too many downloads" in refused.content.decode()
    # Another visitor is counted apart.
    assert client.get(shared_pdf_url, REMOTE_ADDR="198.51.100.4").status_code == 200


def test_the_limit_counts_the_client_behind_the_proxy(client, shared_pdf_url, settings):
    """Behind one trusted proxy, visitors are told apart by X-Forwarded-For, not the proxy."""
    settings.RATELIMIT_ENABLE = True
    settings.BRANDPLAN_SHARED_PDF_RATE = "1/m"
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    assert (
        client.get(shared_pdf_url, HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy).status_code == 200
    )
    assert (
        client.get(shared_pdf_url, HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy).status_code == 429
    )
    assert (
        client.get(shared_pdf_url, HTTP_X_FORWARDED_FOR="198.51.100.4", **proxy).status_code == 200
    )
