"""Files built in the background when building them would keep a request waiting.

A job lives in the cache (who asked, what, how far along) and its file in the default
storage under an unguessable name; both expire after REPORT_EXPORT_TTL seconds. Only the
user who asked may see the job or download the file, and only while the export's own rule
still lets them. The ministry reports and the trainer's learner list both use it.

What is built is named by a *kind*: the dotted path of a module that provides

- ``allowed(user, params) -> bool``: whether ``user`` may have this file (checked when it is
  built and again when it is shown or downloaded);
- ``build(user, params, fmt, progress) -> (filename, file)``: the file's name and its
  content (bytes, or an open binary file), calling ``progress(percent)`` as it goes, or
  raising ``Refused`` when the request no longer makes sense (filters no longer valid);
- ``back_url(params) -> str`` and ``BACK_LABEL``: where the progress page leads back to;
- ``FAILED_MESSAGE``: what the progress page says when the file could not be built.
"""

from __future__ import annotations

import datetime as dt
import importlib
import secrets
from types import ModuleType

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FOLDER = "report-exports"


class Refused(Exception):
    """The export cannot be built for this user any more; ``code`` says why, for the log."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def ttl() -> int:
    return int(getattr(settings, "REPORT_EXPORT_TTL", 3600))


def _key(token: str) -> str:
    return f"exports:job:{token}"


def kind_of(job: dict) -> ModuleType:
    # Only server code writes jobs into the cache: the path is one of ours.
    return importlib.import_module(job["kind"])


def start(user, kind: str, params: dict, fmt: str) -> str:
    """Record a job for ``user`` and enqueue its task once the request's data is committed."""
    from .tasks import build_export

    if fmt not in FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}")
    token = secrets.token_urlsafe(24)
    job = {
        "user_id": user.pk,
        "kind": kind,
        "params": params,
        "format": fmt,
        "status": "queued",
        "progress": 5,
        "path": "",
        "filename": "",
        "error": "",
        "created": timezone.now().isoformat(),
    }
    cache.set(_key(token), job, ttl())
    transaction.on_commit(lambda: build_export.delay(token))
    return token


def job_for(token: str, user) -> dict | None:
    """The job ``token`` if ``user`` asked for it and may still have it, else None (others
    learn nothing)."""
    job = cache.get(_key(token)) if token else None
    if not job or job["user_id"] != getattr(user, "pk", None):
        return None
    if not kind_of(job).allowed(user, job["params"]):
        return None
    return job


def forget(token: str) -> None:
    """Withdraw the offer at once (its file goes with the next sweep)."""
    cache.delete(_key(token))


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
    kind = kind_of(job)
    user = User.objects.filter(pk=job["user_id"], is_active=True).first()
    if user is None or not kind.allowed(user, job["params"]):
        _update(token, job, status="failed", error="not-allowed", progress=100)
        return
    job = _update(token, job, status="building", progress=10)

    def progress(percent: int) -> None:
        nonlocal job
        percent = max(10, min(95, int(percent)))
        if percent != job["progress"]:
            job = _update(token, job, progress=percent)

    try:
        name, content = kind.build(user, job["params"], job["format"], progress)
    except Refused as refused:
        _update(token, job, status="failed", error=refused.code, progress=100)
        return
    body = ContentFile(content) if isinstance(content, bytes) else File(content)
    try:
        path = default_storage.save(f"{FOLDER}/{token}/{name}", body)
    finally:
        body.close()
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
