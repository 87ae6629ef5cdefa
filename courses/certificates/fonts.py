"""The fonts certificates print with: one fallback chain for every script, shared by the PDF
(WeasyPrint hands Pango the chain as a CSS font-family list) and the share image (Pillow,
which has no fallback of its own, gets a font per run of characters from ``font_runs``).

The chain is Noto (Latin, Greek and Cyrillic; Arabic; Devanagari; Chinese, Japanese and
Korean), then DejaVu for symbols. The fonts are a system dependency, Debian's
``fonts-noto-core`` and ``fonts-noto-cjk``: ``make install`` and CI install or ask for them,
and the ``certificates.W001`` system check names whatever is missing.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core import checks

# Where Debian (and most Linux systems) keep fonts; CERTIFICATE_FONT_DIRS adds others.
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
APT_PACKAGES = "fonts-noto-core fonts-noto-cjk"


@dataclass(frozen=True)
class Face:
    """One family of the chain: its fontconfig name and its regular and bold files.

    ``family`` may hold ``{cjk}``, the CJK collection's regional variant (SC, JP, KR).
    """

    family: str
    regular: str
    bold: str

    def name(self, cjk: str = "SC") -> str:
        return self.family.format(cjk=cjk)


SANS = (
    Face("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Face("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Face("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    Face("Noto Sans CJK {cjk}", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
    Face("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
)
SERIF = (
    Face("Noto Serif", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
    Face("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    Face(
        "Noto Serif Devanagari",
        "NotoSerifDevanagari-Regular.ttf",
        "NotoSerifDevanagari-Bold.ttf",
    ),
    Face("Noto Serif CJK {cjk}", "NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc"),
    Face("DejaVu Serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
)


def cjk_variant(text: str) -> str:
    """Which regional form of the CJK fonts suits ``text``: Japanese if it holds kana,
    Korean if it holds Hangul, else Simplified Chinese. Han characters are shared, but
    their printed forms differ by region, so a Japanese name should not take Chinese ones."""
    for char in text:
        code = ord(char)
        if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
            return "JP"
        if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            return "KR"
    return "SC"


def css_family(faces: tuple[Face, ...], text: str = "") -> str:
    """The chain as a CSS font-family value, for the PDF's template."""
    names = [f'"{face.name(cjk_variant(text))}"' for face in faces]
    generic = "serif" if faces is SERIF else "sans-serif"
    return ", ".join([*names, generic])


# --- Files and coverage ----------------------------------------------------------------------


@cache
def _font_files() -> dict[str, str]:
    """Every font file under the font folders, by file name (the first one found wins)."""
    from django.conf import settings

    dirs = [*getattr(settings, "CERTIFICATE_FONT_DIRS", ()), *FONT_DIRS]
    found: dict[str, str] = {}
    for folder in dirs:
        for root, _dirs, files in os.walk(os.path.expanduser(folder)):
            for name in files:
                found.setdefault(name, os.path.join(root, name))
    return found


@dataclass(frozen=True)
class FontFile:
    """A face on disk: the file and, for a collection (.ttc), the index of the face in it."""

    path: str
    index: int


