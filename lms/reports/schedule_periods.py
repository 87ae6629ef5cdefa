"""Report periods for scheduled reports: the last complete month or ISO week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Period:
    """A closed range of days a scheduled report is about."""

    start: date
    end: date

    @property
    def month_from(self) -> str:
        """The first whole month the report covers, as YYYY-MM (date filters are months)."""
        return f"{self.start:%Y-%m}"

    @property
    def month_to(self) -> str:
        return f"{self.end:%Y-%m}"

    @property
    def is_whole_month(self) -> bool:
        return self.start.day == 1 and (self.end + timedelta(days=1)).day == 1

    @property
    def label(self) -> str:
        """How the period is named in e-mails, file names and the archive."""
        if self.is_whole_month:
            return date_format(self.start, "F Y")
        iso_year, iso_week, _weekday = self.start.isocalendar()
        return _("week %(week)s of %(year)s") % {"week": iso_week, "year": iso_year}

    @property
    def slug(self) -> str:
        if self.is_whole_month:
            return f"{self.start:%Y-%m}"
        iso_year, iso_week, _weekday = self.start.isocalendar()
        return f"{iso_year}-W{iso_week:02d}"


def last_complete_month(today: date) -> Period:
    """The calendar month before ``today``'s."""
    end = today.replace(day=1) - timedelta(days=1)
    return Period(start=end.replace(day=1), end=end)


def last_complete_week(today: date) -> Period:
    """The Monday-to-Sunday week before ``today``'s."""
    this_monday = today - timedelta(days=today.weekday())
    start = this_monday - timedelta(days=7)
    return Period(start=start, end=start + timedelta(days=6))


def last_complete_period(frequency: str, today: date) -> Period:
    """The period a subscription of ``frequency`` ("monthly" or "weekly") reports on today."""
    if frequency == "weekly":
        return last_complete_week(today)
    if frequency == "monthly":
        return last_complete_month(today)
    raise ValueError(f"Unknown report frequency {frequency!r}.")
