"""``make bench-learners``: the trainer's Learners page and its exports at the L data profile
(100,000 learners, about 1,000,000 enrollments), on PostgreSQL.

One run, start to end, on this machine only:

1. create a fresh PostgreSQL database (``gga_bench_learners``; dropped first if it exists),
   migrate it and load the demo's courses, with the test settings (in-process);
2. ``manage.py make_profile L`` (``lms.demo.profiles``: learners in about ten of the demo's
   ten courses each, their lesson progress, quiz attempts and certificates, written with
   COPY), timed, with the rows it wrote per table;
3. as the demo moderator, through Django's test client, on one course (about 100,000 of the
   learners): time the Learners page (first page, last page, sorted by name, filtered by
   status, searched), counting its SQL queries, and EXPLAIN every query it ran to list any
   sequential scan of a large table; then download the CSV (streamed) and the XLSX (a
   background job: Celery runs eagerly in these settings, so the request returns once the
   file is built, then the file is downloaded), timing each and measuring the Python memory
   it peaked at (tracemalloc) while the file was produced and read;
4. drop the database, print a markdown table and write it into docs/performance.md between
   ``<!-- bench-learners:start -->`` and ``<!-- bench-learners:end -->``.

Options: ``--profile`` (L; the smoke run uses S), ``--repeat`` (timed requests per page, 5),
``--database`` (its name, ``gga_bench_learners``), ``--no-doc``; to look into the pages
without writing L each time, ``--keep`` (the database stays) then ``--reuse`` (measure it
again, after migrating it), ``--explain`` (EXPLAIN ANALYZE of every query over 5 ms) and
``--no-exports`` (the pages only).
PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.doc import write_section  # noqa: E402
from bench.run import DOC, BenchError, cpu_busy, postgres_admin, say, step  # noqa: E402

DB_NAME = "gga_bench_learners" + os.environ.get("BENCH_DB_SUFFIX", "")
START_MARK, END_MARK = "<!-- bench-learners:start -->", "<!-- bench-learners:end -->"
COURSE_SLUG = "pricing-with-incoterms"
MODERATOR = "moderator@example.org"


def build(profile: str, *, reused: bool = False) -> dict:
    """Migrate, load the demo's courses and write the data profile (in a reused database,
    only what is missing: ``make_profile`` leaves a database holding the profile as it is)."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db.models import Count

    from courses.models import CoursePage, Enrollment
    from courses.services import course_outline

    step("migrate")
    call_command("migrate", interactive=False, verbosity=0)
    if not reused:
        step("load_demo --learners 0")
        call_command("load_demo", learners=0, stdout=io.StringIO())
    step(f"make_profile {profile}")
    out = io.StringIO()
    started = time.monotonic()
    call_command("make_profile", profile, stdout=out)
    seconds = time.monotonic() - started
    say(out.getvalue().strip().splitlines()[-1])
    rows = dict(re.findall(r"(\w+\.\w+) (\d+)", out.getvalue().strip().splitlines()[-1]))
    course = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="en")
    learners = Enrollment.objects.filter(course=course).aggregate(n=Count("pk"))["n"]
    return {
        "profile": profile,
        "course": course,
        "learners": learners,
        "lessons": len(course_outline(course).lessons),
        "rows": rows,
        "write_seconds": None if reused else seconds,
    }


LARGE_TABLES = ("accounts_user", "courses_enrollment", "courses_lessonprogress")


def sequential_scans(queries) -> set[str]:
    """The large tables that any of ``queries`` (as Django captured them) reads whole."""
    from django.db import connection

    found = set()
    with connection.cursor() as cursor:
        for query in queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            found |= {t for t in LARGE_TABLES if f"Seq Scan on {t}" in plan}
    return found


def explain_slowest(queries, at_least_ms: float = 5.0) -> None:
    """Print EXPLAIN ANALYZE of each query that took at least ``at_least_ms``."""
    from django.db import connection

    with connection.cursor() as cursor:
        for query in queries:
            sql = query["sql"]
            if float(query["time"]) * 1000 < at_least_ms or not sql.lstrip().startswith("SELECT"):
                continue
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            say(f"  {float(query['time']) * 1000:.0f} ms: {sql[:300]}")
            say("\n".join("    " + row[0] for row in cursor.fetchall()))


