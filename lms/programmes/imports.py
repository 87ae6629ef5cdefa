"""Bulk enrolment: reading an uploaded file safely, the dry run, the commit, the invitations.

The steps a site admin sees (upload → checked preview → confirm → summary) each call one
function here; the slow ones run in Celery tasks (``lms.programmes.tasks``) while the page
polls. A file is refused whole, with a message naming the row, column or cell, before
anything is written; the commit is one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import tablib
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl.utils import get_column_letter

from lms.accounts.audit import record
from lms.accounts.language import language_of

from .models import ImportStatus, LearnerImport, LearnerInvitation
from .resources import COLUMNS, LearnerResource, progress_key

MAX_STORED_ERRORS = 500
UNCONFIRMED_HOURS = 24
MAX_FORMULA_CELLS_NAMED = 10
# An XLSX member that inflates more than this many times is treated as a zip bomb: real
# sheets of learners compress about 5 to 20 times.
MAX_ZIP_RATIO = 100


class ImportFileError(Exception):
    """The file as a whole cannot be imported; the message says why and what to do."""


# --- Reading the file ---------------------------------------------------------------------


def read_learner_file(file_name: str, content: bytes) -> tablib.Dataset:
    """The rows of an uploaded CSV or XLSX file, checked as a file (not yet row by row).

    Refuses, with ImportFileError: a file over PROGRAMMES_IMPORT_MAX_BYTES, another format,
    CSV that is not UTF-8, an XLSX that is not a workbook or inflates too much, formulas,
    missing, unknown or repeated columns, no rows, more than PROGRAMMES_IMPORT_MAX_ROWS.
    """
    cap = settings.PROGRAMMES_IMPORT_MAX_BYTES
    if len(content) > cap:
        raise ImportFileError(
            _("The file is %(size)s; files up to %(cap)s are accepted. Split it in parts.")
            % {"size": filesizeformat(len(content)), "cap": filesizeformat(cap)}
        )
    suffix = Path(file_name).suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(content)
    elif suffix == ".xlsx":
        rows = _xlsx_rows(content)
    else:
        raise ImportFileError(
            _("Upload a .csv or .xlsx file; %(name)s is neither.") % {"name": file_name}
        )
    rows = [row for row in rows if any(str(v).strip() for v in row if v is not None)]
    if not rows:
        raise ImportFileError(_("The file is empty: the first row must name the columns."))
    headers = _check_headers(rows[0])
    learners = rows[1:]
    if not learners:
        raise ImportFileError(_("The file names the columns but holds no learners."))
    max_rows = settings.PROGRAMMES_IMPORT_MAX_ROWS
    if len(learners) > max_rows:
        raise ImportFileError(
            ngettext(
                "The file holds %(n)d learner; up to %(max)d are imported at once. Split it.",
                "The file holds %(n)d learners; up to %(max)d are imported at once. Split it.",
                len(learners),
            )
            % {"n": len(learners), "max": max_rows}
        )
    width = len(headers)
    dataset = tablib.Dataset(headers=headers)
    for line, row in enumerate(learners, start=2):
        if any(str(v).strip() for v in list(row)[width:] if v is not None):
            raise ImportFileError(
                _("Row %(row)d has more cells than there are columns.") % {"row": line}
            )
        dataset.append(list(row)[:width] + [""] * (width - len(row)))
    return dataset


def _check_headers(first_row) -> list[str]:
    headers = [str(v or "").strip().lower().replace(" ", "_") for v in first_row]
    while headers and not headers[-1]:
        headers.pop()
    repeated = sorted({h for h in headers if headers.count(h) > 1})
    missing = [c for c in COLUMNS if c not in headers]
    unknown = [h or _("(empty)") for h in headers if h not in COLUMNS]
    problems = []
    if missing:
        problems.append(_("missing columns: %(names)s") % {"names": ", ".join(missing)})
    if unknown:
        problems.append(_("unknown columns: %(names)s") % {"names": ", ".join(unknown)})
    if repeated:
        problems.append(_("columns named twice: %(names)s") % {"names": ", ".join(repeated)})
    if problems:
        raise ImportFileError(
            _("The first row must name the columns %(columns)s (in any order); %(problems)s.")
            % {"columns": ", ".join(COLUMNS), "problems": "; ".join(problems)}
        )
    return headers


def _refuse_formulas(cells: list[str]) -> None:
    if cells:
        named = ", ".join(cells[:MAX_FORMULA_CELLS_NAMED])
        more = len(cells) - MAX_FORMULA_CELLS_NAMED
        if more > 0:
            # One sentence with its count, so each language words "and N more" its own way.
            message = ngettext(
                "Cells hold formulas, which are not imported: %(cells)s and %(n)d more. "
                "Replace them with their values (copy, then paste values only) and upload "
                "again.",
                "Cells hold formulas, which are not imported: %(cells)s and %(n)d more. "
                "Replace them with their values (copy, then paste values only) and upload "
                "again.",
                more,
            )
        else:
            message = _(
                "Cells hold formulas, which are not imported: %(cells)s. Replace them with "
                "their values (copy, then paste values only) and upload again."
            )
        raise ImportFileError(message % {"cells": named, "n": more})


def _csv_rows(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _(
                "The file is not UTF-8 text (byte %(pos)d cannot be read). Save it as "
                '"CSV UTF-8" (Excel) or choose the UTF-8 character set (LibreOffice).'
            )
            % {"pos": error.start + 1}
        ) from None
    if "\x00" in text:
        raise ImportFileError(_("The file is not a CSV text file."))
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ImportFileError(
            _("The CSV file cannot be read: %(error)s.") % {"error": error}
        ) from None
    formulas = [
        f"{get_column_letter(col)}{line}"
        for line, row in enumerate(rows, start=1)
        for col, value in enumerate(row, start=1)
        if value.lstrip().startswith("=")
    ]
    _refuse_formulas(formulas)
    return rows


def _xlsx_rows(content: bytes) -> list[list]:
    _check_zip(content)
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a broken workbook
        raise ImportFileError(_("The file cannot be read as an XLSX workbook.")) from None
    try:
        sheet = book.worksheets[0]
        rows, formulas = [], []
        for line, cells in enumerate(sheet.iter_rows(), start=1):
            values = []
            for col, cell in enumerate(cells, start=1):
                value = cell.value
                if getattr(cell, "data_type", None) == "f" or (
                    isinstance(value, str) and value.startswith("=")
                ):
                    formulas.append(f"{get_column_letter(col)}{line}")
                values.append(_cell_text(value))
            rows.append(values)
    finally:
        book.close()
    _refuse_formulas(formulas)
    return rows


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_zip(content: bytes) -> None:
    """Refuse an XLSX that is not a zip, or would inflate past the cap, before opening it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise ImportFileError(_("The file cannot be read as an XLSX workbook.")) from None
    cap = settings.PROGRAMMES_IMPORT_MAX_UNZIPPED_BYTES
    with archive:
        members = archive.infolist()
        total = sum(member.file_size for member in members)
        inflating = [
            m
            for m in members
            if m.file_size > 1_000_000 and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1)
        ]
        if total > cap or inflating or len(members) > 1000:
            raise ImportFileError(
                _(
                    "The workbook would unpack to %(size)s, which is refused as unsafe (a "
                    '"zip bomb"); up to %(cap)s is accepted. Save the learners alone in a '
                    "new workbook, or as CSV."
                )
                % {"size": filesizeformat(total), "cap": filesizeformat(cap)}
            )


