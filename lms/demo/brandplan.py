"""The demo learner's half-finished brand plan, with a logo drawn by Pillow.

The logo goes through the same check and re-encoding as an upload (``logos.clean_logo``).
Idempotent: a plan with the demo brand name that the learner already has is left alone.
"""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from PIL import Image, ImageDraw

from content.brandplan import logos, services
from content.brandplan.models import BrandPlan, Competitor, NameCheck, TargetMarket
from lms.accounts.models import User

from .data import brandplan as data


def draw_logo(spec: dict = data.LOGO) -> bytes:
    """A round mark: a sun rising over two hills, as PNG bytes."""
    size = spec["size"]
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, size - 1, size - 1), fill=spec["ground"])
    sun = size * 0.22
    cx, cy = size / 2, size * 0.50
    draw.ellipse((cx - sun, cy - sun, cx + sun, cy + sun), fill=spec["sun"])
    back, front = spec["hills"]
    draw.ellipse((-size * 0.25, size * 0.52, size * 0.75, size * 1.25), fill=front)
    draw.ellipse((size * 0.30, size * 0.58, size * 1.30, size * 1.35), fill=back)
    # Keep only what lies inside the circle.
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, size - 1, size - 1), fill=255)
    image.putalpha(mask)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@transaction.atomic
def load_brand_plan() -> BrandPlan | None:
    """The demo learner's plan for Umucyo Coffee: steps 1 to 5 done, 6 to 9 to do."""
    owner = User.objects.filter(email=data.OWNER).first()
    if owner is None:
        return None
    fields = dict(data.PLAN)
    existing = services.plans_of(owner).filter(brand_name=fields["brand_name"]).first()
    if existing is not None:
        return existing
    plan = BrandPlan(owner=owner, **fields)
    upload = SimpleUploadedFile("umucyo-logo.png", draw_logo(), content_type="image/png")
    services.set_logo(plan, logos.clean_logo(upload))
    plan.save()
    TargetMarket.objects.bulk_create(TargetMarket(plan=plan, **row) for row in data.MARKETS)
    Competitor.objects.bulk_create(Competitor(plan=plan, **row) for row in data.COMPETITORS)
    NameCheck.objects.bulk_create(NameCheck(plan=plan, **row) for row in data.NAME_CHECKS)
    return plan