def download(client, address: str):
    """The file at ``address``: at once, or through a background export's job (Celery runs
    eagerly here, so the job is done when its page is first shown)."""
    response = client.get(address)
    if response.status_code == 302:
        job = response["Location"]
        page = client.get(job)
        if "Your report is ready." not in page.content.decode():
            raise BenchError(f"the export job {job} did not finish")
        response = client.get(f"{job}download/")
    if response.status_code != 200:
        raise BenchError(f"{address} answered {response.status_code}")
    return response


def measure(
    built: dict, repeat: int, *, explain: bool = False, exports: bool = True
) -> tuple[list[dict], list[dict]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from lms.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(email=MODERATOR))
    url = reverse("courses_admin:course_learners", args=[built["course"].pk])
    learners = built["learners"]
    last_page = (learners + 49) // 50
    pages = [
        ("first page (last activity, newest first)", ""),
        ("last page", f"?p={last_page}"),
        ("sorted by name", "?ordering=name"),
        ("newest enrolled first", "?ordering=-enrolled_at"),
        ("latest completed first", "?ordering=-completed_at"),
        ("completed learners only", "?status=completed"),
        ("search for one learner", "?q=profile-0000042%40"),
    ]
    page_rows = []
    for label, query in pages:
        step(f"page: {label}")
        response = client.get(url + query)  # warm the per-process caches
        if response.status_code != 200:
            raise BenchError(f"{url + query} answered {response.status_code}")
        if explain:
            with CaptureQueriesContext(connection) as queries:
                client.get(url + query)
            explain_slowest(queries.captured_queries)
        timings, cpu = [], []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                clock, cpu_clock = time.perf_counter(), time.process_time()
                response = client.get(url + query)
                timings.append(time.perf_counter() - clock)
                cpu.append(time.process_time() - cpu_clock)
        page_rows.append(
            {
                "label": label,
                "query": query,
                "median_ms": statistics.median(timings) * 1000,
                "max_ms": max(timings) * 1000,
                "cpu_ms": statistics.median(cpu) * 1000,
                "queries": len(queries),
                "slowest_sql_ms": max(float(q["time"]) for q in queries.captured_queries) * 1000,
                "bytes": len(response.content),
                "seq_scans": sorted(sequential_scans(queries.captured_queries)),
            }
        )
    export_rows = []
    for export_format in ("csv", "xlsx") if exports else ():
        step(f"download the {export_format.upper()} of every learner")
        clock, cpu_clock = time.perf_counter(), time.process_time()
        response = download(client, f"{url}?format={export_format}")
        size = lines = 0
        for chunk in response.streaming_content:
            size += len(chunk)
            lines += chunk.count(b"\n")
        seconds, cpu_seconds = time.perf_counter() - clock, time.process_time() - cpu_clock
        response.close()
        # Again under tracemalloc, which slows Python down: the peak of what this process
        # allocated while the file was produced and read, beside the memory it started with.
        tracemalloc.start()
        response = download(client, f"{url}?format={export_format}")
        for _chunk in response.streaming_content:
            pass
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        response.close()
        if export_format == "csv" and lines < learners + 1:
            raise BenchError(f"the CSV export holds {lines} lines for {learners} learners")
        export_rows.append(
            {
                "format": export_format,
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "peak_mb": peak / 2**20,
                "bytes": size,
            }
        )
    return page_rows, export_rows


