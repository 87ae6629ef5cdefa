"""The public page of national totals: headline figures per country and overall.

Anonymous, light and linkable (a ministry links to /reports/national/?month_from=2027-01).
Only what ``build_report(..., public=True)`` gives is published: registered, enrolled,
completions and certificates, rounded and suppressed, never a profile breakdown. The
countries listed are those that programmes run in, a public fact, so a country's presence
on the page never tells that a few learners live there. Rows and the overall line are
published together, so where exactly one country's cell is hidden, the next smallest is
hidden too and the total cannot give it away (the dashboard's complementary rule, applied
to published cells).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django import forms
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django_countries import countries as country_names

from lms.db_routers import reading_from_replica
from lms.programmes.models import Programme

from . import queries
from .disclosure import Cell, hidden_to_protect
from .filters import MonthField, ReportFilters
from .scope import ReportScope
from .services import Report, public_figures

# Figures change slowly; a quarter of an hour keeps the page cheap under any traffic.
CACHE_SECONDS = 15 * 60


class PublicMonthsForm(forms.Form):
    month_from = MonthField(label=_("From month"), required=False)
    month_to = MonthField(label=_("To month"), required=False)

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("month_from"), cleaned.get("month_to")
        if first and last and first > last:
            self.add_error("month_to", _("The last month cannot come before the first."))
        return cleaned


@dataclass(frozen=True)
class CountryLine:
    code: str
    name: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class NationalTotals:
    overall: Report
    keys: tuple[str, ...]
    labels: tuple[str, ...]
    lines: tuple[CountryLine, ...]

    @property
    def overall_cells(self) -> tuple[Cell, ...]:
        return tuple(figure.cell for figure in self.overall.figures)


def public_countries() -> list[str]:
    """ISO codes of the countries any programme runs in, sorted by name."""
    codes: set[str] = set()
    for value in Programme.objects.values_list("countries", flat=True):
        items = value.split(",") if isinstance(value, str) else value
        codes.update(str(getattr(item, "code", item)) for item in items if item)
    return sorted(codes, key=lambda code: str(country_names.name(code)))


def protect_columns(lines: list[list[Cell]]) -> list[list[Cell]]:
    """Hide the next smallest published cell of a column with a single hidden one.

    The overall total is published beside the countries, so one hidden cell could be
    bounded as total minus the others; a second hidden cell stops that.
    """
    if len(lines) < 2:
        return lines
    for col in range(len(lines[0])):
        hidden = [i for i, line in enumerate(lines) if line[col].suppressed]
        if len(hidden) != 1:
            continue
        shown = [i for i, line in enumerate(lines) if not line[col].suppressed]
        if shown:
            smallest = min(shown, key=lambda i: (lines[i][col].value, i))
            lines[smallest][col] = hidden_to_protect(lines[smallest][col].kind)
    return lines


RAW_TOTALS = (
    "registered",
    "enrolled_learners",
    "completions",
    "completion_learners",
    "certificates",
    "certificate_learners",
)


def _figures(totals: dict[str, int]):
    totals = {name: totals.get(name, 0) for name in RAW_TOTALS}
    return public_figures(totals, totals, totals)


@reading_from_replica()
def national_totals(filters: ReportFilters) -> NationalTotals:
    """Overall and per-country public figures for ``filters`` (months only).

    Three grouped queries give every country at once; each line equals
    ``build_report(<that country>, filters, public=True)`` and the overall line equals the
    report for every country (tests/reports/test_public.py holds them to it)."""
    now = timezone.now()
    everywhere = ReportScope(countries=None)
    sel = queries.select(everywhere, filters, now=now, with_programmes=False)
    per_country = queries.public_totals_by_country(sel)
    overall_totals = {
        name: sum(row.get(name, 0) for row in per_country.values()) for name in RAW_TOTALS
    }
    overall = Report(everywhere, filters, now, _figures(overall_totals), public=True)
    keys = tuple(figure.key for figure in overall.figures)
    labels = tuple(figure.label for figure in overall.figures)
    codes = public_countries()
    rows = []
    for code in codes:
        rows.append([figure.cell for figure in _figures(per_country.get(code, {}))])
    rows = protect_columns(rows)
    lines = tuple(
        CountryLine(code, str(country_names.name(code)), tuple(cells))
        for code, cells in zip(codes, rows, strict=True)
    )
    return NationalTotals(overall, keys, labels, lines)


def _cache_key(filters: ReportFilters) -> str:
    raw = f"{filters.month_from}|{filters.month_to}|{get_language()}"
    return "reports:national:" + hashlib.sha256(raw.encode()).hexdigest()[:32]


def store(totals: NationalTotals, seconds: int) -> None:
    """Keep the page's figures for its filters and language (lms.reports.prepared keeps the
    unfiltered page until its next run)."""
    cache.set(_cache_key(totals.overall.filters), totals, seconds)


@require_safe
def public_totals(request):
    """GET /reports/national/ — no sign-in, cached, no cookies set."""
    form = PublicMonthsForm(request.GET or None)
    totals = None
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
    else:
        data = form.cleaned_data if form.is_bound else {}
        filters = ReportFilters(month_from=data.get("month_from"), month_to=data.get("month_to"))
        totals = cache.get(_cache_key(filters))
        if totals is None:
            totals = national_totals(filters)
            store(totals, CACHE_SECONDS)
    response = TemplateResponse(
        request,
        "reports/public/national_totals.html",
        {"form": form, "totals": totals},
        status=status,
    )
    if status == 200 and not request.user.is_authenticated:
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    else:
        patch_cache_control(response, private=True, max_age=0)
    patch_vary_headers(response, ["Accept-Language"])
    return response
