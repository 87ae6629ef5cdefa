"""``make bench-learners``: the trainer's Learners page and its exports with 100,000 learners
in one course, on PostgreSQL.

One run, start to end, on this machine only:

1. create a fresh PostgreSQL database (``gga_bench_learners``; dropped first if it exists),
   migrate it and load the demo's courses, with the test settings (in-process);
2. write N learners (default 100,000) enrolled in one demo course, with PostgreSQL's COPY in
   chunks: a mix of active, withdrawn and completed enrollments, each learner having
   completed between none and all of the course's lessons; then ANALYZE;
3. as the demo moderator, through Django's test client: time the Learners page (first page,
   last page, sorted by name, filtered by status, searched), counting its SQL queries;
   then download the CSV and the XLSX of every learner, timing each and measuring the
   Python memory it peaked at (tracemalloc) while the file was produced and read;
4. drop the database, print a markdown table and write it into docs/performance.md between
   ``<!-- bench-learners:start -->`` and ``<!-- bench-learners:end -->``.

Options: ``--learners`` (100000), ``--repeat`` (timed requests per page, 5), ``--database``
(its name, ``gga_bench_learners``), ``--no-doc``.
PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.doc import write_section  # noqa: E402
from bench.run import DOC, BenchError, cpu_busy, postgres_admin, say, step  # noqa: E402

DB_NAME = "gga_bench_learners"
START_MARK, END_MARK = "<!-- bench-learners:start -->", "<!-- bench-learners:end -->"
COURSE_SLUG = "pricing-with-incoterms"
MODERATOR = "moderator@example.org"
CHUNK = 20_000
EMAIL_DOMAIN = "learners.bench.example"


def build(count: int) -> dict:
    """Migrate, load the demo's courses and enroll ``count`` learners in one course."""
    import django

    django.setup()
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from courses.models import CoursePage, Enrollment, LessonProgress
    from courses.services import course_outline
    from lms.accounts import roles
    from lms.accounts.models import User
    from lms.demo.management.commands.generate_report_data import (
        copy_instances,
        reserve_user_ids,
    )

    step("migrate")
    call_command("migrate", interactive=False, verbosity=0)
    step("load_demo --learners 0")
    call_command("load_demo", learners=0, stdout=io.StringIO())
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    lessons = [lesson.pk for lesson in course_outline(course).lessons]
    learner_group = Group.objects.get(name=roles.LEARNER)
    now = timezone.now().replace(microsecond=0)
    step(f"write {count:,} learners enrolled in {COURSE_SLUG} ({len(lessons)} lessons)")
    started = time.monotonic()
    written = progress_rows = 0
    while written < count:
        size = min(CHUNK, count - written)
        with transaction.atomic():
            ids = reserve_user_ids(size)
            users, memberships, enrollments, progress = [], [], [], []
            for offset, pk in enumerate(ids):
                n = written + offset
                users.append(
                    User(
                        pk=pk,
                        email=f"learner{n}@{EMAIL_DOMAIN}",
                        first_name=f"Amina{n}",
                        last_name=f"Uwase{n % 997}",
                        password="!",  # noqa: S106 - unusable, as Django writes it
                        date_joined=now - dt.timedelta(days=400),
                        country=("KE", "RW", "UG", "TZ", "GH")[n % 5],
                    )
                )
                memberships.append(User.groups.through(user_id=pk, group_id=learner_group.pk))
                done = n % (len(lessons) + 1)
                withdrawn = n % 11 == 0
                enrolled_at = now - dt.timedelta(days=300, minutes=n)
                enrollments.append(
                    Enrollment(
                        user_id=pk,
                        course_id=course.pk,
                        status="withdrawn" if withdrawn else "active",
                        enrolled_at=enrolled_at,
                        withdrawn_at=now if withdrawn else None,
                        completed_at=now if done == len(lessons) and not withdrawn else None,
                        last_activity_at=None if n % 7 == 0 else now - dt.timedelta(minutes=n),
                    )
                )
                progress.extend(
                    LessonProgress(user_id=pk, lesson_id=lesson, course_id=course.pk)
                    for lesson in lessons[:done]
                )
            copy_instances(User, users, with_pk=True)
            copy_instances(User.groups.through, memberships)
            copy_instances(Enrollment, enrollments)
            copy_instances(LessonProgress, progress)
        written += size
        progress_rows += len(progress)
        say(f"  {written:>7,} learners ({time.monotonic() - started:.0f} s)")
    step("ANALYZE")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "course": course,
        "lessons": len(lessons),
        "progress_rows": progress_rows,
        "write_seconds": time.monotonic() - started,
    }


