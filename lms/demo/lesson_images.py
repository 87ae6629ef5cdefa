"""A diagram in the first Incoterms lesson, so every lesson page type has a real image to show
(as responsive WebP renditions) and the page-weight budget measures one
(tests/e2e/test_budgets.py)."""

import io

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

from courses.models import CoursePage, LessonPage

TITLE = "Where risk passes under six Incoterms rules"
ALT_TEXT = (
    "A route from the seller's premises through the carrier, the port of shipment and the "
    "port of destination to the buyer's premises. Risk passes to the buyer at the seller's "
    "premises under EXW, at hand-over to the first carrier under FCA, once the goods are on "
    "board at the port of shipment under FOB and CIF, and at the named place of destination "
    "under DAP and DDP."
)
CAPTION = "Risk passes where each marker stands; who pays for the transport is a separate question."
STOPS = [
    "Seller's premises",
    "First carrier",
    "Port of shipment",
    "Port of destination",
    "Buyer's premises",
]
# (rule, index of the stop where risk passes, row)
RULES = [("EXW", 0, 0), ("FCA", 1, 0), ("FOB", 2, 0), ("CIF", 2, 1), ("DAP", 4, 0), ("DDP", 4, 1)]
TEAL, INK, ACCENT, PALE = (11, 85, 102), (26, 29, 36), (180, 60, 10), (227, 240, 242)


def _font(size: int, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size)


def draw_risk_diagram(width: int = 1600, height: int = 640) -> bytes:
    """The diagram as a PNG, drawn at the width of a large screen so renditions are real."""
    image = PILImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), TITLE, fill=INK, font=_font(46, bold=True))
    margin, line_y = 150, 330
    step = (width - 2 * margin) / (len(STOPS) - 1)
    draw.line((margin, line_y, width - margin, line_y), fill=TEAL, width=10)
    label = _font(28)
    for i, stop in enumerate(STOPS):
        x = margin + i * step
        draw.ellipse((x - 26, line_y - 26, x + 26, line_y + 26), fill=TEAL)
        for n, part in enumerate(stop.split(" ", 1) if len(stop) > 12 else [stop]):
            w = draw.textlength(part, font=label)
            draw.text((x - w / 2, line_y - 120 + n * 36), part, fill=INK, font=label)
    marker = _font(34, bold=True)
    for _rule, stop, row in RULES:  # connectors first, so the boxes sit on top of them
        x = margin + stop * step
        draw.line((x, line_y + 30, x, line_y + 70 + row * 110), fill=ACCENT, width=4)
    for rule, stop, row in RULES:
        x = margin + stop * step
        top = line_y + 70 + row * 110
        box = (x - 80, top, x + 80, top + 80)
        draw.rounded_rectangle(box, radius=14, fill=PALE, outline=ACCENT, width=5)
        w = draw.textlength(rule, font=marker)
        draw.text((x - w / 2, top + 20), rule, fill=ACCENT, font=marker)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


@transaction.atomic
def load_lesson_images() -> None:
    """Put the diagram after the first block of the Incoterms course's first lesson, once."""
    course = CoursePage.objects.filter(slug="pricing-with-incoterms").first()
    if course is None:
        return
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    if lesson is None or any(block.block_type == "image" for block in lesson.body):
        return
    image = Image.objects.filter(title=TITLE).first()
    if image is None:
        image = Image(
            title=TITLE,
            file=ImageFile(io.BytesIO(draw_risk_diagram()), name="incoterms-risk.png"),
        )
        image.save()
    blocks = [(block.block_type, block.value) for block in lesson.body]
    blocks.insert(1, ("image", {"image": image, "alt_text": ALT_TEXT, "caption": CAPTION}))
    lesson.body = blocks
    lesson.save_revision().publish()
