"""Reports as published: every figure and table already suppressed and rounded.

``build_report`` is the one door to the numbers: the dashboard, the CSV and XLSX exports,
scheduled reports, the API and the public totals page all publish the ``Report`` it
returns (and ``report_sheets`` for files), so a number is the same on every surface. The
raw counts come from ``queries``; what may be shown of them is decided by ``disclosure``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, pgettext, pgettext_lazy
from django.utils.translation import gettext as _
from django_countries import countries as country_names

from lms.accounts.choices import EnterpriseSize, ExportStage, OwnerGender, Sector
from lms.db_routers import reading_from_replica

from . import queries
from .disclosure import (
    Cell,
    column_hidden,
    count_cell,
    days_cell,
    percent_cell,
    percent_display,
    rule_text,
    suppressed,
)

# Re-exported: the file formats live beside, but callers import from services.
from .exports import report_csv, report_rows, report_sheets, report_xlsx  # noqa: E402, I001
from .filters import ReportFilters, next_month
from .scope import ReportScope

__all__ = [
    "Cell",
    "Column",
    "Figure",
    "Report",
    "Row",
    "Table",
    "build_report",
    "cached_report",
    "peek_report",
    "report_csv",
    "report_rows",
    "report_sheets",
    "report_xlsx",
]


@dataclass(frozen=True)
class Figure:
    """A headline figure: its published cell, and the programme's target where one is set."""

    key: str
    label: str
    definition: str
    cell: Cell
    target: int | None = None
    share_of_target: Cell | None = None


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "count"


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """A breakdown, time series or funnel. ``total`` is published where rows add up to it."""

    key: str
    title: str
    dimension: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    total: Row | None = None
    note: str = ""
    chart: str = "bars"  # "bars", "line" (time series) or "funnel"


@dataclass(frozen=True)
class Report:
    scope: ReportScope
    filters: ReportFilters
    generated_at: dt.datetime
    figures: tuple[Figure, ...]
    tables: dict[str, Table] = field(default_factory=dict)
    public: bool = False
    # Minutes between two countings when the report was prepared ahead (lms.reports.prepared),
    # None when it was counted on request.
    prepared_every: int | None = None

    @property
    def rule(self) -> str:
        return rule_text()

    @property
    def countries_label(self) -> str:
        """The countries counted: the country filter's, or the whole scope."""
        if self.filters.country:
            return str(country_names.name(self.filters.country))
        return self.scope.label

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def header(self) -> list[tuple[str, str]]:
        """What every export and page states first: scope, filters, rule, extraction date."""
        return [
            (_("Report"), _("Go Global Academy — aggregate learning report")),
            (_("Scope"), self.scope.label),
            *self.filters.describe(),
            (_("Suppression rule"), self.rule),
            (_("Extracted"), self.generated_at.strftime("%Y-%m-%d %H:%M UTC")),
        ]


FIGURE_TEXT = {
    "registered": (
        gettext_lazy("Registered SMEs"),
        gettext_lazy("Learner accounts created in the period, in the countries selected."),
    ),
    "enrolled": (
        gettext_lazy("Enrolled learners"),
        gettext_lazy("Learners who began at least one selected course in the period."),
    ),
    "active": (
        gettext_lazy("Active in the last 30 days"),
        gettext_lazy(
            "Learners with activity in a selected course in the 30 days before the end "
            "of the period (or before today, if the period has not ended)."
        ),
    ),
    "enrollments": (
        gettext_lazy("Enrollments"),
        gettext_lazy("Courses begun in the period; a learner in two courses counts twice."),
    ),
    "lessons": (
        gettext_lazy("Lessons completed"),
        gettext_lazy("Lessons marked complete in the period."),
    ),
    "completions": (
        gettext_lazy("Course completions"),
        gettext_lazy("Courses completed in the period; a learner may complete several."),
    ),
    "completion_rate": (
        gettext_lazy("Completion rate"),
        gettext_lazy("Of the enrollments begun in the period, the share completed by now."),
    ),
    "certificates": (
        gettext_lazy("Certificates"),
        gettext_lazy("Certificates issued in the period and not revoked."),
    ),
    "quiz_pass_rate": (
        gettext_lazy("Quiz pass rate"),
        gettext_lazy("Of the quiz attempts submitted in the period, the share that passed."),
    ),
    "median_days": (
        gettext_lazy("Median days to complete"),
        gettext_lazy(
            "Middle value of days from enrolling to completing, for completions in the period."
        ),
    ),
    "women_owned_share": (
        gettext_lazy("Women-owned businesses"),
        gettext_lazy("Share of enrolled learners who shared their profile whose owner is a woman."),
    ),
    "micro_share": (
        gettext_lazy("Micro enterprises"),
        gettext_lazy("Share of enrolled learners who shared their profile with 1–9 employees."),
    ),
}

