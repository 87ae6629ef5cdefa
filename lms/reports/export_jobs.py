"""Report files built in the background when building them would keep a request waiting.

A job lives in the cache (who asked, what, how far along) and its file in the default
storage under an unguessable name; both expire after REPORT_EXPORT_TTL seconds. Only the
user who asked may see the job or download the file, and the file is built through the same
``build_report`` and ``report_csv``/``report_xlsx`` as any other export.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from .filters import ReportFilterForm, ReportFilters
from .scope import ReportScope, scope_for
from .services import Report, build_report, report_csv, report_xlsx

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FOLDER = "report-exports"


def ttl() -> int:
    return int(getattr(settings, "REPORT_EXPORT_TTL", 3600))


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


def _key(token: str) -> str:
    return f"reports:export-job:{token}"


def start(user, filters: ReportFilters, fmt: str) -> str:
    """Record a job for ``user`` and enqueue its task once the request's data is committed."""
    from .tasks import build_report_export

    if fmt not in FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}")
    token = secrets.token_urlsafe(24)
    job = {
        "user_id": user.pk,
        "format": fmt,
        "query": filters.as_query(),
        "status": "queued",
        "progress": 5,
        "path": "",
        "filename": "",
        "error": "",
        "created": timezone.now().isoformat(),
    }
    cache.set(_key(token), job, ttl())
    transaction.on_commit(lambda: build_report_export.delay(token))
    return token


def job_for(token: str, user) -> dict | None:
    """The job ``token`` if ``user`` asked for it, else None (others learn nothing)."""
    job = cache.get(_key(token)) if token else None
    if not job or job["user_id"] != getattr(user, "pk", None):
        return None
    return job


def _update(token: str, job: dict, **changes) -> dict:
    job = {**job, **changes}
    cache.set(_key(token), job, ttl())
    return job


def run(token: str) -> None:
    """Build the job's file (the task's body). Running it twice writes the file once."""
    from lms.accounts.models import User

    job = cache.get(_key(token))
    if not job or job["status"] == "ready":
        return
    sweep()
    user = User.objects.filter(pk=job["user_id"]).first()
    scope: ReportScope | None = scope_for(user) if user else None
    if scope is None:
        _update(token, job, status="failed", error="no-scope", progress=100)
        return
    form = ReportFilterForm(job["query"], scope=scope)
    if not form.is_valid():
        _update(token, job, status="failed", error="filters", progress=100)
        return
    job = _update(token, job, status="building", progress=30)
    report = build_report(scope, form.filters())
    job = _update(token, job, progress=80)
    name = filename(report, job["format"])
    path = default_storage.save(
        f"{FOLDER}/{token}/{name}", ContentFile(render(report, job["format"]))
    )
    _update(token, job, status="ready", progress=100, path=path, filename=name)


def open_file(job: dict):
    return default_storage.open(job["path"], "rb")


def sweep() -> None:
    """Delete files older than the time they are offered for (run before each build)."""
    cutoff = timezone.now() - dt.timedelta(seconds=ttl())
    try:
        folders, _files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError):
        return
    for folder in folders:
        try:
            _sub, files = default_storage.listdir(f"{FOLDER}/{folder}")
            for name in files:
                path = f"{FOLDER}/{folder}/{name}"
                if default_storage.get_modified_time(path) < cutoff:
                    default_storage.delete(path)
        except (FileNotFoundError, NotImplementedError):
            continue