# --- The steps ----------------------------------------------------------------------------


def start_import(*, file_name: str, content: bytes, add_existing: bool, by) -> LearnerImport:
    """Keep an uploaded file and have it checked (a dry run) in the background."""
    from .tasks import check_learner_import

    forget_unconfirmed_uploads()
    job = LearnerImport.objects.create(
        file_name=Path(file_name).name[:255],
        content=content,
        add_existing=add_existing,
        uploaded_by=by,
    )
    transaction.on_commit(lambda: check_learner_import.delay(job.pk))
    return job


def forget_unconfirmed_uploads() -> int:
    """Drop the files of checked imports nobody confirmed within UNCONFIRMED_HOURS.

    An uploaded file holds learners' personal data; it is kept only while it may still be
    imported. Refused files are dropped at once (see check_import and run_import).
    """
    cutoff = timezone.now() - dt.timedelta(hours=UNCONFIRMED_HOURS)
    return LearnerImport.objects.filter(status=ImportStatus.READY, created_at__lt=cutoff).update(
        status=ImportStatus.INVALID,
        content=b"",
        file_error=_("Not confirmed within a day, so the file was deleted; upload it again."),
    )


def _import(job: LearnerImport, *, dry_run: bool):
    """Run the resource over the job's file; return (resource, row errors, file error)."""
    try:
        dataset = read_learner_file(job.file_name, bytes(job.content))
    except ImportFileError as error:
        return None, [], str(error), 0
    resource = LearnerResource(add_existing=job.add_existing, token=job.token)
    result = resource.import_data(
        dataset,
        dry_run=dry_run,
        use_transactions=True,
        rollback_on_validation_errors=True,
        import_id=job.pk,
    )
    errors = []
    for invalid in result.invalid_rows:
        for attribute, messages in invalid.error_dict.items():
            column = resource.column_of(attribute)
            for message in messages:
                errors.append(
                    {"row": invalid.number + 1, "column": column, "message": str(message)}
                )
    file_error = ""
    if result.has_errors():
        first = (result.base_errors or [e for _n, row in result.row_errors() for e in row])[0]
        file_error = _("The database refused the import: %(error)s") % {"error": first.error}
    return resource, errors, file_error, len(dataset)


def _summary(resource: LearnerResource) -> dict:
    return {
        "created": resource.summary["created"],
        "added_to_programme": resource.summary["added_to_programme"],
        "already_members": resource.summary["already_members"],
        "programmes": dict(sorted(resource.per_programme.items())),
    }