MEASURES = (
    Column("registered", pgettext_lazy("number of learners", "Registered")),
    Column("enrolled", pgettext_lazy("number of learners", "Enrolled")),
    Column("completed", gettext_lazy("Completed a course")),
    Column("certified", gettext_lazy("Certified")),
)
ENROLLMENT_MEASURES = MEASURES[1:]
NOT_SHARED = "_not_shared"
NOT_STATED = "_not_stated"


def _figure(key: str, cell: Cell, target: int | None = None) -> Figure:
    """A figure; its share of target compares the published value with the target as set."""
    label, definition = FIGURE_TEXT[key]
    share = None
    if target:
        if cell.suppressed:
            share = suppressed("percent")
        else:
            value = round(100 * cell.value / target, 1)
            share = Cell(
                value=value, display=percent_display(value), suppressed=False, kind="percent"
            )
    return Figure(key, str(label), str(definition), cell, target, share)


def _additive_table(
    key: str,
    title: str,
    dimension: str,
    rows: list[tuple[str, str, dict[str, int]]],
    totals: dict[str, int],
    columns=MEASURES,
    note: str = "",
) -> Table:
    """Rows that partition the learners: each column adds up to its total, so each column
    gets complementary suppression."""
    hidden = {
        col.key: column_hidden([values.get(col.key, 0) for _k, _l, values in rows], has_total=True)
        for col in columns
    }
    published = tuple(
        Row(
            row_key,
            label,
            tuple(count_cell(values.get(col.key, 0), hide=hidden[col.key][i]) for col in columns),
        )
        for i, (row_key, label, values) in enumerate(rows)
    )
    total = Row("total", _("Total"), tuple(count_cell(totals.get(col.key, 0)) for col in columns))
    return Table(key, title, dimension, _translated(columns), published, total, note)


def _translated(columns) -> tuple[Column, ...]:
    """Columns with their labels in the current language (reports are cached and pickled)."""
    return tuple(Column(c.key, str(c.label), c.kind) for c in columns)


def _overlapping_table(
    key: str, title: str, dimension: str, rows, columns=ENROLLMENT_MEASURES, note: str = ""
) -> Table:
    """Rows that overlap (a learner in two courses is in two rows): no total, no margin to
    protect, only primary suppression."""
    published = tuple(
        Row(str(row_key), label, tuple(count_cell(values.get(c.key, 0)) for c in columns))
        for row_key, label, values in rows
    )
    return Table(key, title, dimension, _translated(columns), published, None, note)


def _profile_rows(cube, field: str, labels, *, consent: bool) -> list:
    """Sum the cube into rows of one profile field; without consent, into "Not shared"."""
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for group in cube:
        if consent and not group["consent_statistics"]:
            value = NOT_SHARED
        else:
            value = group[field] or NOT_STATED
            if field == "region" and value != NOT_STATED:
                value = f"{group['country'] or '—'}|{value.strip()}"
        for measure in MEASURES:
            sums[value][measure.key] += group[measure.key]
    rows = []
    for code, label in labels:
        rows.append((code, str(label), dict(sums.pop(code, {}))))
    for code in sorted(k for k in sums if k not in (NOT_STATED, NOT_SHARED)):
        rows.append((code, _region_label(code) if field == "region" else code, dict(sums[code])))
    rows.append((NOT_STATED, _("Not stated"), dict(sums.get(NOT_STATED, {}))))
    if consent:
        rows.append((NOT_SHARED, _("Not shared (no consent)"), dict(sums.get(NOT_SHARED, {}))))
    return rows


