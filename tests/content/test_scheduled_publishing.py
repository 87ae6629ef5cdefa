"""Scheduled publishing works as Wagtail gives it, driven by our periodic task."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from content.models import StandardPage
from content.tasks import publish_scheduled_pages

pytestmark = pytest.mark.django_db


def test_periodic_task_publishes_pages_whose_time_has_come(demo_site):
    page = StandardPage(title="Export week", slug="export-week", live=False)
    demo_site.add_child(instance=page)
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()

    publish_scheduled_pages.delay()

    page.refresh_from_db()
    assert page.live


def test_beat_runs_it_every_minute():
    entry = settings.CELERY_BEAT_SCHEDULE["publish-scheduled-pages"]
    assert entry["task"] == publish_scheduled_pages.name
    assert entry["schedule"] == 60.0
