"""``make bench-reports``: the ministry reports on 1,000,000 enrollments, beside hand-written SQL.

One run, on this machine only:

1. create a PostgreSQL database (``gga_bench_reports``; dropped first if it exists), migrate,
   ``load_demo --learners 0`` (courses and programmes) and ``generate_report_data
   --enrollments N`` (default 1,000,000; their learners, lesson progress, quiz attempts,
   certificates and programme members in proportion). With ``--reuse`` an existing database
   is used as it is (analyzed, not migrated or topped up) and kept;
2. for each report surface (the dashboard's ``build_report`` for every country, for an
   analyst scoped to one country, with a programme filter and with a six-month range; the
   public national totals), check that the hand-written SQL below gives exactly the numbers
   ``lms.reports.queries`` gives, then time both: one warm-up, then ``--repeat`` runs each,
   interleaved, and take the median;
3. print a markdown table (median ms, the ratio of the two, the number of SQL queries, the
   slowest query of each report) and write it into docs/performance.md between
   ``<!-- bench-reports:start -->`` and ``<!-- bench-reports:end -->``; drop the database
   unless ``--reuse`` or ``--keep``.

The hand-written side is what a person would write for each figure: GROUP BY over joins,
``FILTER`` clauses, one CTE of the selected learners, no ORM. The reports side is the whole
``build_report`` (selection, every query, suppression and rounding in Python), or
``national_totals`` for the public page. Settings: ``lms.settings.production`` (DEBUG off)
with a throwaway key, Redis for the cache (reports are not cached by ``build_report``).
PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432).
"""

# The SQL below is assembled from constants, column names and integer ids read from the
# database; every value that could vary is passed as a query parameter.
# ruff: noqa: S608

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import (  # noqa: E402
    TEMPLATE_ENV,
    database_exists,
    postgres_admin,
    recreate_database,
)
from bench.doc import write_section  # noqa: E402
from bench.run import DOC, BenchError, cpu_busy, say, step  # noqa: E402

DB_NAME = "gga_bench_reports" + os.environ.get("BENCH_DB_SUFFIX", "")
START_MARK, END_MARK = "<!-- bench-reports:start -->", "<!-- bench-reports:end -->"
GOAL_RATIO, GOAL_DASHBOARD_MS = 1.5, 1000


def environment(database_url: str, key_file: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "REDIS_URL": env.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "OPENBADGES_KEY_FILE": key_file,
            "SECURE_SSL_REDIRECT": "false",
            "SITE_URL": "https://academy.example.org",
            "LOG_LEVEL": "WARNING",
            # The dashboard is timed through Django's test client, signed in without a second
            # factor; the MFA check it skips is one session lookup.
            "MFA_REQUIRED_FOR_STAFF": "false",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        }
    )
    return env


def manage(env: dict, *args: str) -> None:
    """Run a management command in its own process (a clean memory for 1M rows)."""
    started = time.monotonic()
    done = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=False
    )
    if done.returncode:
        raise BenchError(f"manage.py {' '.join(args)} exited with code {done.returncode}")
    step(f"manage.py {' '.join(args)}: {time.monotonic() - started:.0f} s")


# --- The hand-written SQL ----------------------------------------------------------------------


@dataclass
class Params:
    """The selection as plain SQL parameters, from ``queries.select`` (who and what counts)."""

    group: int
    countries: list[str] | None
    programme: int | None
    courses: list[int] | None
    start: dt.datetime | None
    end: dt.datetime | None
    reference: dt.datetime
    halves: list[tuple[int, int]]  # (course id, lessons needed for "half done")
    tracks: list[tuple[int, int]]  # (course id, track id)
    course_paths: list[str]
    programmes: list[tuple[int, list[int]]] = field(default_factory=list)

    def values(self) -> dict:
        return {
            "group": self.group,
            "countries": self.countries,
            "programme": self.programme,
            "courses": self.courses,
            "start": self.start,
            "end": self.end,
            "active_from": self.reference - dt.timedelta(days=30),
            "reference": self.reference,
        }


