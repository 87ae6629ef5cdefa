"""Background work for bulk enrolment; each task is a thin wrapper around lms.programmes.imports.

Every task is idempotent: the check and the commit run only from their expected status, and
an invitation is stamped when sent, so a redelivered or repeated task does nothing twice.
"""

from celery import shared_task

from . import imports


@shared_task(acks_late=True, reject_on_worker_lost=True)
def check_learner_import(import_id: int) -> None:
    try:
        imports.check_import(import_id)
    except Exception:
        imports.fail_import(import_id)
        raise


@shared_task(acks_late=True, reject_on_worker_lost=True)
def run_learner_import(import_id: int) -> None:
    try:
        imports.run_import(import_id)
    except Exception:
        # Nothing was written (one transaction); tell the waiting page instead of spinning.
        imports.fail_import(import_id)
        raise


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def send_import_invitations(import_id: int) -> int:
    return imports.send_invitations(import_id)
