"""``make bench-import``: import 10,000 learners from CSV and from XLSX on PostgreSQL, and
measure each step of the bulk enrolment a site admin runs (docs/programmes.md).

One run, start to end, on this machine only:

1. create a fresh PostgreSQL database (``gga_bench_import``; dropped first if it exists) and
   migrate it, with the test settings (in-process, eager tasks, e-mail kept in memory);
2. one programme with an open code; a CSV file and an XLSX file of N learners each
   (default 10,000; different e-mails), every column filled;
3. for each file: read and check it as a file, the dry run (``check_import``), the commit
   (``run_import``), counting SQL queries; then send the invitations the CSV import owes;
   (a sample, ``--invitations``, default 1,000: each is a row lock, a token and an e-mail);
4. check that every learner, membership and invitation exists once; drop the database,
   print a markdown table and write it into docs/performance.md between
   ``<!-- bench-import:start -->`` and ``<!-- bench-import:end -->``.

Options: ``--rows`` (learners per file, 10000), ``--no-doc``. PostgreSQL is reached at
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.doc import write_section  # noqa: E402
from bench.run import DOC, BenchError, cpu_busy, postgres_admin, say, step  # noqa: E402

DB_NAME = "gga_bench_import" + os.environ.get("BENCH_DB_SUFFIX", "")
START_MARK, END_MARK = "<!-- bench-import:start -->", "<!-- bench-import:end -->"
SECTORS = "ACGIJM"
SIZES = ("micro", "small", "medium")
GENDERS = ("woman", "man", "undisclosed")
STAGES = ("not_yet", "exploring", "occasional", "regular")
COUNTRIES = ("KE", "RW", "UG", "TZ", "GH")


def learner_rows(count: int, prefix: str) -> list[list[str]]:
    return [
        [
            f"{prefix}{n}@bench.example",
            f"Amina{n}",
            "Uwase",
            COUNTRIES[n % len(COUNTRIES)],
            "Region",
            SECTORS[n % len(SECTORS)],
            SIZES[n % len(SIZES)],
            GENDERS[n % len(GENDERS)],
            STAGES[n % len(STAGES)],
            "yes" if n % 3 else "no",
            "BENCH-2027",
        ]
        for n in range(count)
    ]


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    return ("\n".join(",".join(r) for r in [header, *rows]) + "\n").encode()


def xlsx_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def timed(function, *args):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started, cpu = time.perf_counter(), time.process_time()
        value = function(*args)
        seconds = Seconds(time.perf_counter() - started, time.process_time() - cpu)
    return value, seconds, len(queries)


class Seconds(float):
    """Wall-clock seconds, carrying this process's CPU seconds: on a machine other work
    keeps busy, the CPU time says what the step itself costs (PostgreSQL's share aside)."""

    def __new__(cls, wall: float, cpu: float):
        value = super().__new__(cls, wall)
        value.cpu = cpu
        return value

    def __format__(self, spec: str) -> str:
        return f"{float(self):.1f} s ({self.cpu:.1f} s CPU)"


def run(options) -> dict:
    import django

    django.setup()
    from django.core.management import call_command

    from lms.accounts.models import User
    from lms.programmes import imports, services, tasks
    from lms.programmes.models import ImportStatus, LearnerImport, LearnerInvitation
    from lms.programmes.resources import COLUMNS

    step("migrate")
    call_command("migrate", interactive=False, verbosity=0)
    # The commit enqueues the invitations on commit; they are timed on their own below.
    tasks.send_import_invitations.delay = lambda *args, **kwargs: None
    programme = services.ensure_programme(
        "Bench programme",
        sponsor="Ministry of Trade and Industry",
        countries=COUNTRIES,
        starts_on=dt.date(2027, 1, 1),
        ends_on=dt.date(2027, 12, 31),
        codes=[{"code": "BENCH-2027"}],
    )
    files = {
        "CSV": ("learners.csv", csv_bytes(COLUMNS, learner_rows(options.rows, "csv"))),
        "XLSX": ("learners.xlsx", xlsx_bytes(COLUMNS, learner_rows(options.rows, "xlsx"))),
    }
    results = {}
    for kind, (name, content) in files.items():
        step(f"{kind}: {options.rows:,} learners, {len(content) / 1e6:.2f} MB")
        dataset, read_s, _q = timed(imports.read_learner_file, name, content)
        if len(dataset) != options.rows:
            raise BenchError(f"{kind}: read {len(dataset)} rows of {options.rows}")
        job = LearnerImport.objects.create(file_name=name, content=content)
        job, check_s, check_q = timed(imports.check_import, job.pk)
        if job.status != ImportStatus.READY:
            raise BenchError(f"{kind} check failed: {job.file_error or job.errors[:3]}")
        LearnerImport.objects.filter(pk=job.pk).update(status=ImportStatus.IMPORTING)
        job, commit_s, commit_q = timed(imports.run_import, job.pk)
        if job.status != ImportStatus.DONE or job.summary["created"] != options.rows:
            raise BenchError(f"{kind} import failed: {job.file_error or job.errors[:3]}")
        results[kind] = {
            "size": len(content),
            "read": read_s,
            "check": check_s,
            "check_queries": check_q,
            "commit": commit_s,
            "commit_queries": commit_q,
            "job": job.pk,
        }
    sample = min(options.invitations, options.rows)
    step(f"send {sample:,} of the CSV import's invitations")
    owed = list(
        LearnerInvitation.objects.filter(learner_import_id=results["CSV"]["job"])
        .order_by("pk")
        .values_list("pk", flat=True)[:sample]
    )

    def send_all(ids):
        return sum(imports.send_invitation(pk) for pk in ids)

    sent, send_s, send_q = timed(send_all, owed)
    again, _s, _q = timed(send_all, owed)
    learners = User.objects.filter(email__endswith="@bench.example")
    checks = {
        "learners": learners.count(),
        "members": programme.memberships.count(),
        "invitations_owed": LearnerInvitation.objects.count(),
        "sent": sent,
        "sent_again": again,
    }
    if checks["learners"] != 2 * options.rows or checks["members"] != 2 * options.rows:
        raise BenchError(f"counts are off: {checks}")
    results["invitations"] = {"seconds": send_s, "queries": send_q, **checks}
    return results


def report(results: dict, options, started: dt.datetime, background: float | None) -> str:
    rows = options.rows
    lines = [
        f"### Bulk enrolment: {rows:,} learners per file (`make bench-import`)",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC on {platform.node() or 'this machine'} "
        f"({os.cpu_count()} cores, Python {platform.python_version()}, PostgreSQL on "
        "loopback), in one process with the test settings: the import runs the same code "
        "as the admin's Celery tasks, without the broker hop.",
        "",
        "| file | size | read and check as a file | dry run (every row checked) | queries "
        "| commit (all rows, one transaction) | queries "
        "| rows/s, dry run + commit (per CPU second) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kind in ("CSV", "XLSX"):
        r = results[kind]
        total = r["check"] + r["commit"]
        lines.append(
            f"| {kind} | {r['size'] / 1e6:.2f} MB | {r['read']} | {r['check']} "
            f"| {r['check_queries']} | {r['commit']} | {r['commit_queries']} "
            f"| {rows / total:,.0f} ({rows / (r['check'].cpu + r['commit'].cpu):,.0f}) |"
        )
    inv = results["invitations"]
    lines += [
        "",
        "- No query per row: the dry run and the commit each look up e-mails and codes "
        "once and insert in batches of 1,000 rows, so queries grow by one per table and "
        "1,000 rows (`tests/programmes/test_import.py` pins 50 and 500 rows to the same "
        "count).",
        f"- Invitations (the first {inv['sent']:,} of the CSV import's): e-mails built and "
        f"handed to Django's in-memory backend in {inv['seconds']} "
        f"({inv['sent'] / inv['seconds']:,.0f}/s, "
        f"{inv['queries'] / max(inv['sent'], 1):.1f} queries each: the row lock, the "
        "set-password token, the stamp); sent again, "
        f"{inv['sent_again']} went out.",
        f"- Checked after the run: {inv['learners']:,} learners, {inv['members']:,} "
        f"memberships, {inv['invitations_owed']:,} invitations owed.",
    ]
    if background is not None:
        lines.append(
            f"- Other processes kept {background:.0%} of the CPU busy just before the run; "
            "anything above a few percent slows every figure above."
        )
    return "\n".join(lines)


def write_doc(block: str) -> None:
    write_section(DOC, START_MARK, END_MARK, "Bulk enrolment (learner import)", block)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000, help="learners per file (1-20000)")
    parser.add_argument(
        "--invitations", type=int, default=1000, help="invitations to send and time (1000)"
    )
    parser.add_argument("--no-doc", action="store_true", help="do not write the results doc")
    options = parser.parse_args(argv)
    if not 1 <= options.rows <= 20_000:
        parser.error("--rows must be 1-20000")
    base_url = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
    base_url = base_url.rstrip("/")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "DATABASE_URL": f"{base_url}/{DB_NAME}",
        }
    )
    for name in ("CELERY_BROKER_URL", "REDIS_URL", "EMAIL_HOST"):
        os.environ.pop(name, None)
    started = dt.datetime.now(dt.UTC)
    background = cpu_busy()
    step(f"create the database {DB_NAME}")
    from bench.database import recreate_database

    recreate_database(base_url, DB_NAME)
    try:
        results = run(options)
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'])
    block = report(results, options, started, background)
    say()
    say(block)
    if not options.no_doc:
        write_doc(block)
        say(f"\nWritten to {DOC.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
