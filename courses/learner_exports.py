"""The trainer's learner list as CSV or XLSX, written row by row in constant memory.

The columns are those of the learners table. Rows are read from the database as plain
values in chunks (``QuerySet.iterator``), with no model instance per learner: a CSV
streams to the browser as it is written; an XLSX is written by openpyxl's write-only mode
into a temporary file, which is then sent from disk, or, from ``background_rows()``
learners, stored and offered by a Celery task behind a progress page (this module is that
export's kind for ``lms.exports.jobs``). Neither holds more than a chunk of
learners in memory, whatever the course's size (docs/performance.md has the measured peak
for 100,000 learners). Every text cell is formula-escaped (``lms.accounts.spreadsheets``).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from datetime import datetime

from django.conf import settings
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import pgettext

from lms.accounts.spreadsheets import escape_formula

from .models import CoursePage, Enrollment
from .services.outline import progress_percent
from .services.trainer_reports import CourseLearners, course_learners, may_view_learners

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
        pgettext("date column", "Enrolled"),
        _("Lessons done"),
        _("Lessons in course"),
        _("Progress (%)"),
        _("Last activity"),
        pgettext("date column", "Completed"),
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


def write_xlsx(report: CourseLearners, output, title: str, progress=None) -> None:
    """Every learner of the report as an XLSX workbook written into the binary file
    ``output``; ``progress(percent)``, if given, is told how far along it is every chunk."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    total = report.ids.count() if progress else 0
    for done, row in enumerate(learner_rows(report, native=True)):
        sheet.append(row)
        if progress and done and done % CHUNK_SIZE == 0:
            progress(10 + 80 * done // max(total, 1))
    workbook.save(output)


def xlsx_response(report: CourseLearners, filename: str, title: str) -> FileResponse:
    """Every learner of the report as an XLSX workbook, written to disk and sent from it."""
    # Deleted when the response closes the file, once it has been sent.
    output = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    write_xlsx(report, output, title)
    output.seek(0)
    return FileResponse(
        output, as_attachment=True, filename=filename, content_type=XLSX_CONTENT_TYPE
    )


# --- Large XLSX files as a background export (lms.exports.jobs) -------------------------------

# The progress page leads back to the learner list, and says why when the file could not
# be built: the course is gone, or no longer the trainer's to follow.
BACK_LABEL = _lazy("Learners")
FAILED_MESSAGE = _lazy("You may see the learners of the courses assigned to you only.")


def background_rows() -> int:
    """From this many learners an XLSX is built by Celery behind a progress page: openpyxl
    writes about 2,500 rows a second (docs/performance.md), so a larger file would keep the
    request waiting for more than a few seconds. CSV always streams."""
    return int(getattr(settings, "LEARNER_EXPORT_BACKGROUND_ROWS", 5_000))


def job_params(report: CourseLearners, *, status: str, search: str, ordering: str) -> dict:
    return {"course": report.course.pk, "status": status, "q": search, "ordering": ordering}


def _course(params: dict) -> CoursePage | None:
    return CoursePage.objects.defer_streamfields().filter(pk=params["course"]).first()


def allowed(user, params: dict) -> bool:
    course = _course(params)
    return course is not None and may_view_learners(user, course)


def back_url(params: dict) -> str:
    query = {key: params[key] for key in ("status", "q", "ordering") if params.get(key)}
    url = reverse("courses_admin:course_learners", args=[params["course"]])
    return f"{url}?{urlencode(query)}" if query else url


def filename_for(course: CoursePage, export_format: str) -> str:
    return f"course-{course.slug}-learners.{export_format}"


def build(user, params: dict, fmt: str, progress) -> tuple[str, object]:
    """The job's XLSX (the list the trainer was looking at), in a temporary file."""
    from lms.exports.jobs import Refused

    course = _course(params)
    if course is None or fmt != "xlsx":
        raise Refused("course")
    report = course_learners(
        course, status=params["status"], search=params["q"], ordering=params["ordering"]
    )
    output = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - the job closes it
    write_xlsx(report, output, str(_("Learners")), progress)
    output.seek(0)
    return filename_for(course, fmt), output
