"""The trainer's learner list as CSV or XLSX, written row by row in constant memory.

The columns are those of the learners table. Rows are read from the database as plain
values in chunks (``QuerySet.iterator``), with no model instance per learner: a CSV
streams to the browser as it is written; an XLSX is written by openpyxl's write-only mode
into a temporary file, which is then sent from disk. Neither holds more than a chunk of
learners in memory, whatever the course's size (docs/performance.md has the measured peak
for 100,000 learners). Every text cell is formula-escaped (``lms.accounts.spreadsheets``).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from datetime import datetime

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.spreadsheets import escape_formula

from .models import Enrollment
from .services.outline import progress_percent
from .services.trainer_reports import CourseLearners

#: Learners fetched from the database at a time.
CHUNK_SIZE = 2000
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_VALUES = (
    "user__first_name",
    "user__last_name",
    "user__email",
    "user__country",
    "status",
    "enrolled_at",
    "lessons_done",
    "last_activity_at",
    "completed_at",
)


def headers() -> list[str]:
    return [
        _("Name"),
        _("E-mail"),
        _("Country"),
        _("Status"),
        _("Enrolled"),
        _("Lessons done"),
        _("Lessons in course"),
        _("Progress (%)"),
        _("Last activity"),
        _("Completed"),
    ]


def learner_rows(report: CourseLearners, *, native: bool) -> Iterator[list]:
    """The header, then one row per enrollment in the report's order, formula-escaped.

    ``native`` keeps numbers and dates as such, dates in local time without a zone (XLSX);
    otherwise every cell is text (CSV).
    """
    total = report.lessons_total
    statuses = {value: str(label) for value, label in Enrollment.Status.choices}

    def when(value: datetime | None):
        if value is None:
            return ""
        local = timezone.localtime(value)
        return local.replace(tzinfo=None) if native else local.strftime(CSV_DATETIME_FORMAT)

    def number(value: int):
        return value if native else str(value)

    yield [escape_formula(header) for header in headers()]
    rows = report.enrollments.values_list(*_VALUES).iterator(chunk_size=CHUNK_SIZE)
    for first, last, email, country, status, enrolled, done, active, completed in rows:
        yield [
            escape_formula(f"{first} {last}".strip()),
            escape_formula(email),
            country or "",
            statuses.get(status, status),
            when(enrolled),
            number(done),
            number(total),
            number(progress_percent(done, total)),
            when(active),
            when(completed),
        ]


class _Echo:
    """A file-like object whose ``write`` hands the line back, for ``csv.writer``."""

    def write(self, value: str) -> str:
        return value


def csv_response(report: CourseLearners, filename: str) -> StreamingHttpResponse:
    """Every learner of the report as CSV, streamed as the rows are read."""
    writer = csv.writer(_Echo())
    lines = (writer.writerow(row) for row in learner_rows(report, native=False))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(report: CourseLearners, filename: str, title: str) -> FileResponse:
    """Every learner of the report as an XLSX workbook, written to disk and sent from it."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    for row in learner_rows(report, native=True):
        sheet.append(row)
    # Deleted when the response closes the file, once it has been sent.
    output = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output, as_attachment=True, filename=filename, content_type=XLSX_CONTENT_TYPE
    )