def params_for(sel) -> Params:
    from django.contrib.auth.models import Group

    from lms.accounts import roles

    courses = sorted(sel.course_ids) if sel.course_ids is not None else None
    catalogue = sel.catalogue.courses
    return Params(
        group=Group.objects.get(name=roles.LEARNER).pk,
        countries=sorted(sel.countries) if sel.countries is not None else None,
        programme=sel.programme_id,
        courses=courses,
        start=sel.start,
        end=sel.end,
        reference=sel.reference,
        halves=[
            (pk, (info.lessons + 1) // 2)
            for pk, info in sorted(catalogue.items())
            if info.lessons and (courses is None or pk in courses)
        ],
        tracks=[(pk, info.track_id) for pk, info in sorted(catalogue.items()) if info.track_id],
        course_paths=[catalogue[pk].path for pk in (courses or []) if pk in catalogue],
        programmes=[
            (
                p.pk,
                sorted(p.course_ids & set(courses))
                if courses is not None
                else sorted(p.course_ids),
            )
            for p in sel.programmes
        ],
    )


def _period(p: Params, column: str) -> str:
    sql = ""
    if p.start:
        sql += f" AND {column} >= %(start)s"
    if p.end:
        sql += f" AND {column} < %(end)s"
    return sql


def _period_bool(p: Params, column: str) -> str:
    return "TRUE" + _period(p, column)


def _courses(p: Params, column: str = "course_id") -> str:
    return f" AND {column} = ANY(%(courses)s)" if p.courses is not None else ""


def _learners(p: Params, columns: str = "u.id") -> str:
    """The CTE of selected learners: the Learner role, the scope's countries, the cohort."""
    sql = (
        f"SELECT {columns} FROM accounts_user u "
        "JOIN accounts_user_groups ug ON ug.user_id = u.id AND ug.group_id = %(group)s WHERE TRUE"
    )
    if p.countries is not None:
        sql += " AND u.country = ANY(%(countries)s)"
    if p.programme is not None:
        sql += (
            " AND u.id IN (SELECT user_id FROM programmes_programmemembership"
            " WHERE programme_id = %(programme)s)"
        )
    return sql


def _values(rows: list[tuple[int, int]], names: str) -> str:
    if not rows:
        return f"(SELECT NULL::bigint, NULL::bigint WHERE FALSE) AS v({names})"
    return "(VALUES " + ", ".join(f"({a}, {b})" for a, b in rows) + f") AS v({names})"


def enrollment_sql(p: Params) -> str:
    begun = _period_bool(p, "e.enrolled_at")
    completed = f"e.completed_at IS NOT NULL{_period(p, 'e.completed_at')}"
    return f"""
WITH l AS ({_learners(p)})
SELECT count(*) FILTER (WHERE {begun}) AS enrollments,
       count(DISTINCT e.user_id) FILTER (WHERE {begun}) AS enrolled_learners,
       count(*) FILTER (WHERE {completed}) AS completions,
       count(DISTINCT e.user_id) FILTER (WHERE {completed}) AS completion_learners,
       count(*) FILTER (WHERE {begun} AND e.completed_at IS NOT NULL) AS begun_completed,
       count(DISTINCT e.user_id) FILTER (WHERE {begun} AND e.completed_at IS NOT NULL)
           AS begun_completed_learners,
       count(DISTINCT e.user_id) FILTER (WHERE e.last_activity_at >= %(active_from)s
           AND e.last_activity_at < %(reference)s) AS active_learners
FROM courses_enrollment e JOIN l ON l.id = e.user_id WHERE TRUE{_courses(p, "e.course_id")}"""


def lessons_sql(p: Params) -> str:
    return f"""
WITH l AS ({_learners(p)})
SELECT count(*), count(DISTINCT lp.user_id) FROM courses_lessonprogress lp
JOIN l ON l.id = lp.user_id
WHERE TRUE{_courses(p, "lp.course_id")}{_period(p, "lp.completed_at")}"""


def certificates_sql(p: Params) -> str:
    return f"""
WITH l AS ({_learners(p)})
SELECT count(*), count(DISTINCT c.user_id) FROM courses_certificate c
JOIN l ON l.id = c.user_id
WHERE c.revoked_at IS NULL{_courses(p, "c.course_id")}{_period(p, "c.issued_at")}"""


def quiz_sql(p: Params) -> str:
    where = ""
    if p.courses is not None:
        paths = " OR ".join(f"q.path LIKE '{path}%%'" for path in p.course_paths) or "FALSE"
        where = f" AND a.quiz_id IN (SELECT q.id FROM wagtailcore_page q WHERE {paths})"
    return f"""
WITH l AS ({_learners(p)})
SELECT count(*), count(DISTINCT a.user_id), count(*) FILTER (WHERE a.passed),
       count(DISTINCT a.user_id) FILTER (WHERE a.passed)
FROM courses_quizattempt a JOIN l ON l.id = a.user_id
WHERE a.submitted_at IS NOT NULL{where}{_period(p, "a.submitted_at")}"""


def median_sql(p: Params) -> str:
    return f"""
WITH l AS ({_learners(p)})
SELECT percentile_cont(0.5) WITHIN GROUP (
           ORDER BY EXTRACT(EPOCH FROM (e.completed_at - e.enrolled_at)) / 86400.0),
       count(DISTINCT e.user_id)
FROM courses_enrollment e JOIN l ON l.id = e.user_id
WHERE e.completed_at IS NOT NULL{_courses(p, "e.course_id")}{_period(p, "e.completed_at")}"""


def cube_sql(p: Params) -> str:
    """Learners by every profile field at once: the four measures of the period, and how far
    the period's registrations got in the selected courses (cumulative funnel stages)."""
    profile = (
        "country, region, sector, enterprise_size, owner_gender, export_stage, consent_statistics"
    )
    columns = "u.id, u.date_joined, " + ", ".join(f"u.{c.strip()}" for c in profile.split(","))
    funnel = ""
    stages = ["j"]
    for stage in ("enrolled", "started", "half_done", "completed", "certified"):
        stages.append(f"any_{stage}")
        funnel += f",\n       count(*) FILTER (WHERE {' AND '.join(stages)}) AS funnel_{stage}"
    return f"""
WITH l AS ({_learners(p, columns)}),
e AS (SELECT user_id, bool_or({_period_bool(p, "enrolled_at")}) AS enrolled,
             bool_or(completed_at IS NOT NULL{_period(p, "completed_at")}) AS completed,
             bool_or(completed_at IS NOT NULL) AS any_completed
      FROM courses_enrollment WHERE TRUE{_courses(p)} GROUP BY user_id),
lp AS (SELECT user_id, course_id, count(*) AS done
       FROM courses_lessonprogress WHERE TRUE{_courses(p)} GROUP BY user_id, course_id),
h AS (SELECT lp.user_id, bool_or(lp.done >= v.half) AS half
      FROM lp LEFT JOIN {_values(p.halves, "course_id, half")} ON v.course_id = lp.course_id
      GROUP BY lp.user_id),
c AS (SELECT user_id, bool_or(TRUE{_period(p, "issued_at")}) AS certified
      FROM courses_certificate WHERE revoked_at IS NULL{_courses(p)} GROUP BY user_id),
t AS (SELECT l.*, {_period_bool(p, "l.date_joined")} AS j,
             coalesce(e.enrolled, FALSE) AS enrolled, coalesce(e.completed, FALSE) AS completed,
             coalesce(c.certified, FALSE) AS certified,
             e.user_id IS NOT NULL AS any_enrolled, h.user_id IS NOT NULL AS any_started,
             coalesce(h.half, FALSE) AS any_half_done,
             coalesce(e.any_completed, FALSE) AS any_completed,
             c.user_id IS NOT NULL AS any_certified
      FROM l LEFT JOIN e ON e.user_id = l.id LEFT JOIN h ON h.user_id = l.id
      LEFT JOIN c ON c.user_id = l.id)
SELECT {profile},
       count(*) FILTER (WHERE j) AS registered,
       count(*) FILTER (WHERE enrolled) AS enrolled,
       count(*) FILTER (WHERE completed) AS completed,
       count(*) FILTER (WHERE certified) AS certified{funnel}
FROM t GROUP BY {profile}"""


def monthly_sql(p: Params) -> list[str]:
    month = "date_trunc('month', {0} AT TIME ZONE 'UTC')"
    learners = f"WITH l AS ({_learners(p, 'u.id, u.date_joined')}) "
    return [
        learners + f"SELECT {month.format('date_joined')}, count(*), count(DISTINCT id) FROM l "
        f"WHERE TRUE{_period(p, 'date_joined')} GROUP BY 1",
        f"WITH l AS ({_learners(p)}) SELECT {month.format('e.enrolled_at')}, count(*), "
        "count(DISTINCT e.user_id) FROM courses_enrollment e JOIN l ON l.id = e.user_id "
        f"WHERE TRUE{_courses(p, 'e.course_id')}{_period(p, 'e.enrolled_at')} GROUP BY 1",
        f"WITH l AS ({_learners(p)}) SELECT {month.format('e.completed_at')}, count(*), "
        "count(DISTINCT e.user_id) FROM courses_enrollment e JOIN l ON l.id = e.user_id "
        f"WHERE e.completed_at IS NOT NULL{_courses(p, 'e.course_id')}"
        f"{_period(p, 'e.completed_at')} GROUP BY 1",
        f"WITH l AS ({_learners(p)}) SELECT {month.format('c.issued_at')}, count(*), "
        "count(DISTINCT c.user_id) FROM courses_certificate c JOIN l ON l.id = c.user_id "
        f"WHERE c.revoked_at IS NULL{_courses(p, 'c.course_id')}{_period(p, 'c.issued_at')} "
        "GROUP BY 1",
    ]


def course_sql(p: Params, by_track: bool) -> list[str]:
    """Learners enrolled, completed and certified per course (or per track)."""
    key = "v.track_id" if by_track else "e.course_id"
    join = f" JOIN {_values(p.tracks, 'course_id, track_id')} ON v.course_id = e.course_id"
    cjoin = join.replace("e.course_id", "c.course_id")
    return [
        f"WITH l AS ({_learners(p)}) SELECT {key}, "
        f"count(DISTINCT e.user_id) FILTER (WHERE {_period_bool(p, 'e.enrolled_at')}), "
        "count(DISTINCT e.user_id) FILTER (WHERE e.completed_at IS NOT NULL"
        f"{_period(p, 'e.completed_at')}) "
        f"FROM courses_enrollment e JOIN l ON l.id = e.user_id{join if by_track else ''} "
        f"WHERE TRUE{_courses(p, 'e.course_id')} GROUP BY 1",
        f"WITH l AS ({_learners(p)}) SELECT {key.replace('e.', 'c.')}, "
        "count(DISTINCT c.user_id) FROM courses_certificate c JOIN l ON l.id = c.user_id"
        f"{cjoin if by_track else ''} WHERE c.revoked_at IS NULL AND c.course_id IS NOT NULL"
        f"{_courses(p, 'c.course_id')}{_period(p, 'c.issued_at')} GROUP BY 1",
    ]


def programme_sql(p: Params) -> str | None:
    if not p.programmes:
        return None
    programmes = ", ".join(
        f"({pk}, ARRAY[{', '.join(map(str, courses))}]::bigint[])" for pk, courses in p.programmes
    )
    return f"""
WITH l AS ({_learners(p)}),
pc(programme_id, courses) AS (VALUES {programmes}),
m AS (SELECT m.programme_id, m.user_id, pc.courses FROM programmes_programmemembership m
      JOIN pc ON pc.programme_id = m.programme_id JOIN l ON l.id = m.user_id),
e AS (SELECT m.programme_id, m.user_id,
             bool_or({_period_bool(p, "e.enrolled_at")}) AS enrolled,
             bool_or(e.completed_at IS NOT NULL{_period(p, "e.completed_at")}) AS completed
      FROM m JOIN courses_enrollment e ON e.user_id = m.user_id AND e.course_id = ANY(m.courses)
      GROUP BY 1, 2),
c AS (SELECT DISTINCT m.programme_id, m.user_id FROM m
      JOIN courses_certificate c ON c.user_id = m.user_id AND c.course_id = ANY(m.courses)
      WHERE c.revoked_at IS NULL{_period(p, "c.issued_at")})
SELECT m.programme_id, count(*), count(*) FILTER (WHERE e.enrolled),
       count(*) FILTER (WHERE e.completed), count(c.user_id)
FROM m LEFT JOIN e USING (programme_id, user_id) LEFT JOIN c USING (programme_id, user_id)
GROUP BY 1"""


def dashboard_statements(p: Params) -> dict[str, list[str]]:
    statements = {
        "enrollment_totals": [enrollment_sql(p)],
        "certificate_totals": [certificates_sql(p)],
        "lesson_totals": [lessons_sql(p)],
        "quiz_totals": [quiz_sql(p)],
        "median_days_to_complete": [median_sql(p)],
        "profile_cube": [cube_sql(p)],
        "monthly": monthly_sql(p),
        "by_track": course_sql(p, by_track=True),
        "by_course": course_sql(p, by_track=False),
    }
    if programme := programme_sql(p):
        statements["by_programme"] = [programme]
    return statements


def public_statements(p: Params) -> dict[str, list[str]]:
    """The public page's four figures for every country at once (GROUPING SETS), and overall."""
    sets = "GROUP BY GROUPING SETS ((l.country), ())"
    learners = f"WITH l AS ({_learners(p, 'u.id, u.date_joined, u.country')}) "
    completed = f"e.completed_at IS NOT NULL{_period(p, 'e.completed_at')}"
    return {
        "public": [
            learners + "SELECT l.country, count(*) FILTER "
            f"(WHERE {_period_bool(p, 'l.date_joined')}) FROM l {sets}",
            learners + "SELECT l.country, count(DISTINCT e.user_id) FILTER "
            f"(WHERE {_period_bool(p, 'e.enrolled_at')}), count(*) FILTER (WHERE {completed}), "
            f"count(DISTINCT e.user_id) FILTER (WHERE {completed}) "
            f"FROM courses_enrollment e JOIN l ON l.id = e.user_id {sets}",
            learners + "SELECT l.country, count(*), count(DISTINCT c.user_id) "
            "FROM courses_certificate c JOIN l ON l.id = c.user_id "
            f"WHERE c.revoked_at IS NULL{_period(p, 'c.issued_at')} {sets}",
        ]
    }


def run_sql(statements: dict[str, list[str]], values: dict) -> dict[str, list[list[tuple]]]:
    from django.db import connection

    results = {}
    with connection.cursor() as cursor:
        for name, sqls in statements.items():
            results[name] = []
            for sql in sqls:
                cursor.execute(sql, values)
                results[name].append(cursor.fetchall())
    return results


# --- Checking that both sides count the same ---------------------------------------------------


def _norm(value):
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def check_equal(sel, raw: dict[str, list[list[tuple]]]) -> None:
    """The hand-written SQL must give exactly what ``lms.reports.queries`` gives."""
    from lms.reports import queries

    def same(name, ours, theirs):
        if ours != theirs:
            raise BenchError(f"{name}: hand-written SQL {ours!r} != reports {theirs!r}")

    t = queries.enrollment_totals(sel)
    same("enrollment_totals", list(raw["enrollment_totals"][0][0]), list(t.values()))
    t = queries.certificate_totals(sel)
    same("certificate_totals", list(raw["certificate_totals"][0][0]), list(t.values()))
    t = queries.lesson_totals(sel)
    same("lesson_totals", list(raw["lesson_totals"][0][0]), list(t.values()))
    t = queries.quiz_totals(sel)
    same("quiz_totals", list(raw["quiz_totals"][0][0]), list(t.values()))
    median, learners = queries.median_days_to_complete(sel)
    row = raw["median_days_to_complete"][0][0]
    same("median", [_norm(row[0] and float(row[0])), row[1]], [_norm(median), learners])
    cube = sorted(tuple(g.values()) for g in queries.profile_cube(sel))
    same("profile_cube", sorted(raw["profile_cube"][0]), cube)
    monthly = queries.monthly(sel)
    for rows, key in zip(
        raw["monthly"], ("registrations", "enrollments", "completions", "certificates"), strict=True
    ):
        same(f"monthly {key}", {_norm(r[0]): (r[1], r[2]) for r in rows}, monthly[key])
    for name, function in (("by_course", queries.by_course), ("by_track", queries.by_track)):
        counts, certs = raw[name]
        ours = {r[0]: {"enrolled": r[1], "completed": r[2], "certified": 0} for r in counts}
        for key, certified in certs:
            ours.setdefault(key, {"enrolled": 0, "completed": 0})["certified"] = certified
        theirs = {
            key: {m: row[m] for m in ("enrolled", "completed", "certified")}
            for key, row in function(sel).items()
        }
        same(name, ours, theirs)
    if "by_programme" in raw:
        ours = {r[0]: list(r[1:]) for r in raw["by_programme"][0]}
        theirs = {
            pk: [row["members"], row["enrolled"], row["completed"], row["certified"]]
            for pk, row in queries.by_programme(sel).items()
        }
        same("by_programme", ours, theirs)


def check_public(raw: dict, countries: list[str], filters) -> None:
    from lms.reports import queries
    from lms.reports.scope import ReportScope

    registered, enrollments, certificates = raw["public"]
    by = {
        code: {
            "registered": next((r[1] for r in registered if r[0] == code), 0),
            "enrolled": next((r[1] for r in enrollments if r[0] == code), 0),
            "completions": next((list(r[2:]) for r in enrollments if r[0] == code), [0, 0]),
            "certificates": next((list(r[1:]) for r in certificates if r[0] == code), [0, 0]),
        }
        for code in [None, *countries]
    }
    for code in [None, *countries]:
        scope = ReportScope(countries=None if code is None else frozenset({code}))
        sel = queries.select(scope, filters)
        learners = queries.registered_total(sel)
        enrollments_ = queries.enrollment_totals(sel)
        certs = queries.certificate_totals(sel)
        theirs = {
            "registered": learners["registered"],
            "enrolled": enrollments_["enrolled_learners"],
            "completions": [enrollments_["completions"], enrollments_["completion_learners"]],
            "certificates": [certs["certificates"], certs["certificate_learners"]],
        }
        if by[code] != theirs:
            raise BenchError(f"public totals for {code or 'all'}: {by[code]} != {theirs}")


# --- Timing ---------------------------------------------------------------------------------


@dataclass
class Surface:
    key: str
    label: str
    report_ms: list[float] = field(default_factory=list)
    sql_ms: list[float] = field(default_factory=list)
    queries: int = 0
    sql_statements: int = 0
    slowest: str = ""

    @property
    def report(self) -> float:
        return statistics.median(self.report_ms)

    @property
    def sql(self) -> float:
        return statistics.median(self.sql_ms)

    @property
    def ratio(self) -> float:
        return self.report / self.sql if self.sql else 0.0


def cancelled(error: Exception) -> bool:
    """Whether a database error is the statement timeout cancelling a query."""
    return "canceling statement due to statement timeout" in str(error)


def timed(function) -> float:
    """Milliseconds ``function`` takes; infinity when the statement timeout cancels it."""
    from django.db import DatabaseError, transaction

    started = time.perf_counter()
    try:
        with transaction.atomic():
            function()
    except DatabaseError as error:
        if not cancelled(error):
            raise
        return math.inf
    return (time.perf_counter() - started) * 1000


def slowest_query(function) -> tuple[int, str, bool]:
    """How many queries ``function`` runs, and the slowest one: its time, the start of its
    SQL and, from EXPLAIN, how many of its subqueries PostgreSQL runs once per row (a
    SubPlan not hashed) rather than once (hashed)."""
    from django.db import DatabaseError, connection, transaction
    from django.test.utils import CaptureQueriesContext

    was_cancelled = False
    with CaptureQueriesContext(connection) as captured:
        try:
            with transaction.atomic():
                function()
        except DatabaseError as error:
            if not cancelled(error):
                raise
            was_cancelled = True
    # Only statements that read (on tiny data a COMMIT or SAVEPOINT can be the slowest).
    reads = [
        q
        for q in captured.captured_queries
        if q["sql"].lstrip().upper().startswith(("SELECT", "WITH"))
    ]
    ranked = sorted(reads, key=lambda q: -float(q["time"]))
    top = ranked[0]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (VERBOSE) " + top["sql"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    # VERBOSE names each use of a subquery in the expressions: "(hashed SubPlan 3)" builds a
    # hash table once, "(SubPlan 3)" runs the subquery again for every row.
    hashed = len(set(re.findall(r"hashed SubPlan (\d+)", plan)))
    per_row = len(set(re.findall(r"(?<!hashed )SubPlan (\d+)\)", plan)))
    subplans = f" [EXPLAIN: {per_row} SubPlans run per row, {hashed} hashed]" if per_row else ""
    took = "cancelled" if was_cancelled else f"{float(top['time']) * 1000:.0f} ms"
    return len(captured), f"{took}{subplans}: {top['sql'][:140]}…", was_cancelled


def measure(options) -> tuple[list[Surface], dict]:
    import django

    django.setup()
    from django.db import DatabaseError, connection

    from lms.demo.programmes import EXPORT_PROGRAMME
    from lms.programmes.models import Programme
    from lms.reports import queries
    from lms.reports.filters import ReportFilters
    from lms.reports.public import national_totals, public_countries
    from lms.reports.scope import ReportScope
    from lms.reports.services import build_report

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM courses_enrollment")
        (enrollments,) = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM accounts_user")
        (users,) = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM courses_lessonprogress")
        (progress,) = cursor.fetchone()
        cursor.execute("SHOW server_version")
        (pg_version,) = cursor.fetchone()
    programme = Programme.objects.get(name=EXPORT_PROGRAMME)
    today = dt.date.today()
    last = dt.date(today.year, today.month, 1) - dt.timedelta(days=1)  # the last whole month
    first = dt.date(last.year, last.month, 1)
    for _ in range(5):
        first = dt.date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    month_range = ReportFilters(month_from=first, month_to=dt.date(last.year, last.month, 1))
    everything = ReportScope(countries=None)
    cases = [
        ("all", "dashboard, every country (site admin)", everything, ReportFilters()),
        ("country", "dashboard, an analyst scoped to Kenya", ReportScope(frozenset({"KE"})),
         ReportFilters()),
        ("programme", f"dashboard, programme “{programme.name}”", everything,
         ReportFilters(programme_id=programme.pk)),
        ("months", f"dashboard, {first:%Y-%m} to {last:%Y-%m}", everything, month_range),
    ]  # fmt: skip
    surfaces = []
    plans = []
    unchecked: list[str] = []
    with connection.cursor() as cursor:
        if options.work_mem:
            cursor.execute("SELECT set_config('work_mem', %s, false)", [options.work_mem])
        cursor.execute("SELECT set_config('statement_timeout', %s, false)", [f"{options.timeout}s"])
        cursor.execute("SHOW work_mem")
        (work_mem,) = cursor.fetchone()
    for key, label, scope, filters in cases:
        sel = queries.select(scope, filters)
        p = params_for(sel)
        statements = dashboard_statements(p)
        step(f"{label}: checking the hand-written SQL against lms.reports.queries")
        try:
            raw = run_sql(statements, p.values())
        except DatabaseError as error:
            raise BenchError(f"{label}: the hand-written SQL itself was cancelled") from error
        surface = Surface(key, label)
        surface.sql_statements = sum(len(s) for s in statements.values())
        # The check runs the reports' own queries: if one is cancelled, so would every
        # build_report be, and the check's slowest query is the one to read.
        _n, slow, was_cancelled = slowest_query(lambda s=sel, r=raw: check_equal(s, r))
        if was_cancelled:
            unchecked.append(label)
            surface.slowest, surface.report_ms = slow, [math.inf]
        else:
            surface.queries, surface.slowest, _c = slowest_query(
                lambda s=scope, f=filters: build_report(s, f)
            )
        plans.append((surface, statements, p))
        surfaces.append(surface)
    countries = public_countries()
    public_filters = ReportFilters()
    sel = queries.select(everything, public_filters)
    public_params = params_for(sel)
    public_raw = run_sql(public_statements(public_params), public_params.values())
    step("public national totals: checking the hand-written SQL")
    public = Surface("public", f"public national totals (overall + {len(countries)} countries)")
    public.sql_statements = 3
    _n, slow, was_cancelled = slowest_query(
        lambda: check_public(public_raw, countries, public_filters)
    )
    if was_cancelled:
        unchecked.append(public.label)
        public.slowest, public.report_ms = slow, [math.inf]
    else:
        public.queries, public.slowest, _c = slowest_query(lambda: national_totals(public_filters))
    surfaces.append(public)

    for number in range(1, options.repeat + 1):
        step(f"round {number}/{options.repeat}")
        for (surface, statements, p), (_k, _l, scope, filters) in zip(plans, cases, strict=True):
            if surface.report_ms and math.isinf(surface.report_ms[-1]):
                surface.report_ms.append(math.inf)  # cancelled once: not worth the wait again
            else:
                surface.report_ms.append(timed(lambda s=scope, f=filters: build_report(s, f)))
            values = p.values()
            surface.sql_ms.append(timed(lambda st=statements, v=values: run_sql(st, v)))
        if public.report_ms and math.isinf(public.report_ms[-1]):
            public.report_ms.append(math.inf)
        else:
            public.report_ms.append(timed(lambda: national_totals(public_filters)))
        public.sql_ms.append(
            timed(lambda: run_sql(public_statements(public_params), public_params.values()))
        )
    facts = {
        "enrollments": enrollments,
        "users": users,
        "progress": progress,
        "postgres": pg_version.split()[0],
        "work_mem": work_mem,
        "unchecked": unchecked,
    }
    return surfaces, facts


@dataclass
class PageTiming:
    label: str
    url: str
    ms: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.ms)