def _region_label(code: str) -> str:
    country, region = code.split("|", 1)
    name = country_names.name(country) if country != "—" else country
    return f"{name} — {region}"


def _months(sel: queries.Selection, monthly) -> list[dt.date]:
    seen = {m for series in monthly.values() for m in series}
    first = sel.start.date() if sel.start else (min(seen) if seen else None)
    if first is None:
        return []
    last_day = (sel.end - dt.timedelta(days=1)).date() if sel.end else sel.now.date()
    months, month = [], first.replace(day=1)
    while month <= last_day:
        months.append(month)
        month = next_month(month)
    return months


def public_figures(learners: dict, enrollments: dict, certificates: dict) -> tuple[Figure, ...]:
    """The four public figures from the raw totals of ``queries``: registered, enrolled,
    completions and certificates, suppressed and rounded."""
    return (
        _figure("registered", count_cell(learners["registered"])),
        _figure("enrolled", count_cell(enrollments["enrolled_learners"])),
        _figure(
            "completions",
            count_cell(enrollments["completions"], enrollments["completion_learners"]),
        ),
        _figure(
            "certificates",
            count_cell(certificates["certificates"], certificates["certificate_learners"]),
        ),
    )


@reading_from_replica()
def build_report(
    scope: ReportScope,
    filters: ReportFilters,
    *,
    public: bool = False,
    now: dt.datetime | None = None,
) -> Report:
    """The report for ``scope`` and ``filters``, every cell suppressed and rounded.

    ``public=True`` gives the headline national totals only (no profile breakdowns), for
    the public page. The number of queries does not depend on the amount of data.
    """
    now = now or timezone.now()
    sel = queries.select(scope, filters, now=now, with_programmes=not public)
    if public:
        learners = queries.registered_total(sel)
    else:
        cube = queries.profile_cube(sel)
        learners = {
            name: sum(group[name] for group in cube)
            for name in ("registered", *(f"funnel_{stage}" for stage in queries.FUNNEL))
        }
    enrollments = queries.enrollment_totals(sel)
    certificates = queries.certificate_totals(sel)

    registered = count_cell(learners["registered"])
    enrolled = count_cell(enrollments["enrolled_learners"])
    completions = count_cell(enrollments["completions"], enrollments["completion_learners"])
    certs = count_cell(certificates["certificates"], certificates["certificate_learners"])
    programme = next((p for p in sel.programmes if p.pk == filters.programme_id), None)
    targets = programme.targets if programme else {}

    if public:
        return Report(
            scope, filters, now, public_figures(learners, enrollments, certificates), public=True
        )

    lessons = queries.lesson_totals(sel)
    quizzes = queries.quiz_totals(sel)
    median, median_learners = queries.median_days_to_complete(sel)

    enrollment_count = count_cell(enrollments["enrollments"], enrollments["enrolled_learners"])
    begun_completed = count_cell(
        enrollments["begun_completed"], enrollments["begun_completed_learners"]
    )
    attempts = count_cell(quizzes["attempts"], quizzes["attempt_learners"])
    passed = count_cell(quizzes["passed_attempts"], quizzes["passed_learners"])
    shared_enrolled = sum(g["enrolled"] for g in cube if g["consent_statistics"])
    women = sum(
        g["enrolled"]
        for g in cube
        if g["consent_statistics"] and g["owner_gender"] == OwnerGender.WOMAN
    )
    micro = sum(
        g["enrolled"]
        for g in cube
        if g["consent_statistics"] and g["enterprise_size"] == EnterpriseSize.MICRO
    )
    figures = [
        _figure("registered", registered),
        _figure("enrolled", enrolled, targets.get("enrolled")),
        _figure("active", count_cell(enrollments["active_learners"])),
        _figure("enrollments", enrollment_count),
        _figure("lessons", count_cell(lessons["lessons"], lessons["lesson_learners"])),
        _figure("completions", completions, targets.get("completions")),
        _figure("completion_rate", percent_cell(begun_completed, enrollment_count)),
        _figure("certificates", certs, targets.get("certificates")),
        _figure("quiz_pass_rate", percent_cell(passed, attempts)),
        _figure("median_days", days_cell(median, median_learners)),
    ]
    if programme:
        base = count_cell(shared_enrolled)
        for key, numerator in (("women_owned_share", women), ("micro_share", micro)):
            cell = percent_cell(count_cell(numerator), base)
            figure = _figure(key, cell)
            target = targets.get(key)
            if target is not None:
                # Share targets are percentages: progress is the gap in points, shown as
                # the target itself beside the published share.
                figure = Figure(figure.key, figure.label, figure.definition, cell, target, None)
            figures.append(figure)

    totals = {
        "registered": learners["registered"],
        "enrolled": sum(g["enrolled"] for g in cube),
        "completed": sum(g["completed"] for g in cube),
        "certified": sum(g["certified"] for g in cube),
    }
    consent_note = _(
        "Counts only learners who agreed to statistical use of their profile; the others "
        "are in “Not shared”, so the column adds up to the total."
    )
    tables = {}
    country_rows = _profile_rows(
        cube,
        "country",
        [(code, country_names.name(code)) for code in sorted(sel.countries or [])]
        if sel.countries is not None
        else [],
        consent=False,
    )
    if sel.countries is None:  # site admins: name the codes found
        country_rows = [
            (code, str(country_names.name(code)) if not code.startswith("_") else label, values)
            for code, label, values in country_rows
        ]
    else:  # an analyst's learners always have a country in scope
        country_rows = [row for row in country_rows if row[0] != NOT_STATED]
    tables["country"] = _additive_table(
        "country", _("By country"), _("Country"), country_rows, totals
    )
    for key, title, dimension, choices in (
        ("region", _("By region"), _("Region"), []),
        ("sector", _("By sector (ISIC Rev.4 section)"), _("Sector"), Sector.choices),
        ("size", _("By enterprise size"), _("Enterprise size"), EnterpriseSize.choices),
        ("gender", _("By owner's gender"), _("Owner's gender"), OwnerGender.choices),
        ("export_stage", _("By export stage"), _("Export stage"), ExportStage.choices),
    ):
        field_name = {"size": "enterprise_size", "gender": "owner_gender"}.get(key, key)
        rows = _profile_rows(cube, field_name, choices, consent=True)
        tables[key] = _additive_table(key, title, dimension, rows, totals, note=consent_note)

    tracks = queries.by_track(sel)
    tables["track"] = _overlapping_table(
        "track",
        _("By track"),
        _("Track"),
        [
            (pk, title, tracks.get(pk, {}))
            for pk, title in sel.catalogue.tracks.items()
            if sel.course_ids is None or sel.catalogue.courses_of_track(pk) & sel.course_ids
        ],
        note=_("A learner in two tracks is counted in both."),
    )
    courses = queries.by_course(sel)
    tables["course"] = _overlapping_table(
        "course",
        _("By course"),
        _("Course"),
        [
            (pk, info.title, courses.get(pk, {}))
            for pk, info in sel.catalogue.courses.items()
            if (sel.course_ids is None or pk in sel.course_ids) and pk in courses
        ],
        note=_("A learner in two courses is counted in both."),
    )
    programmes = queries.by_programme(sel)
    tables["programme"] = _overlapping_table(
        "programme",
        _("By programme"),
        _("Programme"),
        [(p.pk, p.name, programmes.get(p.pk, {})) for p in sel.programmes],
        columns=(Column("members", gettext_lazy("Members")), *ENROLLMENT_MEASURES),
        note=_("Members of each programme, and those of them in the programme's courses."),
    )

    monthly = queries.monthly(sel)
    series = (
        ("registrations", gettext_lazy("Registrations")),
        ("enrollments", gettext_lazy("Enrollments")),
        ("completions", gettext_lazy("Completions")),
        ("certificates", gettext_lazy("Certificates")),
    )
    months = _months(sel, monthly)
    month_rows = [
        (
            m.strftime("%Y-%m"),
            m.strftime("%Y-%m"),
            {k: monthly[k].get(m, (0, 0)) for k, _l in series},
        )
        for m in months
    ]
    hidden = {
        k: column_hidden([values[k][1] for _c, _l, values in month_rows], has_total=True)
        for k, _l in series
    }
    month_total = {
        "registrations": (learners["registered"], learners["registered"]),
        "enrollments": (enrollments["enrollments"], enrollments["enrolled_learners"]),
        "completions": (enrollments["completions"], enrollments["completion_learners"]),
        "certificates": (certificates["certificates"], certificates["certificate_learners"]),
    }
    tables["monthly"] = Table(
        "monthly",
        _("Month by month"),
        _("Month"),
        tuple(Column(k, str(label)) for k, label in series),
        tuple(
            Row(code, label, tuple(count_cell(*values[k], hide=hidden[k][i]) for k, _l in series))
            for i, (code, label, values) in enumerate(month_rows)
        ),
        Row("total", _("Total"), tuple(count_cell(*month_total[k]) for k, _l in series)),
        _("Events in each month: an enrollment, a completion, a certificate."),
        chart="line",
    )
    stages = (
        ("registered", pgettext("number of learners", "Registered")),
        ("enrolled", pgettext("number of learners", "Enrolled")),
        ("started", _("Started (a lesson done)")),
        ("half_done", _("Half the lessons done")),
        ("completed", pgettext("number of learners", "Completed")),
        ("certified", _("Certified")),
    )
    funnel_values = {"registered": learners["registered"]} | {
        key: learners[f"funnel_{key}"] for key, _l in stages[1:]
    }
    tables["funnel"] = Table(
        "funnel",
        _("From registration to certificate"),
        _("Stage"),
        (Column("learners", _("Learners")),),
        tuple(Row(k, str(label), (count_cell(funnel_values[k]),)) for k, label in stages),
        None,
        _(
            "Learners who registered in the period, by the furthest stage they reached in "
            "the selected courses; each stage includes the ones after it."
        ),
        chart="funnel",
    )
    order = ("monthly", "funnel", "country", "region", "sector", "size", "gender",
             "export_stage", "programme", "track", "course")  # fmt: skip
    return Report(scope, filters, now, tuple(figures), {k: tables[k] for k in order})


