"""``make bench-certificates``: issue N certificates (default 1,000) through a real Celery
worker on Redis and PostgreSQL, and measure how long rendering and e-mailing them takes.

One run, start to end, on this machine only:

1. create a fresh PostgreSQL database (``gga_bench_certificates``; dropped first if it exists),
   a temporary media folder and a temporary Open Badges signing key;
2. with the production settings (plain HTTP on loopback, as ``make bench``): migrate,
   ``load_demo`` (its designs, with logo and signature images, are what gets rendered), then
   N learners with a completed enrollment in one demo course, written in bulk;
3. start ``celery worker`` (prefork, ``--concurrency`` processes, default 2 = the cores) on a
   queue of its own on the Redis broker; e-mails go to Django's in-memory backend in the
   worker, so each message is built, PDF attached, but leaves the machine nowhere;
4. call ``issue_certificate`` for every enrollment (what completing a course does), each
   enqueuing the render-and-send task, then wait until every certificate has its files and
   its e-mail (bounded by ``--timeout``);
5. enqueue the task again for every certificate (a retry storm) and check that nothing is
   rendered or sent twice; then stop the worker, drop the database, print a markdown table
   and write it into docs/performance.md between ``<!-- bench-certificates:start -->`` and
   ``<!-- bench-certificates:end -->``.

Options: ``--count`` (certificates, 1000), ``--concurrency`` (worker processes, 2),
``--timeout`` (seconds to wait for the worker, 3600), ``--no-doc``. PostgreSQL is reached at
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432), Redis at BENCH_BROKER_URL
(default redis://127.0.0.1:6379/0; the queue is unique to the run and deleted after), the
cache in database BENCH_CERTIFICATES_REDIS_DB (11) of that Redis, emptied before and after.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import postgres_admin  # noqa: E402
from bench.doc import write_section  # noqa: E402
from bench.run import (  # noqa: E402 - the bench package needs the project on sys.path
    DOC,
    BenchError,
    cpu_busy,
    say,
    step,
)

DB_NAME = "gga_bench_certificates" + os.environ.get("BENCH_DB_SUFFIX", "")
COURSE_SLUG = "getting-paid-and-shipping-parcels"
START_MARK, END_MARK = "<!-- bench-certificates:start -->", "<!-- bench-certificates:end -->"
POLL_SECONDS = 2.0
#: The Redis database the run's cache uses (emptied before and after), beside the broker's.
CACHE_REDIS_DB = int(os.environ.get("BENCH_CERTIFICATES_REDIS_DB", "11"))


def environment(database_url: str, broker_url: str, media_root: str, key_file: str) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": broker_url,
            "SECURE_SSL_REDIRECT": "false",
            "SITE_URL": "https://academy.example.org",
            "MEDIA_ROOT": media_root,
            "OPENBADGES_KEY_FILE": key_file,
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        }
    )
    env.pop("EMAIL_HOST", None)
    # Production needs a cache server (lms/settings/production.py): a database of its own on
    # the broker's Redis, emptied before and after. Sharing the broker's (db 0, which other
    # runs use too) let a run find another run's cached renditions of the demo's images,
    # whose files are in that run's media folder, and fail on the certificate logo.
    env["REDIS_URL"] = cache_url(broker_url)
    return env


def cache_url(broker_url: str) -> str:
    return broker_url.rsplit("/", 1)[0] + f"/{CACHE_REDIS_DB}"


def empty_cache(broker_url: str) -> None:
    import redis

    redis.Redis.from_url(cache_url(broker_url), socket_connect_timeout=5).flushdb()


def build_learners(count: int):
    """Migrate, load the demo, and give ``count`` new learners a completed enrollment."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from courses.models import CoursePage, Enrollment
    from lms import celery_app
    from lms.accounts.models import User

    step("migrate")
    call_command("migrate", interactive=False, verbosity=0)
    step("load_demo")
    # The demo's own certificates render in-process, so nothing is queued before the run.
    celery_app.conf.task_always_eager = True
    call_command("load_demo", force=True, stdout=io.StringIO())  # production settings
    course = CoursePage.objects.live().get(slug=COURSE_SLUG)
    step(f"{count} learners who completed “{course.title}”")
    names = [("Amina", "Uwase"), ("Kwame", "Mensah"), ("Nguyễn", "Thị Hoa"), ("Zoë", "Okafor")]
    users = User.objects.bulk_create(
        [
            User(
                email=f"bench{n}@example.org",
                first_name=names[n % len(names)][0],
                last_name=f"{names[n % len(names)][1]} {n}",
            )
            for n in range(count)
        ],
        batch_size=500,
    )
    now = timezone.now()
    Enrollment.objects.bulk_create(
        [Enrollment(user=user, course=course, completed_at=now) for user in users],
        batch_size=500,
    )
    return course