def measure_pages(options) -> tuple[list[PageTiming], dict]:
    """Count the prepared reports as the beat task does, then time the pages analysts open
    (a whole request through Django's test client: middleware, session, cache, template)."""
    from django.core.cache import cache
    from django.test import Client, override_settings

    from lms.accounts.models import User
    from lms.demo.programmes import EXPORT_PROGRAMME
    from lms.programmes.models import Programme
    from lms.reports import prepared

    last = cache.get(prepared.LAST_RUN_KEY) if options.reuse_prepared else None
    if last:
        step(f"prepare_reports: reusing the last run's {last['reports']} reports")
        prepare = {"seconds": last["seconds"], "reports": last["reports"]}
    else:
        step("prepare_reports: counting the prepared reports (what beat runs every hour)")
        started = time.monotonic()
        result = prepared.prepare_all()
        prepare = {"seconds": time.monotonic() - started, "reports": result["reports"]}
    # Static files unhashed (no collectstatic for a timing of the views): the manifest's
    # lookup is one dict access either way.
    plain_static = override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    )
    plain_static.enable()
    admin = User.objects.filter(email="bench-admin@example.org").first()
    if admin is None:
        admin = User.objects.create_superuser("bench-admin@example.org")
    analyst = User.objects.get(email="analyst@example.org")
    programme = Programme.objects.get(name=EXPORT_PROGRAMME)
    pages = [
        (admin, PageTiming("dashboard, every country (site admin)", "/admin/reports/")),
        (analyst, PageTiming("dashboard, the demo analyst (Kenya and Rwanda)", "/admin/reports/")),
        (analyst, PageTiming("dashboard, the analyst's country filter: Kenya",
                             "/admin/reports/?country=KE")),
        (admin, PageTiming(f"dashboard, programme “{programme.name}”",
                           f"/admin/reports/?programme={programme.pk}")),
        (analyst, PageTiming("admin home with the reports panel (analyst)", "/admin/")),
        (None, PageTiming("public national totals", "/reports/national/")),
    ]  # fmt: skip
    clients = {}
    for user, page in pages:
        client = clients.get(user)
        if client is None:
            client = clients[user] = Client(HTTP_HOST="127.0.0.1")
            if user is not None:
                client.force_login(user)
        response = client.get(page.url, secure=True)  # warm-up, and the check
        html = response.content.decode()
        if response.status_code != 200 or "being counted" in html:
            raise BenchError(f"{page.url}: {response.status_code}, not a prepared report")
        if "/admin/reports/" in page.url and "Counted ahead of time" not in html:
            raise BenchError(f"{page.url}: the page did not show a prepared report")
    for number in range(1, options.repeat + 1):
        step(f"pages, round {number}/{options.repeat}")
        for user, page in pages:
            page.ms.append(timed(lambda c=clients[user], u=page.url: c.get(u, secure=True)))
    plain_static.disable()
    return [page for _user, page in pages], prepare


