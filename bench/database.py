"""The benches' PostgreSQL databases: created empty, or cloned from a migrated template.

``make bench-smoke`` migrates one template database first and names it in
``BENCH_TEMPLATE_DB``; each bench then starts from a copy (PostgreSQL copies the files, so
its own ``migrate`` finds nothing left to do) instead of running every migration again.
"""

from __future__ import annotations

import os

TEMPLATE_ENV = "BENCH_TEMPLATE_DB"


def postgres_admin(base_url: str, statements: list[str]) -> None:
    """Run ``statements`` on the server's ``postgres`` database, outside a transaction."""
    import psycopg

    with psycopg.connect(f"{base_url}/postgres", autocommit=True, connect_timeout=10) as conn:
        for statement in statements:
            conn.execute(statement)


def database_exists(base_url: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(f"{base_url}/postgres", autocommit=True, connect_timeout=10) as conn:
        return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def drop_other_versions(base_url: str, prefix: str, keep: str) -> bool:
    """Drop the databases named ``prefix`` and a 12-digit hash (or that and ``_partial``)
    other than ``keep``: the kept templates of earlier migrations or versions. Whether
    ``keep`` exists."""
    import re

    import psycopg

    with psycopg.connect(f"{base_url}/postgres", autocommit=True, connect_timeout=10) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s",
                [prefix.replace("_", r"\_") + "%"],
            )
        ]
    pattern = re.compile(re.escape(prefix) + r"[0-9a-f]{12}(_partial)?")
    stale = [name for name in names if pattern.fullmatch(name) and name != keep]
    if stale:
        postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in stale])
    return keep in names


def recreate_database(base_url: str, name: str) -> None:
    """Drop ``name`` if it exists and create it again, from the template if one is named."""
    template = os.environ.get(TEMPLATE_ENV, "")
    create = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
    postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', create])
