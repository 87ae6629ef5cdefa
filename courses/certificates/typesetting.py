"""Set text in a box with Pillow in any script: fall back font by font (``fonts``), wrap at
spaces or between CJK characters, break a word too long for a line between its graphemes,
and shrink the size until the whole text fits. The PDF asks ``fit`` for its name's size too,
so both files measure a name with the same fonts and the same rule."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont, features

from . import fonts

RAQM = features.check("raqm")
ELLIPSIS = "…"


@cache
def pil_font(file: fonts.FontFile, size: int) -> ImageFont.FreeTypeFont:
    layout = ImageFont.Layout.RAQM if RAQM else ImageFont.Layout.BASIC
    return ImageFont.truetype(file.path, size, index=file.index, layout_engine=layout)


@dataclass(frozen=True)
class Style:
    """A family chain and a weight; ``files`` are its installed fonts for a given text."""

    faces: tuple[fonts.Face, ...] = fonts.SANS
    bold: bool = False

    def files(self, text: str) -> list[fonts.FontFile]:
        return fonts.chain(self.faces, self.bold, text)


def _direction(direction: str) -> dict:
    # Without Raqm, Pillow refuses a direction (and lays text out left to right).
    return {"direction": direction} if RAQM else {}


_MEASURE = ImageDraw.Draw(Image.new("L", (1, 1)))


def text_width(text: str, style: Style, size: int, files=None) -> float:
    """The advance width of ``text`` on one line, in pixels at ``size``."""
    files = files if files is not None else style.files(text)
    total = 0.0
    for run_text, file in fonts.font_runs(text, files):
        if file is None:
            continue
        direction = fonts.direction_of(run_text) or "ltr"
        total += _MEASURE.textlength(run_text, font=pil_font(file, size), **_direction(direction))
    return total


# --- Breaking --------------------------------------------------------------------------------


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, kana, CJK symbols, unified ideographs
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def graphemes(word: str) -> list[str]:
    """``word`` cut where a line may break inside it: never before a mark or a joiner, nor
    after a virama (so a Devanagari conjunct stays whole)."""
    clusters: list[str] = []
    for char in word:
        joins = clusters and (
            unicodedata.category(char) in ("Mn", "Mc", "Me")
            or fonts.is_ignorable(char)
            or fonts.is_ignorable(clusters[-1][-1])
            or unicodedata.name(clusters[-1][-1], "").endswith("SIGN VIRAMA")
        )
        if joins:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _segments(text: str) -> list[tuple[str, str]]:
    """(separator, piece) pairs: words after a space, and each CJK character on its own."""
    out: list[tuple[str, str]] = []
    for word in text.split():
        sep = " "
        piece = ""
        for cluster in graphemes(word):
            if _is_cjk(cluster[0]):
                if piece:
                    out.append((sep, piece))
                    sep, piece = "", ""
                out.append((sep, cluster))
                sep = ""
            else:
                piece += cluster
        if piece:
            out.append((sep, piece))
    if out:
        out[0] = ("", out[0][1])
    return out


def wrap(text: str, style: Style, size: int, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (a word wider than a line is broken)."""
    files = style.files(text)
    lines: list[str] = []
    current = ""
    for sep, piece in _segments(text):
        trial = current + sep + piece if current else piece
        if text_width(trial, style, size, files) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = ""
        # The piece alone: whole if it fits, else cut between graphemes.
        for cluster in graphemes(piece):
            trial = current + cluster
            if not current or text_width(trial, style, size, files) <= width:
                current = trial
            else:
                lines.append(current)
                current = cluster
    if current:
        lines.append(current)
    return lines


# --- Fitting ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    size: int
    lines: list[str]
    line_height: int
    complete: bool  # False only if the text did not fit at the smallest size and was cut


def fit(
    text: str,
    style: Style,
    width: float,
    height: float,
    sizes: range,
    leading: float = 1.25,
    max_lines: int | None = None,
) -> Fitted:
    """The largest size in ``sizes`` at which ``text`` wraps into ``width`` × ``height``.

    If even the smallest does not hold it, the lines that fit are kept and the last one
    ends in an ellipsis (field lengths are capped so that a name never gets there)."""
    text = " ".join(text.split())
    size = sizes[-1]
    lines: list[str] = []
    # Widths grow with the size: a size whose one-line width exceeds all its lines together
    # cannot fit, so it is skipped without wrapping.
    full_width = text_width(text, style, sizes[0]) / sizes[0]
    for size in sizes:
        line_height = round(size * leading)
        allowed = int(height // line_height)
        if max_lines is not None:
            allowed = min(allowed, max_lines)
        if size != sizes[-1] and full_width * size > allowed * width:
            continue
        lines = wrap(text, style, size, width)
        if len(lines) <= allowed:
            return Fitted(size, lines, line_height, True)
    line_height = round(size * leading)
    allowed = max(1, int(height // line_height))
    if max_lines is not None:
        allowed = min(allowed, max_lines)
    kept = lines[:allowed]
    last = kept[-1]
    while last and text_width(last + ELLIPSIS, style, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return Fitted(size, kept, line_height, False)


# --- Drawing ---------------------------------------------------------------------------------


def draw_line(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    style: Style,
    size: int,
    fill,
    align: str = "left",
    base: str | None = None,
) -> float:
    """Draw one line with its top at ``xy`` (or centred on x with ``align="centre"``);
    returns its width. Runs go left to right in visual order on a shared baseline."""
    files = style.files(text)
    runs = fonts.font_runs(text, files)
    base = base or fonts.direction_of(text) or "ltr"
    ordered = fonts.visual_order(runs, base)
    width = text_width(text, style, size, files)
    x, y = xy
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    # The baseline sits where the first font's ascent puts it, for every run of the line.
    ascent = pil_font(files[0], size).getmetrics()[0] if files else size
    baseline = y + ascent
    for run_text, file, direction in ordered:
        if file is None:
            continue
        face = pil_font(file, size)
        draw.text(
            (x, baseline), run_text, font=face, fill=fill, anchor="ls", **_direction(direction)
        )
        x += draw.textlength(run_text, font=face, **_direction(direction))
    return width


def draw_block(draw, xy, fitted: Fitted, style: Style, fill, align: str = "left") -> float:
    """Draw fitted lines from the top at ``xy``; returns the block's height."""
    x, y = xy
    base = fonts.direction_of(" ".join(fitted.lines)) or "ltr"
    for line in fitted.lines:
        draw_line(draw, (x, y), line, style, fitted.size, fill, align=align, base=base)
        y += fitted.line_height
    return fitted.line_height * len(fitted.lines)
