"""``make bench-load``: a Locust load test on loopback, headless and bounded.

1. a fresh PostgreSQL database (``gga_bench_load``), migrated, the demo loaded, and
   ``--users`` learners enrolled in the Incoterms course, each signed in with a session of
   their own (written straight into the session store: the test measures learning, not
   password hashing);
2. ``gunicorn lms.wsgi`` on the production settings (bench.settings) with the cache,
   sessions and rate limits in Redis (database 7, emptied before and after);
3. two Locust runs (bench/locustfile.py): learners using the site as they do, weighted
   (lessons, completing, outline, My learning, search, verify, a quiz now and then), then
   ``--users`` learners taking the graded quiz at once, each reading and answering for
   ``--answer-seconds`` (20 to 50 s) and submitting twice;
4. every acknowledged submission is checked in the database: graded, once, no later than
   its acknowledgement, and as many graded attempts as acknowledgements;
5. a table written into docs/performance.md between ``<!-- load:start -->`` and
   ``<!-- load:end -->``.

Every request goes to 127.0.0.1; every run is bounded by ``--run-time`` (at most 300 s), and
a quiz taker still answering then has 60 s more to submit.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.database import postgres_admin, recreate_database  # noqa: E402
from bench.doc import write_section  # noqa: E402
from bench.run import (  # noqa: E402
    DOC,
    HOST,
    BenchError,
    bench_environment,
    free_port,
    say,
    step,
    stop,
    wait_until_serving,
)
from bench.static import collectstatic  # noqa: E402

DB_NAME = "gga_bench_load" + os.environ.get("BENCH_DB_SUFFIX", "")
REDIS_DB = int(os.environ.get("BENCH_LOAD_REDIS_DB", "7"))  # emptied before and after
COURSE_SLUG = "pricing-with-incoterms"
START_MARK, END_MARK = "<!-- load:start -->", "<!-- load:end -->"
SUBMIT_P95_TARGET_MS = 500


def build(users: int) -> dict:
    """Migrate, load the demo, write the learners and their sessions; returns the plan."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.utils import timezone
    from django.utils.module_loading import import_string

    from courses import services
    from courses.models import Certificate, CoursePage, Enrollment, QuizPage
    from lms.accounts import roles
    from lms.accounts.models import User

    step("migrate")
    call_command("migrate", interactive=False, verbosity=0)
    step("load_demo")
    call_command("load_demo", force=True, stdout=io.StringIO())
    step("collectstatic")
    collectstatic(say)
    course = CoursePage.objects.live().get(slug=COURSE_SLUG)
    quiz = QuizPage.objects.live().descendant_of(course).filter(graded=True).first()
    if quiz is None:
        raise BenchError(f"{COURSE_SLUG} has no live graded quiz")
    lessons = services.course_outline(course).lessons
    certificate = Certificate.objects.filter(revoked_at=None).first()

    step(f"write {users} learners enrolled in {COURSE_SLUG}, each with a session")
    learner_group = Group.objects.get(name=roles.LEARNER)
    now = timezone.now()
    created = User.objects.bulk_create(
        User(
            email=f"load{n}@example.org",
            first_name=f"Amina{n}",
            last_name="Load",
            password="!",  # noqa: S106 - unusable, as Django writes it; sessions sign them in
            country=("KE", "RW", "UG", "TZ", "GH")[n % 5],
        )
        for n in range(users)
    )
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=learner_group.pk) for user in created
    )
    Enrollment.objects.bulk_create(
        Enrollment(user_id=user.pk, course_id=course.pk, enrolled_at=now) for user in created
    )
    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    backend = settings.AUTHENTICATION_BACKENDS[0]
    sessions = []
    for user in User.objects.filter(email__startswith="load", email__endswith="@example.org"):
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    return {
        "quiz": quiz.url,
        "quiz_id": quiz.pk,
        "quiz_start": f"/learn/quizzes/{quiz.pk}/start/",
        "outline": course.url,
        "lessons": [lesson.url for lesson in lessons],
        "lesson_ids": {lesson.url: lesson.pk for lesson in lessons},
        "verify": f"/certificates/verify/{certificate.code}/",
        "sessions": sessions,
    }