def report_cache_key(
    scope: ReportScope, filters: ReportFilters, *, public: bool = False, kind: str = "report"
) -> str:
    """One key per scope, filters, language and audience (the report's labels are translated);
    ``kind`` keeps apart the reports counted on request, prepared ones and pending marks."""
    countries = ",".join(sorted(scope.countries)) if scope.countries is not None else "*"
    query = "&".join(f"{k}={v}" for k, v in sorted(filters.as_query().items()))
    digest = hashlib.sha256(f"{countries}|{query}|{get_language()}|{public}".encode()).hexdigest()[
        :32
    ]
    return f"reports:{kind}:{digest}"


def cached_report(scope: ReportScope, filters: ReportFilters, *, public: bool = False) -> Report:
    """``build_report``, kept for REPORT_CACHE_SECONDS: the screen, its exports and the
    next visitor with the same scope and filters get the same numbers and extraction time."""
    key = report_cache_key(scope, filters, public=public)
    report = cache.get(key)
    if report is None:
        report = build_report(scope, filters, public=public)
        cache.set(key, report, getattr(settings, "REPORT_CACHE_SECONDS", 300))
    return report


def peek_report(
    scope: ReportScope, filters: ReportFilters, *, public: bool = False
) -> Report | None:
    """The cached report for these scope and filters, if one is ready; never builds one."""
    return cache.get(report_cache_key(scope, filters, public=public))
