"""How a learner's typed number is read: the way their language writes numbers.

"4,200" is four thousand two hundred in English and "4,2" four point two in French. The
decimal separator and the size of digit groups come from Django's format files for the
active language (DECIMAL_SEPARATOR, NUMBER_GROUPING), the same source the site uses to
print numbers, so a number copied from a question reads back as the number the question
meant; a point is understood as a decimal point in every language too (read_number says
exactly when).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.utils.formats import get_format

# Spaces of every width group digits in many languages ("4 200", "4 200"); an apostrophe
# does in Swiss usage. None of them can be a decimal separator, so they are simply dropped.
# Arabic script has its own thousands mark (U+066C) too; its decimal mark (U+066B) is read
# as the language's decimal separator, and its digits (٤٢٠٠) are digits to Decimal.
_GROUP_MARKS = re.compile(r"[\s\u00a0\u202f\u2009'’\u066c]")
_DIGITS = re.compile(r"^\d+$")
# Minus signs a keyboard or a copied text may hold.
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})


def _grouped(integer: str, separator: str, size: int) -> str | None:
    """``integer`` without ``separator`` when it groups digits by ``size`` ("4,200",
    "1,234,567"), else None ("4,2", "42,00", "0,125" are not groupings: a group never
    starts with a zero)."""
    groups = integer.split(separator)
    head, rest = groups[0], groups[1:]
    if not _DIGITS.match(head) or len(head) > size or int(head[0]) == 0:
        return None
    if any(len(group) != size or not _DIGITS.match(group) for group in rest):
        return None
    return "".join(groups)


def _digits_or_none(integer: str, decimals: str) -> tuple[str, str] | None:
    if not integer and not decimals:
        return None
    if integer and not _DIGITS.match(integer):
        return None
    if decimals and not _DIGITS.match(decimals):
        return None
    return integer, decimals


def _split_number(cleaned: str, decimal_sep: str, size: int) -> tuple[str, str] | None:
    """(whole digits, decimal digits) of an unsigned number, or None; see read_number."""
    marks = [char for char in cleaned if char in {".", ",", decimal_sep}]
    if not marks:
        return _digits_or_none(cleaned, "")
    kinds = set(marks)
    if len(kinds) > 1:
        # Both marks ("1,234.5", "1.234,5"): the last one is the decimal mark, once, and
        # the other groups the whole part.
        point = marks[-1]
        if marks.count(point) > 1 or len(kinds) > 2:
            return None
        integer, _, decimals = cleaned.rpartition(point)
        (group_mark,) = kinds - {point}
        integer = _grouped(integer, group_mark, size)
        return None if integer is None else _digits_or_none(integer, decimals)
    (mark,) = kinds
    if len(marks) > 1:
        # The same mark twice or more only groups digits ("1,234,567", "1.234.567").
        integer = _grouped(cleaned, mark, size)
        return None if integer is None else _digits_or_none(integer, "")
    integer, _, decimals = cleaned.partition(mark)
    if mark != decimal_sep:
        grouped = _grouped(cleaned, mark, size)
        if grouped is not None:
            return _digits_or_none(grouped, "")
    return _digits_or_none(integer, decimals)


def read_number(text: str) -> Decimal | None:
    """The number ``text`` writes in the active language, or None if it is not one.

    A learner may type the language's decimal separator or a point: a French learner's
    "7,5" and "7.5" are both seven and a half. The rule, the same in every language:

    - Spaces of any width (and the apostrophe, and Arabic's thousands mark) group digits
      and are dropped; Arabic-Indic digits are digits and Arabic's decimal mark (U+066B)
      is the language's decimal separator.
    - With no mark, the text is a whole number.
    - With both "." and "," ("1,234.5", "1.234,5"), the last mark is the decimal mark and
      must appear once; the other must group the whole part in threes ("1,23.5" is not a
      number).
    - One mark used twice or more only groups digits in threes: "1.234.567" is 1234567,
      "4,200,5" is not a number.
    - The language's own decimal separator used once is always the decimal mark: French
      "7,500" is 7.5, English "4.200" is 4.2.
    - The other mark ("." in French, "," in English) used once is a thousands separator
      only when exactly three digits follow it and one to three digits, not starting with
      0, precede it: French "1.234" is 1234 and English "4,200" is 4200. Anything else is
      a decimal: French "7.5", "0.125", "1234.567" and English "4,2" are decimals.

    So the one reading that depends on the language is a single mark followed by exactly
    three digits ("1.234", "1,234"); it follows the way that language writes numbers, and
    the result page shows the learner how their answer was read.
    """
    if not isinstance(text, str):
        return None
    decimal_sep = str(get_format("DECIMAL_SEPARATOR")) or "."
    cleaned = _GROUP_MARKS.sub("", text.translate(_MINUS)).replace("\u066b", decimal_sep)
    if not cleaned:
        return None
    grouping = get_format("NUMBER_GROUPING")
    size = grouping if isinstance(grouping, int) and grouping > 0 else 3
    sign = ""
    if cleaned[0] in "+-":
        sign, cleaned = ("-" if cleaned[0] == "-" else ""), cleaned[1:]
    parts = _split_number(cleaned, decimal_sep, size)
    if parts is None:
        return None
    integer, decimals = parts
    try:
        value = Decimal(f"{sign}{integer or '0'}.{decimals or '0'}")
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def plain_number(value: Decimal) -> str:
    """``value`` without exponent or trailing zeros, "." for decimals: how a reading is
    stored. Templates print it with ``floatformat`` in the learner's language."""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", ""} else text