def measure(built: dict, repeat: int) -> tuple[list[dict], list[dict]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from lms.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(email=MODERATOR))
    url = reverse("courses_admin:course_learners", args=[built["course"].pk])
    learners = User.objects.filter(email__endswith=EMAIL_DOMAIN).count()
    last_page = (learners + 49) // 50
    pages = [
        ("first page (last activity, newest first)", ""),
        ("last page", f"?p={last_page}"),
        ("sorted by name", "?ordering=name"),
        ("completed learners only", "?status=completed"),
        ("search for one learner", "?q=learner4242%40"),
    ]
    page_rows = []
    for label, query in pages:
        step(f"page: {label}")
        response = client.get(url + query)  # warm the per-process caches
        if response.status_code != 200:
            raise BenchError(f"{url + query} answered {response.status_code}")
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
                "bytes": len(response.content),
            }
        )
    export_rows = []
    for export_format in ("csv", "xlsx"):
        step(f"download the {export_format.upper()} of every learner")
        clock, cpu_clock = time.perf_counter(), time.process_time()
        response = client.get(f"{url}?format={export_format}")
        size = lines = 0
        for chunk in response.streaming_content:
            size += len(chunk)
            lines += chunk.count(b"\n")
        seconds, cpu_seconds = time.perf_counter() - clock, time.process_time() - cpu_clock
        response.close()
        # Again under tracemalloc, which slows Python down: the peak of what this process
        # allocated while the file was produced and read, beside the memory it started with.
        tracemalloc.start()
        response = client.get(f"{url}?format={export_format}")
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


def report(built, pages, exports, options, started, background) -> str:
    lines = [
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `make bench-learners` "
        f"(`python bench/learners_page.py --learners {options.learners}`): "
        f"{options.learners:,} learners enrolled in one course of {built['lessons']} lessons "
        f"({built['progress_rows']:,} lesson completions), written with COPY in "
        f"{built['write_seconds']:.0f} s; timed through Django's test client as the demo "
        f"moderator, median of {options.repeat} requests after a warm-up.",
        "",
        "| Learners page | median ms | (CPU ms of this process) | slowest ms | SQL queries "
        "| HTML KB |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in pages:
        lines.append(
            f"| {row['label']} `{row['query'] or '/'}` | {row['median_ms']:.0f} | "
            f"{row['cpu_ms']:.0f} | {row['max_ms']:.0f} | {row['queries']} | "
            f"{row['bytes'] / 1024:.0f} |"
        )
    lines += [
        "",
        "| export of every learner | seconds (CPU s of this process) | peak Python memory "
        "(tracemalloc) | file size |",
        "| --- | ---: | ---: | ---: |",
    ]
    for row in exports:
        lines.append(
            f"| {row['format'].upper()} | {row['seconds']:.1f} ({row['cpu_seconds']:.1f}) | "
            f"{row['peak_mb']:.1f} MB | "
            f"{row['bytes'] / 2**20:.1f} MB |"
        )
    lines += [
        "",
        f"Machine: nproc {os.cpu_count()}, Python {platform.python_version()}; other processes "
        f"kept {background} of the CPU busy just before the run.",
    ]
    return "\n".join(lines)


def write_doc(block: str) -> None:
    write_section(
        DOC, START_MARK, END_MARK, "The trainer's Learners page at 100,000 learners", block
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=100_000, help="learners (100-500000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per page (1-20)")
    parser.add_argument("--no-doc", action="store_true", help="do not write the results doc")
    parser.add_argument("--database", default=DB_NAME, help=f"database name ({DB_NAME})")
    options = parser.parse_args(argv)
    if not 100 <= options.learners <= 500_000 or not 1 <= options.repeat <= 20:
        parser.error("--learners must be 100-500000 and --repeat 1-20")
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
    busy = cpu_busy()
    background = "unknown" if busy is None else f"{busy:.0%}"
    step(f"create the database {options.database}")
    from bench.database import recreate_database

    recreate_database(base_url, options.database)
    try:
        built = build(options.learners)
        pages, exports = measure(built, options.repeat)
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{options.database}" WITH (FORCE)'])
    block = report(built, pages, exports, options, started, background)
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