def versions() -> dict[str, str]:
    from importlib.metadata import version

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": version("wagtail"),
        "cpu": cpu,
        "nproc": str(os.cpu_count()),
    }


def report(surfaces: list[Surface], facts: dict, options, started: dt.datetime) -> str:
    lines = [
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `make bench-reports` "
        f"({facts['enrollments']:,} enrollments, {facts['users']:,} users, "
        f"{facts['progress']:,} lessons completed; median of {options.repeat} runs after a "
        "warm-up, the two sides interleaved).",
        "",
        "| report | `build_report` ms | hand-written SQL ms | ratio | queries (SQL statements) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]

    def ms(value: float) -> str:
        return f"> {options.timeout * 1000} (cancelled)" if math.isinf(value) else f"{value:.0f}"

    for s in surfaces:
        ratio = "—" if math.isinf(s.ratio) else f"{s.ratio:.2f}"
        lines.append(
            f"| {s.label} | {ms(s.report)} | {ms(s.sql)} | {ratio} | "
            f"{s.queries or '—'} ({s.sql_statements}) |"
        )
    prepare = facts["prepare"]
    lines += [
        "",
        "Pages as analysts open them, once `prepare_reports` (beat, every "
        f"REPORT_PREPARE_MINUTES) has counted the {prepare['reports']} prepared reports, "
        f"which took {prepare['seconds']:.0f} s: a whole request through Django's test client "
        "(middleware, session, cache, template), median of the timed runs.",
        "",
        "| page | ms |",
        "| --- | ---: |",
        *(f"| {page.label} | {page.median:.0f} |" for page in facts["pages"]),
        "",
        "Against the goals (counting within 1.5× of hand-written SQL; the dashboard under 1 s):",
        "",
    ]
    for s in surfaces:
        verdict = "**met**" if s.ratio <= GOAL_RATIO else "**not met**"
        ratio = "no ratio" if math.isinf(s.ratio) else f"{s.ratio:.2f}×"
        lines.append(f"- counting, {s.label}: {ratio} — {verdict}")
    for page in facts["pages"]:
        verdict = "**met**" if page.median < GOAL_DASHBOARD_MS else "**not met**"
        lines.append(f"- {page.label}: {page.median:.0f} ms — {verdict}")
    lines += ["", "Slowest query of each report (its time in the query-count run):", ""]
    for s in surfaces:
        lines.append(f"- {s.key}: {s.slowest.replace('|', '/')}")
    lines += [
        "",
        "Every figure of the hand-written SQL was checked equal to `lms.reports.queries` "
        "before timing"
        + (
            f", except where the reports' queries were cancelled: {', '.join(facts['unchecked'])}."
            if facts["unchecked"]
            else "."
        ),
        "",
        f"PostgreSQL work_mem {facts['work_mem']}, statement timeout {options.timeout} s; "
        "the database was VACUUM ANALYZEd after loading.",
        "",
        f"Machine: nproc {facts['nproc']}, {facts['cpu']}; Python {facts['python']}, "
        f"Django {facts['django']}, Wagtail {facts['wagtail']}, PostgreSQL {facts['postgres']} "
        f"on 127.0.0.1. Other processes kept {facts['background']} of the CPU busy just before "
        "the timing.",
        "",
        f"Command: `make bench-reports` (`python bench/reports.py --enrollments "
        f"{options.enrollments} --repeat {options.repeat}`).",
    ]
    return "\n".join(lines)


def write_doc(block: str) -> None:
    write_section(DOC, START_MARK, END_MARK, "Reports on 1,000,000 enrollments", block)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enrollments", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per surface (1-50)")
    parser.add_argument("--database", default=DB_NAME, help=f"database name ({DB_NAME})")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="use an existing database as it is (no migrate, no generation); keep it after",
    )
    parser.add_argument("--keep", action="store_true", help="do not drop the database after")
    parser.add_argument(
        "--reuse-prepared",
        action="store_true",
        help="time the pages on the prepared reports an earlier run left in Redis, with its "
        "counting time, instead of counting them again",
    )
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/performance.md")
    parser.add_argument(
        "--work-mem", default="", help="PostgreSQL work_mem for the run (default: the server's)"
    )
    parser.add_argument(
        "--timeout", type=int, default=300, help="seconds before a statement is cancelled"
    )
    options = parser.parse_args(argv)
    if not 1 <= options.repeat <= 50 or options.enrollments < 1000:
        parser.error("--repeat must be 1-50 and --enrollments at least 1000")
    return options


