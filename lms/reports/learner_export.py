"""Learner-level rows (who, which course, how far) for site admins only, every export audited.

This is the one surface that names learners, so it lives apart from the aggregate reports:
ministry analysts, trainers and moderators are refused, and each download writes a
"gga.learners.export" entry (who, when, which filter) to Site history. Text cells are
formula-escaped so a name like ``=HYPERLINK(…)`` is shown, never run, by a spreadsheet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import tablib
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Certificate, CoursePage, Enrollment, LessonPage, LessonProgress
from courses.tree import course_path_of
from lms.accounts.audit import record
from lms.db_routers import reading_from_replica

from .exports import escape_text

PERMISSION = "accounts.export_learner_data"


@dataclass(frozen=True)
class LearnerExportFilter:
    """Which learners to export; empty values mean "any"."""

    country: str = ""
    programme_id: int | None = None
    course_id: int | None = None

    def as_data(self) -> dict:
        """The filter as recorded in the audit log."""
        return {
            "country": self.country,
            "programme": self.programme_id,
            "course": self.course_id,
        }


def may_export_learners(user) -> bool:
    """Site admins only: the ``export_learner_data`` permission, held by no other role."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(PERMISSION))


def escape_formula(value):
    """Text a spreadsheet would read as a formula gets a leading apostrophe; numbers pass."""
    return escape_text(value) if isinstance(value, str) else value


def learner_rows(selection: LearnerExportFilter) -> QuerySet[Enrollment]:
    """Enrollments matching ``selection``, each with ``lessons_done`` and ``certificate_code``.

    Lessons done and certificates are counted by the database in the same query, so an
    export of any size costs two queries (this one and the lesson totals).
    """
    rows = Enrollment.objects.select_related("user").only(
        "enrolled_at",
        "completed_at",
        "last_activity_at",
        "status",
        "course_id",
        "course__title",
        "user__first_name",
        "user__last_name",
        "user__email",
        "user__country",
        "user__region",
    )
    rows = rows.select_related("course")
    if selection.country:
        rows = rows.filter(user__country=selection.country)
    if selection.course_id:
        rows = rows.filter(course_id=selection.course_id)
    if selection.programme_id:
        rows = rows.filter(user__programme_memberships__programme_id=selection.programme_id)
    done = (
        LessonProgress.objects.filter(
            user=OuterRef("user_id"), course=OuterRef("course_id"), lesson__live=True
        )
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    certificates = Certificate.objects.filter(
        user=OuterRef("user_id"), course=OuterRef("course_id"), revoked_at__isnull=True
    )
    return rows.annotate(
        lessons_done=Coalesce(Subquery(done, output_field=IntegerField()), 0),
        certificate_code=Subquery(certificates.values("code")[:1]),
        has_certificate=Exists(certificates),
    ).order_by("user__email", "course__title", "pk")


def live_lesson_counts(course_ids: set[int]) -> dict[int, int]:
    """Live lessons per course, in one query over the page tree."""
    courses = dict(CoursePage.objects.filter(pk__in=course_ids).values_list("path", "pk"))
    if not courses:
        return {}
    condition = Q()
    for path in courses:
        condition |= Q(path__startswith=path)
    counts: dict[int, int] = dict.fromkeys(courses.values(), 0)
    for path in LessonPage.objects.filter(condition).live().values_list("path", flat=True):
        course_id = courses.get(course_path_of(path))
        if course_id is not None:
            counts[course_id] += 1
    return counts


def _naive_utc(value: dt.datetime | None, as_text: bool):
    if value is None:
        return ""
    value = value.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    return value.strftime("%Y-%m-%d %H:%M") if as_text else value


@reading_from_replica()
def learner_dataset(selection: LearnerExportFilter, *, as_text: bool) -> tablib.Dataset:
    """The rows as a dataset; ``as_text`` writes dates as text (CSV), else as dates (XLSX)."""
    enrollments = list(learner_rows(selection))
    totals = live_lesson_counts({e.course_id for e in enrollments})
    dataset = tablib.Dataset(
        headers=[
            _("First name"),
            _("Last name"),
            _("E-mail"),
            _("Country"),
            _("Region"),
            _("Course"),
            _("Status"),
            _("Enrolled (UTC)"),
            _("Lessons done"),
            _("Lessons in course"),
            _("Progress (%)"),
            _("Last activity (UTC)"),
            _("Completed (UTC)"),
            _("Certificate"),
        ],
        title=_("Learners")[:31],
    )
    for enrollment in enrollments:
        user = enrollment.user
        total = totals.get(enrollment.course_id, 0)
        done = min(enrollment.lessons_done, total)
        dataset.append(
            [
                escape_formula(user.first_name),
                escape_formula(user.last_name),
                escape_formula(user.email),
                user.country.code or "",
                escape_formula(user.region),
                escape_formula(enrollment.course.title),
                str(enrollment.get_status_display()),
                _naive_utc(enrollment.enrolled_at, as_text),
                done,
                total,
                round(100 * done / total) if total else 0,
                _naive_utc(enrollment.last_activity_at, as_text),
                _naive_utc(enrollment.completed_at, as_text),
                enrollment.certificate_code or "",
            ]
        )
    return dataset


def export_learners(selection: LearnerExportFilter, export_format: str, *, by) -> bytes:
    """The learner rows as CSV or XLSX bytes for site admin ``by``, recorded in Site history.

    Raises PermissionDenied for anyone else, ValueError for an unknown format.
    """
    if not may_export_learners(by):
        raise PermissionDenied(_("Only site admins may export learner-level data."))
    if export_format not in ("csv", "xlsx"):
        raise ValueError(_("Choose CSV or XLSX."))
    dataset = learner_dataset(selection, as_text=export_format == "csv")
    content = dataset.export(export_format)
    if isinstance(content, str):
        content = content.encode("utf-8-sig")  # Excel reads accents right with a BOM
    record(
        "gga.learners.export",
        by,
        by,
        filter=selection.as_data(),
        format=export_format,
        rows=len(dataset),
        at=timezone.now().isoformat(timespec="seconds"),
    )
    return content