@cache
def font_file(face: Face, bold: bool, cjk: str = "SC") -> FontFile | None:
    """Where ``face`` is installed, or None."""
    path = _font_files().get(face.bold if bold else face.regular)
    if path is None:
        return None
    if not path.endswith(".ttc"):
        return FontFile(path, 0)
    from fontTools.ttLib import TTCollection

    wanted = face.name(cjk)
    collection = TTCollection(path, lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == wanted:
            return FontFile(path, index)
    return None


@cache
def coverage(file: FontFile) -> frozenset[int]:
    """The code points ``file`` has a glyph for (its cmap)."""
    from fontTools.ttLib import TTFont

    font = TTFont(file.path, fontNumber=file.index, lazy=True)
    return frozenset(font.getBestCmap())


def chain(faces: tuple[Face, ...], bold: bool, text: str = "") -> list[FontFile]:
    """The installed files of ``faces``, in order, skipping any that is missing."""
    cjk = cjk_variant(text)
    return [f for f in (font_file(face, bold, cjk) for face in faces) if f is not None]


# --- Runs ------------------------------------------------------------------------------------

JOINERS = {0x200C, 0x200D, 0x034F}  # ZWNJ, ZWJ, combining grapheme joiner


def is_ignorable(char: str) -> bool:
    """Characters a shaper draws as nothing when a font lacks them (joiners, variation
    selectors, directional marks): they follow their neighbours, never pick a font."""
    code = ord(char)
    return (
        code in JOINERS
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or unicodedata.category(char) == "Cf"
    )


def _attaches(char: str) -> bool:
    """Marks and joiners belong with the character before them, whatever covers them."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or is_ignorable(char)


def _neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZPSC"


def font_runs(text: str, files: list[FontFile]) -> list[tuple[str, FontFile]]:
    """Split ``text`` into runs drawn with one font each: each character takes the first
    font of the chain that has it; marks stay with their base, and spaces and punctuation
    with the run they are in when its font has them, so a word or an Arabic name is one
    run that the shaper joins and orders as a whole."""
    runs: list[list] = []
    for char in text:
        code = ord(char)
        current = runs[-1][1] if runs else None
        if current is not None and (
            (_attaches(char) and (code in coverage(current) or is_ignorable(char)))
            or (_neutral(char) and code in coverage(current))
        ):
            runs[-1][0] += char
            continue
        chosen = next((f for f in files if code in coverage(f)), None)
        if chosen is None:
            chosen = current or (files[0] if files else None)
        if runs and runs[-1][1] == chosen:
            runs[-1][0] += char
        else:
            runs.append([char, chosen])
    return [(run_text, file) for run_text, file in runs]


def missing_glyphs(text: str, files: list[FontFile]) -> list[str]:
    """The characters of ``text`` that no font of its run has (ignorables aside)."""
    return [
        char
        for run_text, file in font_runs(text, files)
        for char in run_text
        if not is_ignorable(char) and (file is None or ord(char) not in coverage(file))
    ]


# --- Direction -------------------------------------------------------------------------------


def direction_of(text: str) -> str | None:
    """ "rtl" or "ltr" from the first strongly directional character, or None."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


NEUTRAL_CLASSES = {"WS", "ON", "S", "B", "CS", "ES", "ET", "BN"}


def _split_neutral_ends(text: str, file: FontFile) -> list[tuple[str, FontFile]]:
    """A run with its leading and trailing spaces and punctuation apart, so that a space
    between an Arabic and a Latin word sits between them, not inside the Arabic run."""
    start, end = 0, len(text)
    while start < end and unicodedata.bidirectional(text[start]) in NEUTRAL_CLASSES:
        start += 1
    while end > start and unicodedata.bidirectional(text[end - 1]) in NEUTRAL_CLASSES:
        end -= 1
    pieces = [text[:start], text[start:end], text[end:]]
    return [(piece, file) for piece in pieces if piece]


def visual_order(runs: list[tuple[str, FontFile]], base: str) -> list[tuple[str, FontFile, str]]:
    """Runs in the order they are drawn left to right, each with its direction.

    The two-level case of the Unicode bidirectional algorithm, enough for names and titles
    that mix scripts: a run without strong characters takes its neighbours' direction when
    they agree, else the paragraph's; then right-to-left runs in a left-to-right line are
    drawn in reverse order (and left-to-right runs in a right-to-left line keep theirs).
    Inside a run, Pillow's Raqm layout (FriBiDi and HarfBuzz) shapes and orders the text.
    """
    runs = [piece for run in runs for piece in _split_neutral_ends(*run)]
    directions = [direction_of(run_text) for run_text, _file in runs]
    for i, direction in enumerate(directions):
        if direction is None:
            before = next((d for d in reversed(directions[:i]) if d), base)
            after = next((d for d in directions[i + 1 :] if d), base)
            directions[i] = before if before == after else base
    items = [(t, f, d) for (t, f), d in zip(runs, directions, strict=True)]
    if base == "rtl":
        items.reverse()
    out: list[tuple[str, FontFile, str]] = []
    group: list = []
    other = "ltr" if base == "rtl" else "rtl"
    for item in items:
        if item[2] == other:
            group.append(item)
            continue
        out.extend(reversed(group))
        group = []
        out.append(item)
    out.extend(reversed(group))
    return out


# --- The system check ------------------------------------------------------------------------


@checks.register()
def check_fonts(app_configs, **kwargs):
    """Warn when a font of the chain, or Pillow's Raqm layout, is missing: certificates
    would then print names in some scripts as empty boxes, or Arabic unjoined."""
    from PIL import features

    problems = []
    missing = sorted(
        {
            face.bold if bold else face.regular
            for faces in (SANS, SERIF)
            for face in faces
            for bold in (False, True)
            if font_file(face, bold) is None
        }
    )
    if missing:
        problems.append(
            checks.Warning(
                f"Certificate fonts missing: {', '.join(missing)}.",
                hint=f"Install them: sudo apt-get install {APT_PACKAGES}",
                id="certificates.W001",
            )
        )
    if not features.check("raqm"):
        problems.append(
            checks.Warning(
                "Pillow has no Raqm layout: the share image cannot join Arabic letters or "
                "order right-to-left text.",
                hint="Install FriBiDi (Debian: libfribidi0, which WeasyPrint's Pango "
                "already needs) and use Pillow's wheels, which bundle Raqm and HarfBuzz.",
                id="certificates.W002",
            )
        )
    return problems


def font_path_label(file: FontFile) -> str:
    """A short name for reports and test messages: the file name and index."""
    return f"{Path(file.path).name}#{file.index}"
