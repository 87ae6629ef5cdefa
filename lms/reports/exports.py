"""A Report as files: rows, tablib Datasets, CSV and XLSX, with the same numbers as the screen.

Every file opens with the header block (scope, filters, suppression rule, extraction date).
Counts are numbers, percentages are numbers (in XLSX, a fraction with a percent format, so
42.5 % on screen is 42.5 % in the cell), suppressed cells say "fewer than 10" as on screen.
Text is formula-escaped: a label that begins with = + - @ or a control character is
prefixed with an apostrophe, so no spreadsheet runs it.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import tablib
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .disclosure import Cell

if TYPE_CHECKING:
    from .services import Report

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
PERCENT_FORMAT = "0.0%"
UNITS = {"count": "", "percent": "%", "days": "days"}


def escape_text(value: str) -> str:
    """Text as a spreadsheet must show it, never as a formula."""
    value = str(value)
    return "'" + value if value.startswith(FORMULA_START) else value


def report_rows(report: Report) -> list[tuple[str, list[list]]]:
    """The report as sections of rows: (title, rows); numbers stay ``Cell`` objects."""
    sections: list[tuple[str, list[list]]] = [
        (_("About"), [[label, value] for label, value in report.header()])
    ]
    figures = [
        [_("Figure"), _("Value"), _("Unit"), _("Target"), _("Share of target"), _("Definition")]
    ]
    for figure in report.figures:
        figures.append(
            [
                figure.label,
                figure.cell,
                _(UNITS[figure.cell.kind]) if UNITS[figure.cell.kind] else "",
                figure.target if figure.target is not None else "",
                figure.share_of_target if figure.share_of_target is not None else "",
                figure.definition,
            ]
        )
    sections.append((_("Figures"), figures))
    for table in report.tables.values():
        rows = [[table.dimension, *(column.label for column in table.columns)]]
        rows += [[row.label, *row.cells] for row in table.rows]
        if table.total is not None:
            rows.append([table.total.label, *table.total.cells])
        if table.note:
            rows.append([])
            rows.append([table.note])
        sections.append((table.title, rows))
    return sections


def _plain(value):
    """A cell for CSV and tablib: the published number, or the text shown on screen."""
    if isinstance(value, Cell):
        return value.display if value.suppressed else value.value
    if isinstance(value, str | Promise):
        return escape_text(str(value))
    return value


def report_sheets(report: Report) -> list[tablib.Dataset]:
    """One tablib Dataset per section (About, Figures, each table), values as published."""
    sheets = []
    for title, rows in report_rows(report):
        width = max(len(row) for row in rows)
        dataset = tablib.Dataset(title=_sheet_title(title))
        for row in rows:
            dataset.append([_plain(v) for v in row] + [""] * (width - len(row)))
        sheets.append(dataset)
    return sheets


def report_csv(report: Report) -> str:
    """All sections in one CSV, each under its title and separated by an empty line."""
    out = io.StringIO()
    writer = csv.writer(out)
    for title, rows in report_rows(report):
        writer.writerow([escape_text(title)])
        for row in rows:
            writer.writerow([_plain(v) for v in row])
        writer.writerow([])
    return out.getvalue()


def report_xlsx(report: Report) -> bytes:
    """An XLSX workbook, one sheet per section; percentages as percent-formatted numbers."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for title, rows in report_rows(report):
        name = _sheet_title(title)
        while name in used:
            name = name[:28] + f"~{len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, Cell) and not value.suppressed and value.kind == "percent":
                    # Store the fraction exactly as displayed (42.5 % is 0.425).
                    cell.value = round(value.value / 100, 3)
                    cell.number_format = PERCENT_FORMAT
                else:
                    cell.value = _plain(value)
                    if isinstance(cell.value, int):
                        cell.number_format = "#,##0"
            if r == 1 and title != _("About"):
                for cell in sheet[1]:
                    cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 42
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _sheet_title(title: str) -> str:
    for char in "[]:*?/\\":
        title = title.replace(char, " ")
    return title[:31]