def check_import(job_id: int) -> LearnerImport | None:
    """The dry run: every row checked, nothing kept; the job becomes READY or INVALID."""
    job = LearnerImport.objects.filter(pk=job_id, status=ImportStatus.CHECKING).first()
    if job is None:
        return None  # already checked: a redelivered task does nothing
    resource, errors, file_error, rows = _import(job, dry_run=True)
    job.row_count = rows
    job.file_error = file_error
    job.errors = errors[:MAX_STORED_ERRORS]
    job.error_count = len(errors)
    job.status = ImportStatus.INVALID if (errors or file_error) else ImportStatus.READY
    job.summary = _summary(resource) if job.status == ImportStatus.READY else {}
    if job.status == ImportStatus.INVALID:
        job.content = b""  # a refused file is uploaded again, corrected; keep no copy
    job.save(
        update_fields=[
            "row_count",
            "file_error",
            "errors",
            "error_count",
            "status",
            "summary",
            "content",
        ]
    )
    cache.delete(progress_key(job.token))
    return job


def confirm_import(job: LearnerImport) -> bool:
    """Start the commit of a checked file; False if it is not (or no longer) ready.

    The status moves with one conditional UPDATE, so a double click imports once.
    """
    from .tasks import run_learner_import

    moved = LearnerImport.objects.filter(pk=job.pk, status=ImportStatus.READY).update(
        status=ImportStatus.IMPORTING
    )
    if moved:
        transaction.on_commit(lambda: run_learner_import.delay(job.pk))
    return bool(moved)


def run_import(job_id: int) -> LearnerImport | None:
    """The commit: all rows or none, then invitations owed and the audit entry.

    Rows are checked again, as the database may have changed since the dry run (a learner
    signed up, a code ran out); any error now leaves the job INVALID with nothing written.
    """
    from .tasks import send_import_invitations

    with transaction.atomic():
        job = (
            LearnerImport.objects.select_for_update()
            .filter(pk=job_id, status=ImportStatus.IMPORTING)
            .first()
        )
        if job is None:
            return None
        resource, errors, file_error, rows = _import(job, dry_run=False)
        job.row_count = rows
        job.finished_at = timezone.now()
        if errors or file_error:
            job.status = ImportStatus.INVALID
            job.errors, job.error_count = errors[:MAX_STORED_ERRORS], len(errors)
            job.file_error = file_error
            job.content = b""
        else:
            job.status = ImportStatus.DONE
            job.summary = _summary(resource)
            job.content = b""  # the learners are in the database now; keep no copy
            record(
                "gga.learners.import",
                job,
                job.uploaded_by,
                file=job.file_name,
                rows=rows,
                created=job.summary["created"],
                added_to_programme=job.summary["added_to_programme"],
                already_members=job.summary["already_members"],
            )
            transaction.on_commit(lambda: send_import_invitations.delay(job.pk))
        job.save()
    cache.delete(progress_key(job.token))
    return job


def fail_import(job_id: int) -> None:
    """Mark a job whose step crashed, so its page stops waiting and says so."""
    LearnerImport.objects.filter(
        pk=job_id, status__in=[ImportStatus.CHECKING, ImportStatus.IMPORTING]
    ).update(status=ImportStatus.FAILED, finished_at=timezone.now(), content=b"")


def progress(job: LearnerImport) -> int:
    """How many rows the running step has got through (for the progress bar)."""
    if job.status in (ImportStatus.CHECKING, ImportStatus.IMPORTING):
        return min(cache.get(progress_key(job.token), 0), job.row_count or 10**9)
    return job.row_count


# --- Invitations --------------------------------------------------------------------------


def invitation_url(user) -> str:
    """A set-password link: allauth's password-reset-from-key page, valid for
    PASSWORD_RESET_TIMEOUT (Django's default: three days)."""
    key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"
    path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
    return settings.SITE_URL + path.replace("UID-KEY", key)


def send_invitation(invitation_id: int) -> bool:
    """Send one invitation e-mail unless it was sent; return True if this call sent it.

    The row is locked and stamped in the same transaction, so retries and concurrent
    workers send it once.
    """
    with transaction.atomic():
        invitation = (
            LearnerInvitation.objects.select_for_update()
            .select_related("user")
            .filter(pk=invitation_id, sent_at__isnull=True, user__is_active=True)
            .first()
        )
        if invitation is None:
            return False
        user = invitation.user
        programmes = [
            m.programme.name for m in user.programme_memberships.select_related("programme")
        ]
        context = {
            "user": user,
            "url": invitation_url(user),
            "programmes": programmes,
            "site_url": settings.SITE_URL,
            "login_url": settings.SITE_URL + reverse("account_login"),
        }
        with translation.override(language_of(user)):
            send_mail(
                subject=_("You are invited to Go Global Academy"),
                message=render_to_string("programmes/email/invitation.txt", context),
                from_email=None,
                recipient_list=[user.email],
            )
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["sent_at"])
    return True


def send_invitations(import_id: int) -> int:
    """Send every invitation an import still owes; return how many this call sent."""
    pending = LearnerInvitation.objects.filter(
        learner_import_id=import_id, sent_at__isnull=True
    ).values_list("pk", flat=True)
    return sum(send_invitation(pk) for pk in list(pending))
