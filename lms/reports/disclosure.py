"""Disclosure control: what a published report cell may say.

The rules (docs/reports.md, "Disclosure control"), applied to every cell of every surface
because every surface publishes a ``Report`` built by ``services.build_report``:

1. Primary suppression: a cell that describes fewer than ``REPORT_MIN_CELL`` learners
   (zero included) shows "fewer than 10" and has no value.
2. Complementary suppression: in a column whose total is published, a single hidden cell
   could be worked out as total minus the others, so the next smallest cell is hidden too.
3. Rounding: every published count is rounded to a multiple of ``REPORT_ROUND_TO``, so the
   difference of two overlapping views (country A against all countries, a range of months
   against the same range plus one month) only bounds a small count, never pins it.
4. Percentages are computed from the published, rounded counts and hidden whenever their
   numerator or base is hidden, so a rate says nothing the counts do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Cell:
    """One published number: ``value`` is None when suppressed, ``display`` is what to show.

    ``kind`` is "count", "percent" (value in percent, e.g. 42.5) or "days".
    """

    value: int | float | None
    display: str
    suppressed: bool
    kind: str = "count"

    @property
    def sort_value(self) -> float:
        return -1 if self.value is None else float(self.value)


def min_cell() -> int:
    return max(1, int(getattr(settings, "REPORT_MIN_CELL", 10)))


def round_to() -> int:
    return max(1, int(getattr(settings, "REPORT_ROUND_TO", 5)))


def rule_text() -> str:
    """The suppression rule in one sentence, for the header of every export and page."""
    return _(
        "Cells describing fewer than %(min)d learners are shown as “fewer than %(min)d” and "
        "a second cell is hidden where a total would reveal them; counts are rounded to the "
        "nearest %(round)d; percentages are computed from the rounded counts and hidden when "
        "either count is hidden; periods are whole calendar months."
    ) % {"min": min_cell(), "round": round_to()}


def fewer_than_text() -> str:
    return _("fewer than %(min)d") % {"min": min_cell()}


def round_count(value: int) -> int:
    """``value`` rounded to the nearest multiple of REPORT_ROUND_TO (halves up), in integers."""
    base = round_to()
    return (2 * int(value) + base) // (2 * base) * base


def suppressed(kind: str = "count") -> Cell:
    return Cell(value=None, display=fewer_than_text(), suppressed=True, kind=kind)


def hidden_to_protect(kind: str = "count") -> Cell:
    """A cell large enough to publish, hidden so that a small neighbour cannot be derived."""
    return Cell(value=None, display=_("hidden"), suppressed=True, kind=kind)


def count_cell(value: int, learners: int | None = None, *, hide: bool = False) -> Cell:
    """A published count; ``learners`` is how many learners it describes (default: value).

    ``hide`` marks a cell that complementary suppression chose (see ``column_hidden``).
    """
    learners = value if learners is None else learners
    if learners < min_cell():
        return suppressed()
    if hide:
        return hidden_to_protect()
    published = round_count(value)
    return Cell(value=published, display=grouped(published), suppressed=False)


def grouped(number: int) -> str:
    """A whole number with the active language's thousands separator: "3,000", "3 000"."""
    return formats.number_format(number, use_l10n=True, force_grouping=True)


def percent_display(share: float) -> str:
    """A percentage with one decimal as the active language writes it: "42.5 %", "42,5 %"."""
    return formats.number_format(share, 1, use_l10n=True, force_grouping=True) + "\u00a0%"


def percent_cell(numerator: Cell, base: Cell) -> Cell:
    """numerator / base as a percentage with one decimal, from the published counts."""
    if numerator.suppressed or base.suppressed or not base.value:
        return suppressed("percent")
    share = round(100 * numerator.value / base.value, 1)
    return Cell(value=share, display=percent_display(share), suppressed=False, kind="percent")


def days_cell(days: float | None, learners: int) -> Cell:
    """A median in whole days, hidden when it describes fewer than REPORT_MIN_CELL learners."""
    if days is None or learners < min_cell():
        return suppressed("days")
    value = round(days)
    return Cell(
        value=value,
        display=ngettext("%(days)d day", "%(days)d days", value) % {"days": value},
        suppressed=False,
        kind="days",
    )


def column_hidden(learners: list[int], *, has_total: bool) -> list[bool]:
    """Which cells of one column to hide, given how many learners each describes.

    Primary: every cell under the threshold. Complementary: when a published total would
    let a single hidden cell be recovered (total minus the published others), the smallest
    published cell is hidden as well. Zero cells are hidden like any other small cell, so
    "fewer than 10" never means "at least one".
    """
    threshold = min_cell()
    hidden = [count < threshold for count in learners]
    if has_total and sum(hidden) == 1 and len(learners) > 1:
        candidates = [i for i, is_hidden in enumerate(hidden) if not is_hidden]
        smallest = min(candidates, key=lambda i: (learners[i], i))
        hidden[smallest] = True
    return hidden
