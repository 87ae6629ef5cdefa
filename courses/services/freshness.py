"""Content due for review: which lessons (and, for moderators, checklists and resources) are
past their review date, who may see them, and the weekly e-mail to each assigned trainer.

The rule for "overdue" is ``content.freshness``; this module applies it to courses and their
trainers. The review report (courses.freshness_admin), the Celery task and the tests call it.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from content import freshness
from content.library.services import resources_due_for_review
from content.markets.services import checklists_due_for_review
from courses.models import CourseAssignment, CoursePage, LessonPage, ReviewReminder
from lms.accounts import roles
from lms.accounts.language import language_of
from lms.accounts.models import User

from .trainer_reports import sees_every_course

logger = logging.getLogger(__name__)

KIND_LESSON = _("Lesson")
KIND_CHECKLIST = _("Market checklist")
KIND_RESOURCE = _("Library resource")


# --- Who sees what -------------------------------------------------------------------------


def may_view_review_report(user) -> bool:
    """Moderators and site admins see everything due; trainers see their own courses'."""
    if not user.is_authenticated or not user.is_active:
        return False
    return sees_every_course(user) or roles.TRAINER in roles.role_names(user)


def lessons_due_for_review(
    user=None, on: datetime.date | None = None, *, assigned_only: bool = False
) -> QuerySet[LessonPage]:
    """Lessons past their review date, oldest first: every one for ``user=None`` and for
    moderators (unless ``assigned_only``), else those of the courses assigned to ``user``."""
    lessons = LessonPage.objects.filter(freshness.overdue_filter(on)).order_by("review_by", "path")
    if user is None or (sees_every_course(user) and not assigned_only):
        return lessons
    paths = list(
        CoursePage.objects.filter(assignments__trainer=user).values_list("path", flat=True)
    )
    if not paths:
        return lessons.none()
    in_courses = Q()
    for path in paths:
        in_courses |= Q(path__startswith=path)
    return lessons.filter(in_courses)


@dataclass(frozen=True)
class ReviewItem:
    """One row of the review report and of a trainer's reminder."""

    kind: str
    title: str
    course: str
    checked_on: datetime.date
    review_by: datetime.date
    days_overdue: int
    edit_url: str


def _courses_by_path(lessons: list[LessonPage]) -> dict[str, CoursePage]:
    paths = {lesson.course_path for lesson in lessons}
    return {course.path: course for course in CoursePage.objects.filter(path__in=paths)}


def _lesson_items(lessons: QuerySet[LessonPage], on: datetime.date) -> list[ReviewItem]:
    lessons = list(lessons.defer_streamfields())
    courses = _courses_by_path(lessons)
    return [
        ReviewItem(
            kind=str(KIND_LESSON),
            title=lesson.title,
            course=courses[lesson.course_path].title if lesson.course_path in courses else "",
            checked_on=lesson.checked_on,
            review_by=lesson.review_by,
            days_overdue=(on - lesson.review_by).days,
            edit_url=reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        )
        for lesson in lessons
    ]


def _snippet_item(kind, item, title: str, viewset: str, on: datetime.date) -> ReviewItem:
    """A checklist or resource (Wagtail snippets) as a row of the report."""
    return ReviewItem(
        kind=str(kind),
        title=title,
        course="",
        checked_on=item.checked_on,
        review_by=item.review_by,
        days_overdue=(on - item.review_by).days,
        edit_url=reverse(f"wagtailsnippets_{viewset}:edit", args=[item.pk]),
    )


def review_items(user, on: datetime.date | None = None) -> list[ReviewItem]:
    """Everything ``user`` should review, most overdue first: lessons of their courses, and
    for moderators and site admins every lesson, market checklist and library resource."""
    on = on or freshness.today()
    if not may_view_review_report(user):
        return []
    items = _lesson_items(lessons_due_for_review(user, on), on)
    if sees_every_course(user):
        items += [
            _snippet_item(KIND_CHECKLIST, checklist, checklist.name, "markets_marketchecklist", on)
            for checklist in checklists_due_for_review(on)
        ]
        items += [
            _snippet_item(KIND_RESOURCE, resource, resource.title, "library_resource", on)
            for resource in resources_due_for_review(on)
        ]
    return sorted(items, key=lambda item: (-item.days_overdue, item.kind, item.title))


