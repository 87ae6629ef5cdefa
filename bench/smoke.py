"""``make bench-smoke``: every benchmark once, at a tiny size, so none can break unnoticed.

Each bench runs as ``make bench`` runs it (a fresh PostgreSQL database, production or test
settings, gunicorn, a Celery worker), with the smallest sizes that still go through every
step, and writes no document. To save the migrations each would run, one template
database is migrated first and each bench starts from a copy of it (``BENCH_TEMPLATE_DB``,
see bench/database.py). A failure stops nothing: every bench
runs, and the exit status is non-zero if any failed. Figures from this run mean nothing;
only that each bench ran through.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import TEMPLATE_ENV, postgres_admin, recreate_database  # noqa: E402

SUFFIX = os.environ.get("BENCH_DB_SUFFIX", "")
TEMPLATE = "gga_bench_smoke_template" + SUFFIX
#: Each bench with its quickest arguments (no document written; the brand plan bench writes
#: none), and the seconds it may take at most.
BENCHES = [
    (
        "pages",
        [
            *("bench/run.py", "--duration", "1", "--rounds", "1", "--warmup", "1"),
            *("--no-doc", "--profile", "demo"),
        ],
        600,
    ),
    (
        "load",
        [
            *("bench/load.py", "--users", "5", "--mixed-users", "2", "--run-time", "5"),
            *("--answer-seconds", "1,2", "--no-doc"),
        ],
        600,
    ),
    (
        "certificates",
        [
            "bench/certificates.py",
            "--count",
            "5",
            "--concurrency",
            "1",
            "--timeout",
            "120",
            "--no-doc",
        ],
        600,
    ),
    (
        "reports",
        [
            "bench/reports.py",
            "--enrollments",
            "1000",
            "--repeat",
            "1",
            "--no-doc",
            "--database",
            "gga_bench_reports_smoke" + SUFFIX,
        ],
        600,
    ),
    ("import", ["bench/import_learners.py", "--rows", "20", "--invitations", "5", "--no-doc"], 600),
    (
        "learners page",
        ["bench/learners_page.py", "--profile", "S", "--repeat", "1", "--no-doc"],
        600,
    ),
    ("brand plan PDF", ["bench/brandplan_pdf.py"], 600),
]


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main() -> int:
    base_url = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
    base_url = base_url.rstrip("/")
    clock = time.monotonic()
    say(f"[bench-smoke] migrate the template database {TEMPLATE}")
    os.environ.pop(TEMPLATE_ENV, None)
    recreate_database(base_url, TEMPLATE)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"{base_url}/{TEMPLATE}",
    }
    for name in ("CELERY_BROKER_URL", "REDIS_URL"):
        env.pop(name, None)
    results = []
    try:
        subprocess.run(  # noqa: S603 - this project's manage.py
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        bench_env = {**os.environ, TEMPLATE_ENV: TEMPLATE}
        for name, command, timeout in BENCHES:
            say(f"\n[bench-smoke] {name}: {' '.join(command)}")
            started = time.monotonic()
            try:
                finished = subprocess.run(  # noqa: S603 - this project's own scripts
                    [sys.executable, *command],
                    cwd=ROOT,
                    env=bench_env,
                    timeout=timeout,
                    check=False,
                )
                ok = finished.returncode == 0
            except subprocess.TimeoutExpired:
                ok = False
            results.append((name, ok, time.monotonic() - started))
    finally:
        postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)'])
    say("\n[bench-smoke] results")
    for name, ok, seconds in results:
        say(f"  {'ok    ' if ok else 'FAILED'} {name} ({seconds:.0f} s)")
    say(f"[bench-smoke] took {time.monotonic() - clock:.0f} s")
    return 0 if all(ok for _name, ok, _s in results) else 1


if __name__ == "__main__":
    sys.exit(main())
