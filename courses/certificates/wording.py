"""Wording that the PDF, the share image and the e-mail print alike."""

from __future__ import annotations

from decimal import Decimal

from django.utils import formats
from django.utils.translation import ngettext


def hours_of_study(hours: Decimal | float | int | None) -> str:
    """ "3 hours of study", "2.5 hours of study", "1 hour of study": whole hours without a
    decimal, halves with one, in the active language's number format; "" for no hours."""
    if not hours:
        return ""
    value = Decimal(str(hours)).normalize()
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    shown = formats.number_format(value, use_l10n=True)
    # The plural form follows the number itself: Arabic has a dual (2), a "few" (3-10) and
    # a "many" (11-99) form. A fraction takes the general plural, which every language's
    # rule gives for 100.
    count = int(value) if value == value.to_integral_value() else 100
    return ngettext("%(hours)s hour of study", "%(hours)s hours of study", count) % {"hours": shown}