# --- The weekly reminder -------------------------------------------------------------------


def week_of(day: datetime.date) -> datetime.date:
    """The Monday that starts ``day``'s week: reminders are counted per such week."""
    return day - datetime.timedelta(days=day.weekday())


def trainers_with_overdue_lessons(on: datetime.date | None = None) -> QuerySet[User]:
    """Active trainers assigned to a course that has at least one lesson past review."""
    overdue_paths = [
        lesson.course_path
        for lesson in LessonPage.objects.filter(freshness.overdue_filter(on)).only("path")
    ]
    assignments = CourseAssignment.objects.filter(course__path__in=set(overdue_paths))
    return User.objects.filter(
        is_active=True, pk__in=assignments.values("trainer"), groups__name=roles.TRAINER
    ).distinct()


def send_review_reminders(on: datetime.date | None = None) -> dict[str, int]:
    """E-mail every trainer with overdue lessons once for the week of ``on``; run as often
    as you like (Celery beat runs it daily). Returns how many were sent and skipped."""
    on = on or freshness.today()
    outcome = {"sent": 0, "already_sent": 0, "failed": 0}
    failures: list[Exception] = []
    for trainer in trainers_with_overdue_lessons(on):
        try:
            sent = remind(trainer, on)
        except Exception as error:  # noqa: BLE001 — one trainer's failure must not stop the rest
            logger.exception("Review reminder to trainer %s failed", trainer.pk)
            failures.append(error)
            outcome["failed"] += 1
            continue
        outcome["sent" if sent else "already_sent"] += 1
    if failures:
        # The task is retried; reminders already sent this week are not sent again.
        raise RuntimeError(f"{len(failures)} review reminder(s) failed") from failures[0]
    return outcome


def _claim(trainer, week: datetime.date) -> ReviewReminder:
    try:
        with transaction.atomic():
            reminder, _created = ReviewReminder.objects.get_or_create(trainer=trainer, week=week)
    except IntegrityError:  # another worker claimed it between our read and our insert
        reminder = ReviewReminder.objects.get(trainer=trainer, week=week)
    return reminder


def remind(trainer, on: datetime.date) -> bool:
    """Send ``trainer`` this week's reminder unless it was sent (or is being sent) already."""
    reminder = _claim(trainer, week_of(on))
    with transaction.atomic():
        reminder = ReviewReminder.objects.select_for_update().get(pk=reminder.pk)
        if reminder.status not in (ReviewReminder.Status.PENDING, ReviewReminder.Status.FAILED):
            return False
        items = review_items_for_trainer(trainer, on)
        reminder.status = ReviewReminder.Status.SENDING
        reminder.overdue_count = len(items)
        reminder.save(update_fields=["status", "overdue_count"])
    try:
        with translation.override(language_of(trainer)):
            reminder_email(trainer, items).send()
    except Exception:
        ReviewReminder.objects.filter(pk=reminder.pk).update(status=ReviewReminder.Status.FAILED)
        raise
    reminder.status = ReviewReminder.Status.SENT
    reminder.emailed_at = timezone.now()
    reminder.save(update_fields=["status", "emailed_at"])
    return True


def review_items_for_trainer(trainer, on: datetime.date) -> list[ReviewItem]:
    """The lessons of ``trainer``'s own courses that are due (never checklists or
    resources, which moderators look after)."""
    return _lesson_items(lessons_due_for_review(trainer, on, assigned_only=True), on)


def reminder_email(trainer, items: list[ReviewItem]) -> EmailMessage:
    """The weekly reminder: each overdue lesson with its course, review date and edit link."""
    base = settings.WAGTAILADMIN_BASE_URL
    subject = ngettext(
        "%(count)s lesson of your courses is past its review date",
        "%(count)s lessons of your courses are past their review date",
        len(items),
    ) % {"count": len(items)}
    body = render_to_string(
        "courses/email/review_reminder.txt",
        {
            "trainer": trainer,
            "items": items,
            "base_url": base,
            "report_url": base + reverse("content_review_report"),
            "interval_days": settings.CONTENT_REVIEW_INTERVAL_DAYS,
        },
    )
    return EmailMessage(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, to=[trainer.email])