def start_worker(env: dict, queue: str, concurrency: int, log_path: Path) -> subprocess.Popen:
    log = log_path.open("w")
    return subprocess.Popen(  # noqa: S603
        [
            *(sys.executable, "-m", "celery", "-A", "lms", "worker"),
            *("--pool=prefork", f"--concurrency={concurrency}", "-Q", queue),
            *("--without-gossip", "--without-mingle", "--without-heartbeat"),
            "--loglevel=WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def stop(worker: subprocess.Popen | None) -> None:
    if worker is None or worker.poll() is not None:
        return
    worker.terminate()  # warm shutdown: finishes the running tasks
    try:
        worker.wait(timeout=60)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait(timeout=10)


def wait_until_done(count: int, timeout: float, worker: subprocess.Popen) -> float:
    """Poll until ``count`` certificates are rendered and e-mailed; returns the seconds."""
    from django.db import close_old_connections

    from courses.models import Certificate

    started = time.monotonic()
    last_report = 0.0
    while True:
        close_old_connections()
        done = Certificate.objects.filter(
            user__email__startswith="bench", emailed_at__isnull=False
        ).count()
        elapsed = time.monotonic() - started
        if done >= count:
            return elapsed
        if worker.poll() is not None:
            raise BenchError(f"the worker exited with code {worker.returncode}")
        if elapsed > timeout:
            raise BenchError(f"only {done} of {count} certificates done after {timeout:.0f} s")
        if elapsed - last_report >= 30:
            step(f"{done}/{count} done after {elapsed:.0f} s")
            last_report = elapsed
        time.sleep(POLL_SECONDS)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def run(options) -> dict:
    import django

    django.setup()
    from django.db import connection

    from courses.models import Certificate, Enrollment
    from courses.services.certificates import issue_certificate
    from courses.tasks import render_and_send_certificate
    from lms import celery_app

    course = build_learners(options.count)
    enrollments = list(
        Enrollment.objects.filter(course=course, user__email__startswith="bench")
        .select_related("user", "course")
        .order_by("pk")
    )
    celery_app.conf.task_always_eager = False
    # Every task of the run goes to a queue of its own, which only this run's worker reads.
    celery_app.conf.task_default_queue = options.queue
    celery_app.conf.task_routes = {"courses.tasks.*": {"queue": options.queue}}
    connection.close()

    busy = cpu_busy()
    step(f"start celery worker (prefork, {options.concurrency} processes) on {options.queue}")
    worker = start_worker(options.env, options.queue, options.concurrency, options.log)
    try:
        time.sleep(3)
        step(f"issue {len(enrollments)} certificates (each enqueues its task)")
        issue_times = []
        clock = time.monotonic()
        for enrollment in enrollments:
            began = time.perf_counter()
            issue_certificate(enrollment)
            issue_times.append(time.perf_counter() - began)
        issue_seconds = time.monotonic() - clock
        step(f"issued in {issue_seconds:.1f} s; waiting for the worker")
        wait_until_done(len(enrollments), options.timeout, worker)
        work_seconds = time.monotonic() - clock

        ours = Certificate.objects.filter(user__email__startswith="bench")
        rows = list(ours.values_list("issued_at", "rendered_at", "emailed_at", "pk"))
        latencies = [(emailed - issued).total_seconds() for issued, _, emailed, _ in rows]
        first_rendered = min(rendered for _, rendered, _, _ in rows)
        last_emailed = max(emailed for _, _, emailed, _ in rows)
        sizes = [
            (c.pdf.size, c.share_image.size) for c in ours.order_by("pk")[: min(50, len(rows))]
        ]
        emailed_before = {pk: emailed for _, _, emailed, pk in rows}

        step("retry storm: enqueue every task again")
        clock = time.monotonic()
        results = [render_and_send_certificate.delay(pk) for pk in emailed_before]
        # Idempotent runs change nothing, so wait for the queue to drain instead.
        deadline = time.monotonic() + options.timeout
        redis = celery_app.connection_for_write().default_channel.client
        while redis.llen(options.queue) and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(3)  # the last few tasks in flight
        retry_seconds = time.monotonic() - clock
        for issued in enrollments[:50]:
            issue_certificate(issued)  # and a few double clicks
        from django.db import close_old_connections

        close_old_connections()
        after = dict(ours.values_list("pk", "emailed_at"))
        changed = sum(1 for pk, emailed in after.items() if emailed != emailed_before[pk])
        certificates = ours.count()
        ready = ours.filter(render_status="ready").count()
        del results
    finally:
        stop(worker)
        try:
            celery_app.connection_for_write().default_channel.client.delete(options.queue)
        except Exception as exc:  # noqa: BLE001 - report, keep the original error
            say(f"could not delete the queue {options.queue}: {exc}")
    render_window = (last_emailed - first_rendered).total_seconds()
    return {
        "count": len(enrollments),
        "course": course.title,
        "concurrency": options.concurrency,
        "issue_seconds": issue_seconds,
        "issue_p50_ms": statistics.median(issue_times) * 1000,
        "issue_p95_ms": percentile(issue_times, 95) * 1000,
        "work_seconds": work_seconds,
        "render_window": render_window,
        "per_second": len(enrollments) / work_seconds,
        "latency_p50": statistics.median(latencies),
        "latency_p95": percentile(latencies, 95),
        "pdf_kb": statistics.mean(size[0] for size in sizes) / 1024,
        "png_kb": statistics.mean(size[1] for size in sizes) / 1024,
        "retry_seconds": retry_seconds,
        "changed_by_retries": changed,
        "certificates": certificates,
        "ready": ready,
        "background": "unknown" if busy is None else f"{busy:.0%}",
    }


def report(result: dict, started: dt.datetime, options) -> str:
    import celery
    import django
    import PIL
    import wagtail
    import weasyprint

    per_cert_ms = result["work_seconds"] / result["count"] * 1000
    once = (
        "yes"
        if result["certificates"] == result["count"] and result["changed_by_retries"] == 0
        else "**no**"
    )
    return "\n".join(
        [
            f"Measured {started:%Y-%m-%d %H:%M} UTC with `make bench-certificates` "
            f"({result['count']} certificates, `celery worker --pool=prefork "
            f"--concurrency={result['concurrency']}` on Redis, PostgreSQL).",
            "",
            "| measure | value |",
            "| --- | ---: |",
            f"| certificates issued, rendered (PDF + PNG + signed credential) and e-mailed "
            f"| {result['count']} |",
            f"| wall time, first issue to last e-mail | {result['work_seconds']:.1f} s |",
            f"| throughput | {result['per_second']:.1f} certificates/s "
            f"({per_cert_ms:.0f} ms each) |",
            f"| `issue_certificate` in the web process, p50 / p95 "
            f"| {result['issue_p50_ms']:.1f} / {result['issue_p95_ms']:.1f} ms |",
            f"| issue → e-mail sent, p50 / p95 (includes waiting in the queue) "
            f"| {result['latency_p50']:.1f} / {result['latency_p95']:.1f} s |",
            f"| mean PDF / PNG size | {result['pdf_kb']:.0f} / {result['png_kb']:.0f} KB |",
            f"| retry storm: every task enqueued again, drained in "
            f"| {result['retry_seconds']:.1f} s |",
            f"| exactly once (one row each, nothing re-sent by retries or double clicks) "
            f"| {once} |",
            "",
            f"Course: *{result['course']}* (the demo's default design, logo and signature "
            "images). E-mails use Django's in-memory backend in the worker: each message is "
            "built with its PDF attached but not sent anywhere.",
            "",
            f"Machine: nproc {os.cpu_count()}; Python {sys.version.split()[0]}, "
            f"Django {django.get_version()}, Wagtail {wagtail.__version__}, "
            f"Celery {celery.__version__}, WeasyPrint {weasyprint.__version__}, "
            f"Pillow {PIL.__version__}. Other processes kept {result['background']} of the "
            "CPU busy just before the worker started.",
            "",
            f"Command: `make bench-certificates` (`python bench/certificates.py --count "
            f"{options.count} --concurrency {options.concurrency}`).",
        ]
    )


def write_doc(block: str) -> None:
    write_section(DOC, START_MARK, END_MARK, "Certificates: latest results", block)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="certificates (1-20000)")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes (1-16)")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds to wait (max 7200)")
    parser.add_argument("--no-doc", action="store_true", help="do not write the results doc")
    options = parser.parse_args(argv)
    if not (1 <= options.count <= 20000 and 1 <= options.concurrency <= 16):
        parser.error("--count must be 1-20000 and --concurrency 1-16")
    options.timeout = min(max(options.timeout, 10), 7200)

    started = dt.datetime.now(dt.UTC)
    base_url = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
    base_url = base_url.rstrip("/")
    broker_url = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/0")
    scratch = Path(tempfile.mkdtemp(prefix="gga-bench-certificates-"))
    if os.environ.get("BENCH_TEMPLATE_MEDIA"):
        # bench-smoke's demo template comes with the demo's media files (its images), which
        # the certificates render: this run's media folder starts as a copy of them.
        from bench.static import link_tree

        link_tree(Path(os.environ["BENCH_TEMPLATE_MEDIA"]), scratch / "media")
    from courses.openbadges.keys import ensure_key_file

    key_file = ensure_key_file(scratch / "keys" / "openbadges.pem")
    options.env = environment(
        f"{base_url}/{DB_NAME}", broker_url, str(scratch / "media"), str(key_file)
    )
    options.queue = f"bench-certificates-{uuid.uuid4().hex[:8]}"
    options.log = scratch / "worker.log"
    os.environ.update(options.env)

    created = False
    empty_cache(broker_url)
    try:
        step(f"create the database {DB_NAME}")
        from bench.database import recreate_database

        recreate_database(base_url, DB_NAME)
        created = True
        result = run(options)
    except BenchError:
        if options.log.exists():
            say(options.log.read_text()[-4000:])
        raise
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        if created:
            try:
                postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'])
            except Exception as exc:  # noqa: BLE001 - report, keep the original error
                say(f"could not drop the database {DB_NAME}: {exc}")
        shutil.rmtree(scratch, ignore_errors=True)
        with contextlib.suppress(Exception):
            empty_cache(broker_url)

    block = report(result, started, options)
    say()
    say(block)
    if not options.no_doc:
        write_doc(block)
        say(f"\nWritten to {DOC.relative_to(ROOT)}.")
    return 0 if result["changed_by_retries"] == 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        sys.stderr.write(f"bench failed: {error}\n")
        sys.exit(1)
