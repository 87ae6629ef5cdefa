"""Celery tasks of the reports dashboard: thin wrappers around lms.reports services."""

from celery import shared_task


@shared_task(ignore_result=True)
def build_report_export(token: str) -> None:
    """Build a large report export in the background (lms.reports.export_jobs.run)."""
    from .export_jobs import run

    run(token)


# Celery's autodiscovery imports only ``tasks``: the scheduled reports' tasks live beside.
from . import tasks_distribution  # noqa: E402, F401