def main(argv=None) -> int:
    options = parse_args(argv)
    started = dt.datetime.now(dt.UTC)
    clock = time.monotonic()
    base_url = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432").rstrip(
        "/"
    )
    scratch = Path(tempfile.mkdtemp(prefix="gga-bench-reports-"))
    from courses.openbadges.keys import ensure_key_file

    key_file = ensure_key_file(scratch / "keys" / "openbadges.pem")
    env = environment(f"{base_url}/{options.database}", str(key_file))
    os.environ.update(env)
    keep = options.reuse or options.keep
    created = False
    try:
        reuse = options.reuse and database_exists(base_url, options.database)
        if not reuse:
            step(f"create the database {options.database} at {base_url}")
            # From bench-smoke's template when it names one (migrated, the demo loaded), where
            # migrate has nothing to do but pay a Django start-up (15 s on a busy machine).
            recreate_database(base_url, options.database)
            created = True
            if not os.environ.get(TEMPLATE_ENV):
                manage(env, "migrate", "--noinput", "-v0")
            manage(env, "load_demo", "--learners", "0", "--force")  # production settings
        import psycopg

        if not reuse:
            manage(env, "generate_report_data", "--enrollments", str(options.enrollments))
            step("VACUUM ANALYZE (what autovacuum does for a live database)")
            with psycopg.connect(f"{base_url}/{options.database}", autocommit=True) as conn:
                conn.execute("VACUUM ANALYZE")
        else:  # as it is: migrated, loaded and vacuumed by an earlier run
            step("ANALYZE")
            with psycopg.connect(f"{base_url}/{options.database}", autocommit=True) as conn:
                conn.execute("ANALYZE")
        busy = cpu_busy()
        # The pages first: they need django set up, and are the quicker half to fail.
        import django

        django.setup()
        pages, prepare = measure_pages(options)
        surfaces, facts = measure(options)
        facts["pages"], facts["prepare"] = pages, prepare
        facts["background"] = "unknown" if busy is None else f"{busy:.0%}"
        facts.update(versions())
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        if created and not keep:
            try:
                postgres_admin(
                    base_url, [f'DROP DATABASE IF EXISTS "{options.database}" WITH (FORCE)']
                )
            except Exception as exc:  # noqa: BLE001 - report, keep the original error
                say(f"could not drop the database {options.database}: {exc}")
        shutil.rmtree(scratch, ignore_errors=True)

    block = report(surfaces, facts, options, started)
    say()
    say(block)
    if not options.no_doc:
        write_doc(block)
        say(f"\nWritten to {DOC.relative_to(ROOT)}.")
    say(f"\nTook {time.monotonic() - clock:.0f} s.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        sys.stderr.write(f"bench-reports failed: {error}\n")
        sys.exit(1)
