"""Every figure counted independently in plain Python (tests/reports/oracle.py) equals what
build_report, the dashboard, the CSV and the XLSX publish, after suppression and rounding."""

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from lms.reports.export_jobs import render
from lms.reports.filters import ReportFilters
from lms.reports.scope import ReportScope
from lms.reports.services import build_report

from .oracle import Oracle
from .population import NOW, Rows


def month(text):
    return dt.date.fromisoformat(text + "-01") if text else None


def views(population):
    """(scope countries, filters) pairs covering every filter the form offers."""
    programme = population["programme"].pk
    track = population["tracks"][0].pk
    course = population["courses"][1].pk
    kinds = [
        {},
        {"month_from": "2026-03", "month_to": "2026-08"},
        {"month_to": "2026-06"},
        {"country": "KE"},
        {"programme": programme},
        {"track": track},
        {"course": course},
        {"programme": programme, "month_from": "2026-05", "country": "UG"},
    ]
    for countries in (frozenset({"KE", "UG"}), None):
        for kind in kinds:
            yield countries, kind


def filters_of(kind) -> ReportFilters:
    return ReportFilters(
        month_from=month(kind.get("month_from")),
        month_to=month(kind.get("month_to")),
        country=kind.get("country", ""),
        programme_id=kind.get("programme"),
        track_id=kind.get("track"),
        course_id=kind.get("course"),
    )


def oracle_for(rows, countries, filters: ReportFilters) -> Oracle:
    return Oracle(
        rows,
        set(countries) if countries is not None else None,
        start=filters.period_start,
        end=filters.period_end,
        country=filters.country,
        programme=filters.programme_id,
        track=filters.track_id,
        course=filters.course_id,
        now=NOW,
    )


def values(cells):
    return [c.value for c in cells]


def test_build_report_equals_independent_counts(population, db):
    rows = Rows.load()
    for countries, kind in views(population):
        filters = filters_of(kind)
        report = build_report(ReportScope(countries), filters, now=NOW)
        oracle = oracle_for(rows, countries, filters)
        where = f"{countries} {kind}"

        expected = oracle.figures()
        for figure in report.figures:
            if figure.key in expected:
                assert figure.cell.value == expected[figure.key], (where, figure.key)
        assert {f.key for f in report.figures} >= set(expected)

        for key, field in (("country", "country"), ("region", "region"), ("sector", "sector"),
                           ("size", "enterprise_size"), ("gender", "owner_gender"),
                           ("export_stage", "export_stage")):  # fmt: skip
            table = report.tables[key]
            want = oracle.profile_table(
                field, [row.key for row in table.rows], consent=key != "country"
            )
            got = {row.key: values(row.cells) for row in table.rows}
            assert got == want["rows"], (where, key)
            assert values(table.total.cells) == want["total"], (where, key)

        funnel = report.tables["funnel"]
        assert [row.cells[0].value for row in funnel.rows] == oracle.funnel(), where

        monthly = report.tables["monthly"]
        want = oracle.monthly([row.key for row in monthly.rows])
        assert {row.key: values(row.cells) for row in monthly.rows} == want["rows"], where
        assert values(monthly.total.cells) == want["total"], where

        courses = {row.key: values(row.cells) for row in report.tables["course"].rows}
        assert courses == oracle.by_course(), where
        tracks = {row.key: values(row.cells) for row in report.tables["track"].rows}
        expected_tracks = oracle.by_track()
        for key, cells in tracks.items():
            assert cells == expected_tracks.get(key, [None, None, None]), (where, key)


def test_programme_targets_and_shares(population, db):
    programme = population["programme"]
    report = build_report(
        ReportScope(frozenset({"KE", "UG"})), ReportFilters(programme_id=programme.pk), now=NOW
    )
    rows = Rows.load()
    expected = oracle_for(rows, {"KE", "UG"}, ReportFilters(programme_id=programme.pk)).figures()
    enrolled = report.figure("enrolled")
    assert enrolled.target == 200
    assert enrolled.cell.value == expected["enrolled"]
    assert enrolled.share_of_target.value == round(100 * expected["enrolled"] / 200, 1)
    assert report.figure("certificates").target == 60
    women = report.figure("women_owned_share")
    assert women.target == 40
    assert women.cell.kind == "percent"


def parse_csv(text: str) -> dict[str, list[list[str]]]:
    sections, current = {}, None
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
        if not row:
            current = None
        elif current is None:
            current = sections.setdefault(row[0], [])
        else:
            current.append(row)
    return sections


@pytest.mark.parametrize("kind", [{}, {"month_from": "2026-02", "country": "KE"}])
def test_csv_and_xlsx_equal_the_report(population, db, kind):
    filters = filters_of(kind)
    report = build_report(ReportScope(frozenset({"KE", "UG"})), filters, now=NOW)
    sections = parse_csv(render(report, "csv").decode())
    book = load_workbook(io.BytesIO(render(report, "xlsx")))

    about = dict(sections["About"])
    assert about["Scope"] == "Kenya, Uganda"
    assert "fewer than 10 learners" in about["Suppression rule"]
    assert about["Extracted"] == NOW.strftime("%Y-%m-%d %H:%M UTC")
    assert [r[0] for r in book["About"].iter_rows(values_only=True)][:2] == ["Report", "Scope"]

    figures_sheet = list(book["Figures"].iter_rows(values_only=True))[1:]
    figures_csv = sections["Figures"][1:]
    for figure, xlsx_row, csv_row in zip(report.figures, figures_sheet, figures_csv, strict=True):
        cell = figure.cell
        if cell.suppressed:
            assert xlsx_row[1] == csv_row[1] == cell.display
        elif cell.kind == "percent":
            assert xlsx_row[1] == pytest.approx(cell.value / 100)
            assert float(csv_row[1]) == cell.value
        else:
            assert xlsx_row[1] == cell.value and isinstance(xlsx_row[1], int)
            assert csv_row[1] == str(cell.value)
    percent_cells = [
        row[1] for row in book["Figures"].iter_rows(min_row=2)
        if isinstance(row[1].value, float)
    ]  # fmt: skip
    assert percent_cells and all(c.number_format == "0.0%" for c in percent_cells)

    for table in report.tables.values():
        sheet = list(book[table.title[:31]].iter_rows(values_only=True))
        published = [[row.label, *row.cells] for row in table.rows]
        if table.total:
            published.append([table.total.label, *table.total.cells])
        for line, xlsx_row, csv_row in zip(
            published, sheet[1:], sections[table.title][1:], strict=False
        ):
            assert xlsx_row[0] == csv_row[0] == line[0]
            for cell, x, c in zip(line[1:], xlsx_row[1:], csv_row[1:], strict=False):
                expected = cell.display if cell.suppressed else cell.value
                assert x == expected
                assert c == str(expected)


def test_formula_text_is_escaped(population, db):
    from lms.accounts.models import User

    User.objects.filter(country="KE", consent_statistics=True, region="Nairobi").update(
        region='=HYPERLINK("http://evil")'
    )
    report = build_report(ReportScope(frozenset({"KE"})), ReportFilters(), now=NOW)
    text = render(report, "csv").decode()
    assert "=HYPERLINK" in text
    assert ",=HYPERLINK" not in text and "\n=HYPERLINK" not in text
    book = load_workbook(io.BytesIO(render(report, "xlsx")))
    labels = [row[0] for row in book["By region"].iter_rows(values_only=True)]
    assert not any(str(label).startswith("=") for label in labels if label)
