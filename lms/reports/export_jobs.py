"""Report files, and the report as a kind of background export (``lms.exports.jobs``).

A report too large to build while the request waits is built by Celery through the same
``build_report`` and ``report_csv``/``report_xlsx`` as any other export, while the analyst
watches ``lms.exports``' progress page; only an analyst who still has a scope may have it.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from lms.exports import jobs
from lms.exports.jobs import FORMATS  # noqa: F401 - the formats a report is offered in

from .filters import ReportFilterForm, ReportFilters
from .scope import ReportScope, scope_for
from .services import Report, build_report, report_csv, report_xlsx


def render(report: Report, fmt: str) -> bytes:
    """The file's bytes; CSV carries a byte-order mark so spreadsheets read it as UTF-8."""
    if fmt == "csv":
        return ("\ufeff" + report_csv(report)).encode()
    if fmt == "xlsx":
        return report_xlsx(report)
    raise ValueError(f"Unknown export format {fmt!r}")


def filename(report: Report, fmt: str) -> str:
    scope = (
        "all-countries"
        if report.scope.countries is None
        else "-".join(sorted(report.scope.countries))
    )
    stamp = report.generated_at.strftime("%Y%m%d-%H%M")
    return f"gga-report-{slugify(scope)}-{stamp}.{fmt}"


def is_large() -> bool:
    """Whether a report over the current data should be built in the background."""
    from courses.models import Enrollment

    return Enrollment.objects.count() >= getattr(
        settings, "REPORT_EXPORT_BACKGROUND_ENROLLMENTS", 200_000
    )


# --- The report as a background export's kind (lms.exports.jobs) ---------------------------

BACK_LABEL = _("Back to the dashboard")
FAILED_MESSAGE = _(
    "The report could not be built: your scope or the filters changed. Go back to the "
    "dashboard and try again."
)


def start(user, filters: ReportFilters, fmt: str) -> str:
    """A background job building the report ``filters`` select, as ``user`` sees it."""
    return jobs.start(user, __name__, {"query": filters.as_query()}, fmt)


def allowed(user, params: dict) -> bool:
    return scope_for(user) is not None


def back_url(params: dict) -> str:
    return f"{reverse('reports_admin:dashboard')}?{urlencode(params['query'])}"


def build(user, params: dict, fmt: str, progress) -> tuple[str, bytes]:
    scope: ReportScope | None = scope_for(user)
    if scope is None:
        raise jobs.Refused("no-scope")
    form = ReportFilterForm(params["query"], scope=scope)
    if not form.is_valid():
        raise jobs.Refused("filters")
    progress(30)
    report = build_report(scope, form.filters())
    progress(80)
    return filename(report, fmt), render(report, fmt)
