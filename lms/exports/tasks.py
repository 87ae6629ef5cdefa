"""Celery task of the background exports: a thin wrapper around ``lms.exports.jobs.run``."""

from celery import shared_task


@shared_task(ignore_result=True)
def build_export(token: str) -> None:
    """Build a large export's file in the background (lms.exports.jobs.run)."""
    from .jobs import run

    run(token)
