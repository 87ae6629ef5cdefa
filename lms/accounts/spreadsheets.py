"""Spreadsheet exports that open as data, never as formulas (CSV/formula injection).

A cell whose text begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run
as a formula by Excel, LibreOffice and Google Sheets when a CSV is opened, and openpyxl
writes it as a formula into an XLSX. Learners write such text (their name, a short-text
quiz answer), and trainers and admins open the files, so every export passes its
``tablib.Dataset`` through ``escape_dataset`` before writing it: such a cell gets a leading
apostrophe, the spreadsheet convention for "this is text" (OWASP's advice).

django-import-export's own ``IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT`` (set in settings)
only strips a leading ``=`` and only for exports made through its ``Format`` classes, so
exports here call this module instead. It is the lowest layer, for every app's exports.
"""

from __future__ import annotations

from typing import Any

import tablib

#: First characters that make spreadsheet software read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value: Any) -> Any:
    """``value`` as text a spreadsheet will not evaluate; numbers, dates and None unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def escape_dataset(dataset: tablib.Dataset) -> tablib.Dataset:
    """A copy of ``dataset`` with every text cell (headers included) escaped."""
    escaped = tablib.Dataset(title=dataset.title)
    if dataset.headers:
        escaped.headers = [escape_formula(header) for header in dataset.headers]
    for row in dataset:
        escaped.append([escape_formula(cell) for cell in row])
    return escaped


class FormulaSafeExportMixin:
    """For Wagtail's ``SpreadsheetExportMixin`` views (reports, snippet listings' exports).

    Wagtail keeps XLSX cells as text already but writes CSV cells as they are; this escapes
    every text value of both formats.
    """

    def preprocess_field_value(self, field, value, export_format):
        return escape_formula(super().preprocess_field_value(field, value, export_format))
