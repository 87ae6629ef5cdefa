"""Reports read from a PostgreSQL replica when one is configured (``DATABASE_REPLICA_URL``).

A national programme's analysts count over millions of rows; on a replica those reads never
compete with learners' requests on the primary. Only code inside ``reading_from_replica()``
reads there (the reports' counting, lms.reports), so a learner always reads their own writes
from the primary, however far the replica lags. Without a replica every read stays on
``default`` and nothing changes.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connections

REPLICA = "replica"

_reports_reading = ContextVar("reports_reading_from_replica", default=False)


def replica_configured() -> bool:
    return REPLICA in connections.databases


@contextmanager
def reading_from_replica():
    """Inside this block, ORM reads (and ``reports_connection()``) go to the replica."""
    token = _reports_reading.set(True)
    try:
        yield
    finally:
        _reports_reading.reset(token)


def reports_alias() -> str:
    """The database alias the reports read from right now."""
    return REPLICA if _reports_reading.get() and replica_configured() else "default"


def reports_connection():
    """The connection for the reports' hand-written SQL, matching where the ORM reads."""
    return connections[reports_alias()]


class ReportsReplicaRouter:
    """Reads inside ``reading_from_replica()`` go to the replica; everything else, and every
    write and migration, to ``default``."""

    def db_for_read(self, model, **hints):
        alias = reports_alias()
        return alias if alias == REPLICA else None  # None: Django's default

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"
