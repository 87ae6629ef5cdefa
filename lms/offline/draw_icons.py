"""Draw the app icons (static/img/icons/) from the favicon's design: a teal globe with a white
equator and meridian. Run from the project folder: ``python -m lms.offline.draw_icons``."""

import math
from pathlib import Path

from PIL import Image, ImageDraw

TEAL = (11, 85, 102, 255)
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parents[2] / "static" / "img" / "icons"


def globe(size: int, safe: float = 1.0, background=None) -> Image.Image:
    """The globe on a 32-unit grid like favicon.svg, ``safe`` of the width, supersampled."""
    s = size * 8
    img = Image.new("RGBA", (s, s), background or (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    unit = s * safe / 32
    off = (s - 32 * unit) / 2

    def at(x, y):
        return (off + x * unit, off + y * unit)

    width = max(1, round(2 * unit))
    if background is None:
        draw.ellipse([at(2, 2), at(30, 30)], fill=TEAL)
    else:  # the disc is the background: outline it so the globe still reads
        draw.ellipse([at(2, 2), at(30, 30)], outline=WHITE, width=width)
    draw.line([at(2, 16), at(30, 16)], fill=WHITE, width=width)
    # The meridian: two arcs through (16, 2) and (16, 30) bulging to x = 22 and x = 10.
    for sign in (1, -1):
        apex = 16 + 6 * sign
        cx = (apex * apex - 16 * 16 - 14 * 14) / (2 * (apex - 16))
        radius = abs(apex - cx)
        angle = math.degrees(math.asin(14 / radius))
        box = [at(cx - radius, 16 - radius), at(cx + radius, 16 + radius)]
        start, end = (-angle, angle) if sign > 0 else (180 - angle, 180 + angle)
        draw.arc(box, start, end, fill=WHITE, width=width)
    small = img.resize((size, size), Image.LANCZOS)
    return small.quantize(32, method=Image.Quantize.FASTOCTREE)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    globe(192).save(OUT / "icon-192.png", optimize=True)
    globe(512).save(OUT / "icon-512.png", optimize=True)
    # Maskable: full-bleed teal with the globe inside the 80 % safe zone.
    globe(512, safe=0.7, background=TEAL).save(OUT / "icon-maskable-512.png", optimize=True)
    globe(180, safe=0.8, background=TEAL).save(OUT / "apple-touch-icon.png", optimize=True)


if __name__ == "__main__":
    main()