def run_locust(
    user_class, plan_file, acks_file, port, users, spawn_rate, seconds, workdir, answering="20,50"
):
    prefix = Path(workdir) / user_class
    command = [
        *(sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py")),
        *("--headless", "--users", str(users), "--spawn-rate", str(spawn_rate)),
        *("--run-time", f"{seconds}s", "--stop-timeout", "60", "--only-summary"),
        *("--host", f"http://{HOST}:{port}", "--csv", str(prefix), "--loglevel", "WARNING"),
        user_class,
    ]
    env = {
        **os.environ,
        "LOAD_PLAN": str(plan_file),
        "LOAD_ACKS": str(acks_file),
        "LOAD_ANSWER_SECONDS": answering,
    }
    done = subprocess.run(  # noqa: S603 - Locust, on loopback only
        command, env=env, capture_output=True, text=True, timeout=seconds + 180, check=False
    )
    stats_file = Path(f"{prefix}_stats.csv")
    if not stats_file.exists():
        raise BenchError(f"Locust wrote no statistics: {done.stderr[-2000:]}")
    with stats_file.open() as handle:
        rows = list(csv.DictReader(handle))
    failures_file = Path(f"{prefix}_failures.csv")
    failures = []
    if failures_file.exists():
        with failures_file.open() as handle:
            failures = list(csv.DictReader(handle))
    return rows, failures


def check_submissions(acks_file: Path, quiz_id: int) -> dict:
    """Each acknowledged submission graded, once, no later than its acknowledgement."""
    from django.db import connections

    from courses.models import QuizAttempt

    connections.close_all()
    acks = dict(json.loads(acks_file.read_text()))  # attempt id -> acknowledged at
    attempts = {
        a.pk: a for a in QuizAttempt.objects.filter(quiz_id=quiz_id, user__email__startswith="load")
    }
    graded = {pk for pk, a in attempts.items() if a.submitted_at is not None}
    problems = []
    for pk, moment in acks.items():
        attempt = attempts.get(pk)
        if attempt is None or attempt.submitted_at is None or attempt.score is None:
            problems.append(f"attempt {pk} acknowledged but not graded")
        elif attempt.submitted_at.timestamp() > moment + 1:
            problems.append(f"attempt {pk} graded again after its acknowledgement")
    if graded - set(acks):
        problems.append(f"{len(graded - set(acks))} attempts graded without an acknowledgement")
    return {"acknowledged": len(acks), "graded": len(graded), "problems": problems}


def report(runs, check, options, started, facts) -> str:
    lines = [
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `make bench-load` (Locust {facts['locust']},"
        f" headless, on 127.0.0.1; gunicorn with {options.workers} workers × {options.threads}"
        " threads on the production settings, cache, sessions and rate limits in Redis,"
        f" PostgreSQL {facts['postgres']}; nproc {facts['nproc']}).",
        "",
        "| run | request | requests | failures | median ms | p95 ms | p99 ms |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for title, rows, _ in runs:
        for row in rows:
            if row["Name"] == "Aggregated":
                continue
            ms = [round(float(row[key])) for key in ("Median Response Time", "95%", "99%")]
            lines.append(
                f"| {title} | {row['Name']} | {row['Request Count']} | {row['Failure Count']} "
                f"| {ms[0]} | {ms[1]} | {ms[2]} |"
            )
    # The target is the exam's: the quiz takers' own submissions, not the mixed run's few.
    submit = next(
        (r for title, rows, _ in runs if title == "quiz takers" for r in rows
         if r["Name"] == "quiz submit"),
        None,
    )  # fmt: skip
    failures = sum(int(r["Failure Count"]) for _, rows, _ in runs for r in rows if r["Name"])
    p95 = float(submit["95%"]) if submit else float("nan")
    lines += [
        "",
        f"Quiz takers: {options.users} at once (50 more each second until all have started), each"
        f" reading and answering for {options.answer_seconds.replace(',', ' to ')} s, submitting"
        " twice, then reading a lesson every 20 to 60 s; one connection per request, as behind a"
        f" proxy. Acknowledged submissions: {check['acknowledged']};"
        f" graded attempts in the database: {check['graded']}; problems: "
        + ("none" if not check["problems"] else "; ".join(check["problems"][:5]))
        + ".",
        "",
        f"- zero errors: **{'met' if failures == 0 else f'not met ({failures})'}**",
        f"- quiz submit p95 under {SUBMIT_P95_TARGET_MS} ms: "
        f"**{'met' if p95 < SUBMIT_P95_TARGET_MS else f'not met ({p95:.0f} ms)'}**",
        "- every acknowledged submission graded once: "
        f"**{'met' if not check['problems'] else 'not met'}**",
        "",
        f"Command: `make bench-load` (`bench/load.py --users {options.users} --run-time "
        f"{options.run_time} --answer-seconds {options.answer_seconds} --workers "
        f"{options.workers} --threads {options.threads}`). "
        f"Other processes kept {facts['background']} of the CPU busy before the runs.",
    ]
    return "\n".join(lines)


def write_doc(block: str) -> None:
    write_section(DOC, START_MARK, END_MARK, "Load test (Locust)", block)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=500, help="quiz takers at once (1-2000)")
    parser.add_argument("--mixed-users", type=int, default=100, help="learners in the mixed run")
    parser.add_argument("--run-time", type=int, default=60, help="seconds per run (5-300)")
    parser.add_argument(
        "--answer-seconds",
        default="20,50",
        help="how long each quiz taker reads and answers, from,to in seconds (20,50)",
    )
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/performance.md")
    options = parser.parse_args(argv)
    if not 1 <= options.users <= 2000 or not 5 <= options.run_time <= 300:
        parser.error("--users must be 1-2000 and --run-time 5-300")
    try:
        low, high = (float(n) for n in options.answer_seconds.split(","))
    except ValueError:
        parser.error("--answer-seconds must be two numbers of seconds, from,to (20,50)")
    if not 0 <= low <= high <= options.run_time + 30:
        parser.error("--answer-seconds must run from,to with 0 <= from <= to <= --run-time + 30")
    return options


def main(argv=None) -> int:
    from bench.run import close_django_connections, cpu_busy, versions

    options = parse_args(argv)
    started = dt.datetime.now(dt.UTC)
    clock = time.monotonic()
    base_url = os.environ.get("BENCH_POSTGRES_URL", f"postgresql://postgres@{HOST}:5432").rstrip(
        "/"
    )
    redis_url = f"redis://{HOST}:6379/{REDIS_DB}"
    os.environ["REDIS_URL"] = redis_url  # the real shared cache, not bench's embedded one
    port = free_port()
    static_root = tempfile.mkdtemp(prefix="gga-load-static-")
    env = bench_environment(f"{base_url}/{DB_NAME}", static_root, port)
    os.environ.update(env)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    server = None
    workdir = tempfile.mkdtemp(prefix="gga-load-")
    try:
        step(f"create the database {DB_NAME}")
        recreate_database(base_url, DB_NAME)
        plan = build(options.users)
        from importlib.metadata import version  # importing locust here would patch with gevent

        facts = {**versions(), "locust": version("locust")}
        from django.db import connection

        facts["postgres"] = connection.pg_version // 10000
        plan_file = Path(workdir) / "plan.json"
        plan_file.write_text(json.dumps(plan))
        close_django_connections()
        busy = cpu_busy()
        facts["background"] = "unknown" if busy is None else f"{busy:.0%}"
        step(f"start gunicorn on {HOST}:{port}")
        server = subprocess.Popen(  # noqa: S603
            [
                *(sys.executable, "-m", "gunicorn", "lms.wsgi", "--bind", f"{HOST}:{port}"),
                *("--workers", str(options.workers), "--threads", str(options.threads)),
                *("--worker-class", "gthread", "--log-level", "warning", "--chdir", str(ROOT)),
            ],
            env=env,
            cwd=ROOT,
        )
        wait_until_serving(port, "/accounts/login/", server)
        runs = []
        step(f"Locust: {options.mixed_users} learners using the site for {options.run_time} s")
        acks_mixed = Path(workdir) / "acks-mixed.json"
        rows, failures = run_locust(
            "Learner", plan_file, acks_mixed, port, options.mixed_users, 20, options.run_time,
            workdir,
        )  # fmt: skip
        runs.append(("learners", rows, failures))
        step(f"Locust: {options.users} learners take the graded quiz at once")
        from courses.models import QuizAttempt

        QuizAttempt.objects.filter(user__email__startswith="load").delete()
        close_django_connections()
        acks_quiz = Path(workdir) / "acks-quiz.json"
        rows, failures = run_locust(
            "QuizTaker", plan_file, acks_quiz, port, options.users, 50, options.run_time,
            workdir, options.answer_seconds,
        )  # fmt: skip
        runs.append(("quiz takers", rows, failures))
        check = check_submissions(acks_quiz, plan["quiz_id"])
    finally:
        stop(server)
        close_django_connections()
        try:
            postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'])
        except Exception as exc:  # noqa: BLE001 - report, keep the original error
            say(f"could not drop the database {DB_NAME}: {exc}")
        redis.Redis.from_url(redis_url).flushdb()
        shutil.rmtree(static_root, ignore_errors=True)
        shutil.rmtree(f"{static_root}-key", ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)

    block = report(runs, check, options, started, facts)
    say()
    say(block)
    for title, _, failures in runs:
        for failure in failures[:10]:
            name, error = failure.get("Name"), failure.get("Error")
            say(f"{title}: {name}: {error} × {failure.get('Occurrences')}")
    if not options.no_doc:
        write_doc(block)
        say(f"\nWritten to {DOC.relative_to(ROOT)}.")
    say(f"\nTook {time.monotonic() - clock:.0f} s.")
    return 0 if not check["problems"] else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        sys.stderr.write(f"bench failed: {error}\n")
        sys.exit(1)
