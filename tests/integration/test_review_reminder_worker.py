"""A real Celery worker on Redis e-mails a trainer's weekly content review reminder once,
however often the task is sent (PostgreSQL and a Redis broker; skipped on the SQLite
default like its neighbours)."""

import datetime
import time

import pytest

from content import freshness
from courses.models import CourseAssignment, ReviewReminder
from courses.services.freshness import week_of
from courses.tasks import send_content_review_reminders
from tests.courses.builders import make_course
from tests.factories import UserFactory
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_worker_sends_a_trainer_one_review_reminder_a_week(worker, demo_site):
    queue, proc = worker
    course, lessons = make_course((2,), slug="review-reminder-course")
    trainer = UserFactory(role="Trainer", profile=False, email="reviewer@example.org")
    CourseAssignment.objects.create(course=course, trainer=trainer)
    today = freshness.today()
    lesson = lessons[0]
    lesson.checked_on = today - datetime.timedelta(days=300)
    lesson.review_by = today - datetime.timedelta(days=10)
    lesson.save_revision().publish()
    # Three runs, as beat firing daily, a retry or two workers would send.
    for _run in range(3):
        send_content_review_reminders.apply_async(queue=queue)

    def sent():
        reminder = ReviewReminder.objects.filter(trainer=trainer).first()
        return reminder is not None and reminder.emailed_at is not None

    wait_for(sent, proc, 120, "e-mail the review reminder")
    reminder = ReviewReminder.objects.get(trainer=trainer)
    first = reminder.emailed_at
    time.sleep(3)  # let the other two messages be processed
    reminder.refresh_from_db()
    assert reminder.emailed_at == first
    assert reminder.status == ReviewReminder.Status.SENT
    assert reminder.week == week_of(today) and reminder.overdue_count == 1
    assert ReviewReminder.objects.filter(trainer=trainer).count() == 1