def report(built, pages, exports, options, started, background, load) -> str:
    rows = ", ".join(f"{label} {int(count):,}" for label, count in built["rows"].items())
    if built["write_seconds"] is None:
        written = f"the database already held profile {options.profile}"
    else:
        written = (
            f"`manage.py make_profile {options.profile}` wrote {rows} in "
            f"{built['write_seconds']:.0f} s"
        )
    lines = [
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `make bench-learners` "
        f"(`python bench/learners_page.py --profile {options.profile}`): "
        f"{written}; the page shows one course of {built['lessons']} "
        f"lessons with {built['learners']:,} learners, timed through Django's test client as "
        f"the demo moderator, median of {options.repeat} requests after a warm-up. "
        '"Sequential scans" lists the large tables (learners, enrollments, lesson progress) '
        "that EXPLAIN shows any of the page's queries reading whole.",
        "",
        "| Learners page | median ms | (CPU ms of this process) | slowest ms | SQL queries "
        "| slowest query ms | HTML KB | sequential scans |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in pages:
        lines.append(
            f"| {row['label']} `{row['query'] or '/'}` | {row['median_ms']:.0f} | "
            f"{row['cpu_ms']:.0f} | {row['max_ms']:.0f} | {row['queries']} | "
            f"{row['slowest_sql_ms']:.0f} | "
            f"{row['bytes'] / 1024:.0f} | {', '.join(row['seq_scans']) or 'none'} |"
        )
    lines += (
        []
        if not exports
        else [
            "",
            "| export of every learner (XLSX: a background job) | seconds (CPU s of this process) "
            "| peak Python memory "
            "(tracemalloc) | file size |",
            "| --- | ---: | ---: | ---: |",
        ]
    )
    for row in exports:
        lines.append(
            f"| {row['format'].upper()} | {row['seconds']:.1f} ({row['cpu_seconds']:.1f}) | "
            f"{row['peak_mb']:.1f} MB | "
            f"{row['bytes'] / 2**20:.1f} MB |"
        )
    lines += [
        "",
        f"Machine: nproc {os.cpu_count()}, Python {platform.python_version()}; other processes "
        f"kept {background} of the CPU busy just before the run; load average "
        f"{load[0]:.1f} before it and {os.getloadavg()[0]:.1f} after.",
    ]
    return "\n".join(lines)


def write_doc(block: str) -> None:
    write_section(DOC, START_MARK, END_MARK, "The trainer's Learners page at the L profile", block)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="L", help="data profile: S, M or L (L)")
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per page (1-20)")
    parser.add_argument("--no-doc", action="store_true", help="do not write the results doc")
    parser.add_argument("--database", default=DB_NAME, help=f"database name ({DB_NAME})")
    parser.add_argument(
        "--keep", action="store_true", help="keep the database afterwards (for --reuse)"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure a database kept by --keep: migrate it and top the profile up only",
    )
    parser.add_argument(
        "--explain", action="store_true", help="print EXPLAIN ANALYZE of each slow query"
    )
    parser.add_argument("--no-exports", action="store_true", help="time the pages only")
    options = parser.parse_args(argv)
    if options.profile not in ("S", "M", "L") or not 1 <= options.repeat <= 20:
        parser.error("--profile must be S, M or L and --repeat 1-20")
    base_url = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
    base_url = base_url.rstrip("/")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "DATABASE_URL": f"{base_url}/{options.database}",
        }
    )
    for name in ("CELERY_BROKER_URL", "REDIS_URL", "EMAIL_HOST"):
        os.environ.pop(name, None)
    started = dt.datetime.now(dt.UTC)
    load = os.getloadavg()
    busy = cpu_busy()
    background = "unknown" if busy is None else f"{busy:.0%}"
    if not options.reuse:
        step(f"create the database {options.database}")
        from bench.database import recreate_database

        recreate_database(base_url, options.database)
    try:
        built = build(options.profile, reused=options.reuse)
        pages, exports = measure(
            built, options.repeat, explain=options.explain, exports=not options.no_exports
        )
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        if not options.keep:
            drop = f'DROP DATABASE IF EXISTS "{options.database}" WITH (FORCE)'
            postgres_admin(base_url, [drop])
    block = report(built, pages, exports, options, started, background, load)
    say()
    say(block)
    if not options.no_doc:
        write_doc(block)
        say(f"\nWritten to {DOC.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        sys.stderr.write(f"bench-learners failed: {error}\n")
        sys.exit(1)
