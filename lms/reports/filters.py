"""What an analyst may narrow a report to, and the form that checks it.

Date filters are whole calendar months: a month either counts whole or not at all, which
keeps two reports from differing by a few days (see docs/reports.md, "Disclosure control").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, TrackPage
from courses.tree import sources
from lms.programmes.models import Programme

from .scope import ReportScope

MONTH_FORMAT = re.compile(r"^(\d{4})-(\d{2})$")
# The platform's history starts in the 2020s; anything outside this range is a typo.
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100
MAX_INPUT = 40


@dataclass(frozen=True)
class ReportFilters:
    """A report's filters. Months are first-of-month dates; empty means "no limit"."""

    month_from: dt.date | None = None
    month_to: dt.date | None = None
    country: str = ""
    programme_id: int | None = None
    track_id: int | None = None
    course_id: int | None = None
    # Names for headers, filled in by the form; not part of what is counted.
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def period_start(self) -> dt.datetime | None:
        """The first instant counted (UTC), or None."""
        if not self.month_from:
            return None
        return dt.datetime.combine(self.month_from, dt.time.min, tzinfo=dt.UTC)

    @property
    def period_end(self) -> dt.datetime | None:
        """The first instant after the period (UTC): the start of the month after month_to."""
        if not self.month_to:
            return None
        return dt.datetime.combine(next_month(self.month_to), dt.time.min, tzinfo=dt.UTC)

    def as_query(self) -> dict[str, str]:
        """The filters as GET parameters, for links to exports and other views."""
        query = {
            "month_from": self.month_from.strftime("%Y-%m") if self.month_from else "",
            "month_to": self.month_to.strftime("%Y-%m") if self.month_to else "",
            "country": self.country,
            "programme": str(self.programme_id or ""),
            "track": str(self.track_id or ""),
            "course": str(self.course_id or ""),
        }
        return {key: value for key, value in query.items() if value}

    def describe(self) -> list[tuple[str, str]]:
        """(filter, value) pairs in words, for the header of every export and page."""
        from django_countries import countries

        def month(value):
            return value.strftime("%Y-%m") if value else ""

        return [
            (str(_("From month")), month(self.month_from) or str(_("the beginning"))),
            (str(_("To month")), month(self.month_to) or str(_("now"))),
            (
                str(_("Country")),
                str(countries.name(self.country)) if self.country else str(_("all in scope")),
            ),
            (str(_("Programme")), self.labels.get("programme", "") or str(_("any"))),
            (str(_("Track")), self.labels.get("track", "") or str(_("any"))),
            (str(_("Course")), self.labels.get("course", "") or str(_("any"))),
        ]


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s."""
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def programmes_in_scope(scope: ReportScope):
    """Programmes an analyst may filter by: those running in at least one of their countries."""
    programmes = Programme.objects.order_by("name")
    if scope.countries is None:
        return programmes
    reach = Q()
    for code in scope.countries:
        reach |= Q(countries__contains=code)
    return programmes.filter(reach)


class MonthField(forms.Field):
    """A calendar month typed as YYYY-MM (what ``<input type="month">`` sends)."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": "2027-01", "size": 8})

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        if "\x00" in value:
            raise forms.ValidationError(_("This field contains a character that is not allowed."))
        if len(value) > MAX_INPUT:
            raise forms.ValidationError(
                _("Ensure this value has at most %(max)d characters.") % {"max": MAX_INPUT}
            )
        match = MONTH_FORMAT.match(value)
        if not match:
            raise forms.ValidationError(_("Enter a month as YYYY-MM, e.g. 2027-01."))
        year, month = int(match[1]), int(match[2])
        if not (1 <= month <= 12 and EARLIEST_YEAR <= year <= LATEST_YEAR):
            raise forms.ValidationError(
                _("Enter a month between %(first)s-01 and %(last)s-12.")
                % {"first": EARLIEST_YEAR, "last": LATEST_YEAR}
            )
        return dt.date(year, month, 1)


class ReportFilterForm(forms.Form):
    """The dashboard's filters as a GET form; ``filters()`` gives the checked ReportFilters.

    Choices depend on the scope: an analyst can only pick their own countries and the
    programmes that run in them, so a country outside the scope is refused by name.
    """

    month_from = MonthField(label=_("From month"), required=False)
    month_to = MonthField(label=_("To month"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    programme = forms.TypedChoiceField(
        label=_("Programme"), required=False, coerce=int, empty_value=None
    )
    track = forms.TypedChoiceField(label=_("Track"), required=False, coerce=int, empty_value=None)
    course = forms.TypedChoiceField(label=_("Course"), required=False, coerce=int, empty_value=None)

    def __init__(self, data=None, *, scope: ReportScope, **kwargs):
        super().__init__(data, **kwargs)
        self.scope = scope
        self.fields["country"].choices = [("", _("All countries in scope"))] + list(
            scope.country_choices()
        )
        self.fields["programme"].choices = [("", _("Any programme"))] + [
            (str(pk), name) for pk, name in programmes_in_scope(scope).values_list("pk", "name")
        ]
        self.fields["track"].choices = [("", _("Any track"))] + [
            (str(pk), title)
            for pk, title in sources(TrackPage.objects.live())
            .order_by("path")
            .values_list("pk", "title")
        ]
        self.fields["course"].choices = [("", _("Any course"))] + [
            (str(pk), title)
            for pk, title in sources(CoursePage.objects.live())
            .order_by("path")
            .values_list("pk", "title")
        ]

    def clean(self):
        cleaned = super().clean()
        # A NUL byte or an over-long value is refused with the field's name, never stored
        # or echoed into SQL.
        for name, raw in (self.data or {}).items():
            if name in self.fields and isinstance(raw, str):
                if name in self.errors:
                    continue
                if "\x00" in raw:
                    self.add_error(name, _("This field contains a character that is not allowed."))
                elif len(raw) > MAX_INPUT and name not in self.errors:
                    self.add_error(
                        name,
                        _("Ensure this value has at most %(max)d characters.") % {"max": MAX_INPUT},
                    )
        month_from, month_to = cleaned.get("month_from"), cleaned.get("month_to")
        if month_from and month_to and month_from > month_to:
            self.add_error("month_to", _("The last month cannot come before the first."))
        return cleaned

    def filters(self) -> ReportFilters:
        """The validated filters; call after ``is_valid()`` returned True."""
        data = self.cleaned_data

        def label(name):
            value = data.get(name)
            if value is None:
                return ""
            return dict(self.fields[name].choices).get(str(value), "")

        return ReportFilters(
            month_from=data.get("month_from"),
            month_to=data.get("month_to"),
            country=data.get("country") or "",
            programme_id=data.get("programme"),
            track_id=data.get("track"),
            course_id=data.get("course"),
            labels={name: label(name) for name in ("programme", "track", "course")},
        )
