"""Celery tasks of the reports dashboard: thin wrappers around lms.reports services."""

from celery import shared_task


@shared_task(ignore_result=True)
def count_report(countries, query, public, language, pending) -> None:
    """Count one report a page asked for on a large platform (lms.reports.prepared)."""
    from .prepared import count_requested

    count_requested(countries, query, public, language, pending)


@shared_task(ignore_result=True)
def prepare_reports() -> dict:
    """Count the reports pages open first, ahead of time (lms.reports.prepared.prepare_all).

    Run by django-celery-beat every REPORT_PREPARE_MINUTES (CELERY_BEAT_SCHEDULE
    "prepare-reports")."""
    from .prepared import prepare_all

    return prepare_all()


# Celery's autodiscovery imports only ``tasks``: the scheduled reports' tasks live beside.
from . import tasks_distribution  # noqa: E402, F401
