"""How a learner's typed number is read: the way their language writes numbers.

"4,200" is four thousand two hundred in English and "4,2" four point two in French. The
separators come from Django's format files for the active language (DECIMAL_SEPARATOR,
THOUSAND_SEPARATOR, NUMBER_GROUPING), the same source the site uses to print numbers, so a
number copied from a question reads back as the number the question meant.
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
    "1,234,567"), else None ("4,2", "42,00" are not groupings)."""
    groups = integer.split(separator)
    head, rest = groups[0], groups[1:]
    if not _DIGITS.match(head) or len(head) > size:
        return None
    if any(len(group) != size or not _DIGITS.match(group) for group in rest):
        return None
    return "".join(groups)


def read_number(text: str) -> Decimal | None:
    """The number ``text`` writes in the active language, or None if it is not one.

    The language's decimal separator marks the decimals; its thousands separator is
    accepted only between whole groups of digits. When the thousands separator appears once
    where it cannot group digits ("4,2" in English) and there is no decimal separator, it is
    read as the decimal separator: the learner wrote a decimal the way much of the world
    does. The result page says how the answer was read, so this reading is never hidden.
    """
    if not isinstance(text, str):
        return None
    decimal_sep = str(get_format("DECIMAL_SEPARATOR")) or "."
    cleaned = _GROUP_MARKS.sub("", text.translate(_MINUS)).replace("\u066b", decimal_sep)
    if not cleaned:
        return None
    thousand_sep = str(get_format("THOUSAND_SEPARATOR"))
    grouping = get_format("NUMBER_GROUPING")
    size = grouping if isinstance(grouping, int) and grouping > 0 else 3
    sign = ""
    if cleaned[0] in "+-":
        sign, cleaned = ("-" if cleaned[0] == "-" else ""), cleaned[1:]
    # The separators a learner may mean: the language's own, and "." and "," as the other
    # of the pair when the language uses neither as its thousands separator.
    other = "," if decimal_sep == "." else "."
    group_sep = thousand_sep if thousand_sep and thousand_sep != decimal_sep else other
    if cleaned.count(decimal_sep) > 1:
        return None
    integer, _, decimals = cleaned.partition(decimal_sep)
    if group_sep in integer:
        ungrouped = _grouped(integer, group_sep, size)
        if ungrouped is not None:
            integer = ungrouped
        elif decimal_sep not in cleaned and integer.count(group_sep) == 1:
            integer, decimals = integer.split(group_sep)
        else:
            return None
    if decimals and not _DIGITS.match(decimals):
        return None
    if not integer and not decimals:
        return None
    if integer and not _DIGITS.match(integer):
        return None
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
