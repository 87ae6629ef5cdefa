"""``make bench``: requests/s and p95 latency of real pages, served by gunicorn on PostgreSQL.

One run, start to end, on this machine only:

1. create a fresh PostgreSQL database (``gga_bench``; dropped first if it exists);
2. with ``bench.settings`` (production settings over plain HTTP, plus the ``bench.baseline``
   app): migrate, ``load_demo``, the data profile (``manage.py make_profile M`` unless
   ``--profile`` says otherwise: 10,000 learners beside the demo's, so the measured pages read
   tables of a real platform's size), publish a bare Wagtail page under the home page, and
   collectstatic into a temporary folder (linked from the last run's output when no static
   input changed, bench/static.py);
3. the baseline, built in subprocesses while step 2 runs: a stock Wagtail site made by
   ``wagtail start`` in a temporary folder, with its own settings and its own database
   ``gga_bench_stock`` (bench/stock.py);
4. count the SQL queries of each measured page with Django's test client;
5. start ``gunicorn lms.wsgi`` and the stock site's gunicorn on 127.0.0.1 (free ports, 2 sync
   workers each), sign the demo learner in over HTTP, warm every page up, then load each page
   for a bounded time, in interleaved rounds, with ``wrk`` (p95 from a Lua ``done()`` hook)
   or, without wrk, a threaded Python client;
6. stop both, drop both databases, print a markdown table, write it into docs/performance.md
   between ``<!-- bench:start -->`` and ``<!-- bench:end -->`` and the figures into
   docs/performance-pages.json, which the next run compares against (a ratio more than 20%
   below the last recorded one is flagged as a regression).

Every loop is bounded in count and time and only 127.0.0.1 is ever targeted. Options:
``--duration`` (seconds per page, 15), ``--warmup`` (seconds of load on each page first, 3),
``--rounds`` (interleaved rounds the duration is split into, 3), ``--concurrency``
(connections, 8), ``--loadgen`` (auto, wrk or python), ``--no-doc`` (do not touch
docs/performance.md), ``--show-sql`` (print each page's SQL), ``--pages`` (only
these pages beside the baselines, e.g. ``--pages lesson,dashboard``; implies ``--no-doc``),
``--profile`` (the data profile the pages run on: ``demo`` for ``load_demo`` alone, ``S`` or
``M``, the default; the measured learner is the demo learner in every profile).
PostgreSQL is reached at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432);
BENCH_DB_SUFFIX is added to the databases' names, so that two people on one machine do not
drop each other's.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import datetime as dt
import http.client
import json
import math
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
RESULTS_FILE = ROOT / "docs" / "performance-pages.json"
if str(ROOT) not in sys.path:  # run as a script: bench/ is on the path, the project is not
    sys.path.insert(0, str(ROOT))

from bench import stock  # noqa: E402
from bench.database import postgres_admin  # noqa: E402 - re-exported to the other benches
from bench.doc import write_section  # noqa: E402
from bench.static import collectstatic  # noqa: E402

BASELINES = {"stock", "bare"}  # always measured: the ratios and the start-up check need them
REGRESSION = 0.20  # a ratio this much below the last recorded run is flagged
START_MARK, END_MARK = "<!-- bench:start -->", "<!-- bench:end -->"

HOST = "127.0.0.1"  # the only address this script ever sends requests to
DB_NAME = "gga_bench" + os.environ.get("BENCH_DB_SUFFIX", "")
# The Redis database the measured site caches in when the caller names no REDIS_URL, as
# production does (emptied before and after the run); local memory only without a Redis.
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", f"redis://{HOST}:6379/12")
COURSE_SLUG = "pricing-with-incoterms"
LEARNER = "learner@example.org"
BARE_SLUG = "bench-bare-page"

MARKET_SLUG = "european-union"

#: The data profiles the pages can be measured on (``--profile``): ``demo`` is ``load_demo``
#: alone; the others add ``manage.py make_profile`` (lms.demo.profiles) on top of it.
PROFILES = {
    "demo": "load_demo alone (the demo accounts and a few hundred synthetic learners)",
    "S": "load_demo, then make_profile S (1,000 more learners, about 10,000 enrollments)",
    "M": "load_demo, then make_profile M (10,000 more learners, about 100,000 enrollments)",
}
DEFAULT_PROFILE = "M"

# Targets from the performance issue, as ratios of the stock Wagtail site's home page's
# requests/s (None: measured, no target).
TARGET_SIGNED_IN = 0.8
TARGET_MY_LEARNING = 0.5
TARGET_ANONYMOUS = 1.0  # to beat, which needs caching

SERVER_START_TIMEOUT = 180  # seconds; on a busy CI machine the workers take over a minute
WARMUP_SECONDS = 3
MAX_REQUESTS_PER_RUN = 500_000  # the Python client's hard cap, whatever the duration


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def step(text: str) -> None:
    say(f"[bench {time.strftime('%H:%M:%S')}] {text}")


class BenchError(Exception):
    """A step failed; the message says which and why."""


# --- Results ------------------------------------------------------------------------------


@dataclass
class Target:
    key: str
    label: str
    path: str
    signed_in: bool = False
    target: float | None = None  # the ratio to the stock site this page must reach
    stock: bool = False  # served by the stock Wagtail site, not ours
    cookie: str = ""
    port: int = 0
    queries: int | None = None
    sql: list[str] = field(default_factory=list)


@dataclass
class Result:
    """One page's measurement: completed requests, a latency histogram (µs -> count), errors.

    wrk's histogram includes the samples wrk adds to correct for coordinated omission, so it
    may hold more entries than ``requests``; its percentiles are the ones wrk reports.
    """

    seconds: float = 0.0
    requests: int = 0
    histogram: Counter[int] = field(default_factory=Counter)
    non200: int = 0
    errors: int = 0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def merge(self, other: Result) -> Result:
        return Result(
            self.seconds + other.seconds,
            self.requests + other.requests,
            self.histogram + other.histogram,
            self.non200 + other.non200,
            self.errors + other.errors,
        )

    def percentile_ms(self, pct: float) -> float:
        """Nearest-rank percentile of every recorded latency, in milliseconds."""
        rank = math.ceil(pct / 100 * sum(self.histogram.values()))
        seen = 0
        for value in sorted(self.histogram):
            seen += self.histogram[value]
            if seen >= rank:
                return value / 1000
        return 0.0


# --- Environment and database ---------------------------------------------------------------


def bench_environment(database_url: str, static_root: str, port: int) -> dict[str, str]:
    from courses.openbadges.keys import ensure_key_file

    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SECRET_KEY": secrets.token_urlsafe(64),
            # Production refuses to start without a signing key: a throwaway one, next to
            # (not inside) STATIC_ROOT, which WhiteNoise serves.
            "OPENBADGES_KEY_FILE": str(ensure_key_file(Path(f"{static_root}-key") / "bench.pem")),
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "DATABASE_URL": database_url,
            "SECURE_SSL_REDIRECT": "false",
            "SITE_URL": f"http://{HOST}:{port}",
            "LOG_LEVEL": "WARNING",
            "BENCH_STATIC_ROOT": static_root,
            # Production refuses to start without these; bench/settings.py keeps the page
            # bench's embedded cache and eager tasks unless the caller names a Redis.
            "REDIS_URL": env.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
            "BENCH_EMBEDDED_SERVICES": "" if env.get("REDIS_URL") else "1",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        }
    )
    return env


def empty_redis(url: str) -> bool:
    """Empty the bench's own Redis database; False when no Redis answers there."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except redis.RedisError:
        return False
    return True


def bench_redis() -> str:
    """BENCH_REDIS_URL, emptied, when a Redis answers there; else "" (local memory)."""
    return BENCH_REDIS_URL if empty_redis(BENCH_REDIS_URL) else ""


def create_database(base_url: str) -> None:
    from bench.database import recreate_database

    recreate_database(base_url, DB_NAME)


def drop_database(base_url: str) -> None:
    postgres_admin(
        base_url,
        [
            f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)',
            f'DROP DATABASE IF EXISTS "{stock.DB_NAME}" WITH (FORCE)',
        ],
    )


def cpu_busy(seconds: float = 2.0) -> float | None:
    """Share of all cores busy over ``seconds`` (from /proc/stat), or None off Linux."""

    def sample():
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields), idle

    try:
        total_before, idle_before = sample()
        time.sleep(seconds)
        total_after, idle_after = sample()
    except (OSError, ValueError, IndexError):
        return None
    total = total_after - total_before
    return 1 - (idle_after - idle_before) / total if total else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# --- In-process Django: build the site, count queries ------------------------------------------


def build_site(profile: str = DEFAULT_PROFILE) -> tuple[list[Target], dict[str, str]]:
    """Migrate, load the demo and the data ``profile``, publish the bare page, collectstatic.
    Returns the targets and what the report says about the data."""
    import io

    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Site

    from bench.baseline.models import BarePage
    from courses import services
    from courses.models import Certificate, CoursePage, Enrollment, LessonProgress

    step("migrate")
    call_command("migrate", interactive=False, verbosity=0)
    step("load_demo")
    call_command("load_demo", force=True, stdout=io.StringIO())  # production settings
    profile_rows = ""
    if profile != "demo":
        step(f"make_profile {profile}")
        out = io.StringIO()
        call_command("make_profile", profile, stdout=out)
        lines = out.getvalue().strip().splitlines()
        profile_rows = lines[-1].rstrip(".") if lines else ""
    step("publish the bare Wagtail page and collectstatic")
    home = Site.objects.get(is_default_site=True).root_page
    bare = BarePage(title="Bare Wagtail page", slug=BARE_SLUG)
    home.add_child(instance=bare)
    bare.save_revision().publish()
    collectstatic(say)

    course = CoursePage.objects.live().get(slug=COURSE_SLUG)
    lessons = services.course_outline(course).lessons
    if not lessons:
        raise BenchError(f"the course {COURSE_SLUG} has no live lesson")
    lesson = lessons[0]
    certificate = Certificate.objects.filter(user__email=LEARNER, revoked_at=None).first()
    if certificate is None:
        raise BenchError(f"{LEARNER} holds no valid certificate after load_demo")
    # The measured learner is the demo learner whatever the profile: enrolled in the course,
    # part-way through it.
    enrollment = Enrollment.objects.filter(user__email=LEARNER, course=course).first()
    if enrollment is None or not enrollment.is_active:
        raise BenchError(f"{LEARNER} is not actively enrolled in {COURSE_SLUG}")
    done = LessonProgress.objects.filter(user__email=LEARNER, course=course).count()
    learners = Enrollment.objects.filter(course=course).count()
    targets = [
        Target("stock", "stock Wagtail site, home page (baseline)", "/", stock=True),
        Target("home", "home page, anonymous", "/", target=TARGET_ANONYMOUS),
        Target("course", "course page, anonymous", course.get_url(), target=TARGET_ANONYMOUS),
        Target(
            "verify", "certificate verify, anonymous", f"/certificates/verify/{certificate.code}/"
        ),
        Target("bare", "bare page inside our site", bare.get_url()),
        Target("lesson", "first lesson", lesson.get_url(), signed_in=True, target=TARGET_SIGNED_IN),
        Target(
            "outline", "course outline", course.get_url(), signed_in=True, target=TARGET_SIGNED_IN
        ),
        Target(
            "checklist",
            "toolkit market checklist",
            f"/toolkit/markets/{MARKET_SLUG}/",
            signed_in=True,
            target=TARGET_SIGNED_IN,
        ),
        Target(
            "dashboard", "My learning", "/dashboard/", signed_in=True, target=TARGET_MY_LEARNING
        ),
    ]
    facts = {
        "lesson_is_preview": "yes" if lesson.is_preview else "no",
        "profile": profile,
        "profile_rows": profile_rows,
        "lessons_done": str(done),
        "course_learners": str(learners),
    }
    return targets, facts


def count_queries(targets: list[Target]) -> None:
    """SQL queries per request, with the test client on the same database and settings."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from lms.accounts.models import User
    from lms.demo.accounts import DEMO_PASSWORD

    anonymous = Client(HTTP_HOST=HOST)
    learner = Client(HTTP_HOST=HOST)
    if not learner.login(email=LEARNER, password=DEMO_PASSWORD):
        raise BenchError(f"the test client could not sign in {LEARNER}")
    if not User.objects.filter(email=LEARNER).exists():
        raise BenchError(f"{LEARNER} is missing after load_demo")
    for target in targets:
        if target.stock:
            continue  # counted in the stock site's own process (bench/stock.py)
        client = learner if target.signed_in else anonymous
        for _ in range(3):  # two to warm the caches up, the last one counts
            with CaptureQueriesContext(connection) as captured:
                response = client.get(target.path)
            if response.status_code != 200:
                raise BenchError(f"{target.path} answered {response.status_code} to the client")
        target.queries = len(captured)
        target.sql = [query["sql"] for query in captured.captured_queries]


def database_facts() -> dict[str, str]:
    from django.conf import settings
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (pg_version,) = cursor.fetchone()
    return {
        "postgres": pg_version.split()[0],
        "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
    }


def close_django_connections() -> None:
    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()


# --- HTTP helpers (loopback only) -------------------------------------------------------------


def http_request(port: int, method: str, path: str, headers=None, body=None, timeout=30):
    """One request to 127.0.0.1:port; returns (status, headers, body text)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.msg, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def cookies_from(headers) -> dict[str, str]:
    jar = SimpleCookie()
    for value in headers.get_all("Set-Cookie") or []:
        jar.load(value)
    return {name: morsel.value for name, morsel in jar.items()}


def wait_until_serving(port: int, path: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchError(f"gunicorn exited with code {server.returncode} while starting")
        try:
            status, _, _ = http_request(port, "GET", path, timeout=5)
        except OSError:
            time.sleep(0.25)
            continue
        if status == 200:
            return
        raise BenchError(f"{path} answered {status} when gunicorn came up")
    raise BenchError(f"gunicorn did not answer within {SERVER_START_TIMEOUT} s")


def sign_in(port: int, email: str, password: str) -> str:
    """Sign in through allauth's form like a browser; returns the Cookie header to send."""
    status, headers, html = http_request(port, "GET", "/accounts/login/")
    if status != 200:
        raise BenchError(f"GET /accounts/login/ answered {status}")
    cookies = cookies_from(headers)
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if "csrftoken" not in cookies or match is None:
        raise BenchError("the login page set no CSRF cookie or token")
    form = urllib.parse.urlencode(
        {"login": email, "password": password, "csrfmiddlewaretoken": match.group(1)}
    )
    status, headers, _ = http_request(
        port,
        "POST",
        "/accounts/login/",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookies['csrftoken']}",
        },
        body=form,
    )
    cookies.update(cookies_from(headers))
    if status != 302 or "sessionid" not in cookies:
        raise BenchError(f"signing in {email} answered {status} without a session cookie")
    return "; ".join(f"{name}={cookies[name]}" for name in ("csrftoken", "sessionid"))


def check_page(target: Target) -> None:
    headers = {"Cookie": target.cookie} if target.cookie else {}
    status, _, html = http_request(target.port, "GET", target.path, headers=headers)
    if status != 200:
        raise BenchError(f"{target.path} answered {status} before the run")
    signed_in = "Sign out" in html
    if signed_in != bool(target.cookie):
        state = "signed in" if signed_in else "anonymous"
        raise BenchError(f"{target.path} rendered as {state}, not as expected")


# --- Load generators ------------------------------------------------------------------------

WRK_SCRIPT = """
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  non200 = 0
end
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + (thread:get("non200") or 0) end
  local e = summary.errors
  io.write(string.format("BENCH duration_us=%d requests=%d non200=%d errors=%d\\n",
    summary.duration, summary.requests, bad, e.connect + e.read + e.write + e.timeout))
  -- the whole latency histogram, so runs can be merged and any percentile computed exactly
  local buckets = {}
  for i = 1, #latency do
    local value, count = latency(i)
    buckets[#buckets + 1] = string.format("%d:%d", value, count)
  end
  io.write("BENCHHIST " .. table.concat(buckets, ",") .. "\\n")
end
"""


def ensure_wrk() -> str | None:
    """wrk's path; installs Debian's package when missing and running as root."""
    found = shutil.which("wrk")
    if found or os.environ.get("BENCH_NO_INSTALL"):
        return found
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        say("wrk is not installed (Debian: apt-get install -y wrk); using the Python client.")
        return None
    step("wrk is missing: apt-get install -y wrk")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "timeout": 300}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [apt, "install", "-y", "-qq", "wrk"]
    if subprocess.run(install, env=env, check=False, **quiet).returncode != 0:  # noqa: S603
        subprocess.run([apt, "update", "-qq"], env=env, check=False, **quiet)  # noqa: S603
        subprocess.run(install, env=env, check=False, **quiet)  # noqa: S603
    found = shutil.which("wrk")
    if found is None:
        say("Could not install wrk; using the Python client.")
    return found


def run_wrk(wrk: str, script: Path, target: Target, seconds: int, conns: int):
    command = [wrk, "-t1", f"-c{conns}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script)]
    if target.cookie:
        command += ["-H", f"Cookie: {target.cookie}"]
    command.append(f"http://{HOST}:{target.port}{target.path}")
    done = subprocess.run(  # noqa: S603
        command, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    summary = re.search(
        r"^BENCH duration_us=(\d+) requests=(\d+) non200=(\d+) errors=(\d+)$", done.stdout, re.M
    )
    histogram = re.search(r"^BENCHHIST ([\d:,]*)$", done.stdout, re.MULTILINE)
    if done.returncode != 0 or summary is None or histogram is None:
        raise BenchError(f"wrk failed on {target.path}: {done.stderr.strip() or done.stdout}")
    counts: Counter[int] = Counter()
    for pair in filter(None, histogram.group(1).split(",")):
        value, count = pair.split(":")
        counts[int(value)] += int(count)
    duration, requests, non200, errors = (int(group) for group in summary.groups())
    return Result(duration / 1e6, requests, counts, non200, errors)


def run_python(target: Target, seconds: int, conns: int) -> Result:
    """Threads with their own connection each, until the deadline or the request cap."""
    headers = {"Cookie": target.cookie} if target.cookie else {}
    latencies: list[list[float]] = [[] for _ in range(conns)]
    counters = {"non200": 0, "errors": 0, "issued": 0}
    lock = threading.Lock()
    start = time.perf_counter()
    deadline = start + seconds

    def worker(mine: list[float]) -> None:
        conn = http.client.HTTPConnection(HOST, target.port, timeout=10)
        try:
            while time.perf_counter() < deadline:
                with lock:
                    if counters["issued"] >= MAX_REQUESTS_PER_RUN:
                        return
                    counters["issued"] += 1
                began = time.perf_counter()
                try:
                    conn.request("GET", target.path, headers=headers)
                    response = conn.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException):
                    conn.close()
                    with lock:
                        counters["errors"] += 1
                    continue
                mine.append(time.perf_counter() - began)
                if response.status != 200:
                    with lock:
                        counters["non200"] += 1
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, args=(mine,)) for mine in latencies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    elapsed = time.perf_counter() - start
    counts = Counter(round(value * 1e6) for mine in latencies for value in mine)
    return Result(elapsed, sum(counts.values()), counts, counters["non200"], counters["errors"])


# --- Report ---------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    import django
    import gunicorn
    import wagtail

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "nproc": str(nproc),
        "cpu": cpu,
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "gunicorn": gunicorn.__version__,
    }


def wrk_version(wrk: str | None) -> str:
    if wrk is None:
        return "the Python client in bench/run.py (threads, one http.client connection each)"
    done = subprocess.run(  # noqa: S603
        [wrk, "--version"], capture_output=True, text=True, timeout=10, check=False
    )
    match = re.search(r"wrk (\S+)", done.stdout + done.stderr)
    version = match.group(1) if match else ""
    return f"wrk {version} (1 thread; p95 from its latency histogram, dumped by a Lua done() hook)"


def verdict(ratio: float, target: float) -> str:
    strictly = target >= 1.0  # anonymous pages must beat the baseline, which needs caching
    met = ratio > target if strictly else ratio >= target
    word = "beat" if strictly else "reach at least"
    return f"{word} {target:.1f}: **{'met' if met else 'not met'}**"


def figures(targets, results) -> dict[str, dict]:
    """The machine-readable results: per page, requests/s, p95, queries, ratio to stock."""
    stock = results["stock"].rps
    return {
        t.key: {
            "label": t.label,
            "path": t.path,
            "signed_in": t.signed_in,
            "rps": round(results[t.key].rps, 1),
            "p95_ms": round(results[t.key].percentile_ms(95), 1),
            "queries": t.queries,
            "ratio": round(results[t.key].rps / stock, 3) if stock else None,
            "target": t.target,
        }
        for t in targets
    }


def regressions(current: dict[str, dict], previous: dict, profile: str) -> list[str]:
    """Pages whose ratio fell more than REGRESSION below the last recorded run's, when that
    run measured the same data profile (a run recorded before profiles counts as ``demo``)."""
    found = []
    if previous.get("profile", "demo") != profile:
        return found
    for key, now in current.items():
        before = (previous.get("pages") or {}).get(key)
        if not before or not before.get("ratio") or now["ratio"] is None or key == "stock":
            continue
        if now["ratio"] < before["ratio"] * (1 - REGRESSION):
            found.append(
                f"{now['label']}: ratio {now['ratio']:.2f}, was {before['ratio']:.2f} "
                f"on {previous.get('measured', 'the last run')}"
            )
    return found


def report(targets, results, facts, options, started, flagged) -> str:
    stock = results["stock"].rps
    lines = [
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `make bench` "
        f"({options.duration // options.rounds * options.rounds} s per page in "
        f"{options.rounds} interleaved rounds, "
        f"{options.concurrency} connections, "
        f"gunicorn {facts['gunicorn']} with 2 sync workers, 1 thread each, for our site and "
        "for the stock one).",
        "",
        f"Data profile: **{facts['profile']}**, {PROFILES[facts['profile']]}"
        + (f"; make_profile wrote {facts['profile_rows']}" if facts["profile_rows"] else "")
        + f". The course measured has {facts['course_learners']} enrolled learners.",
        "",
        "Ratio: the page's requests/s over the stock Wagtail site's home page's, measured in the"
        " same rounds (a stock `wagtail start` project of the installed Wagtail, its own"
        " production settings and PostgreSQL database, served the same way).",
        "",
        "| page | signed in | requests/s | p95 ms | SQL queries | ratio | target |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for target in targets:
        result = results[target.key]
        ratio = result.rps / stock if stock else 0.0
        goal = verdict(ratio, target.target) if target.target else ""
        lines.append(
            f"| {target.label} `{target.path}` | {'yes' if target.signed_in else 'no'} "
            f"| {result.rps:.1f} | {result.percentile_ms(95):.1f} | {target.queries} "
            f"| {ratio:.2f} | {goal} |"
        )
    lines += [""]
    if flagged:
        lines += ["**Regressions** (ratio more than 20% below the last recorded run):", ""]
        lines += [f"- {line}" for line in flagged]
    elif facts.get("previous_profile", facts["profile"]) != facts["profile"]:
        lines.append(
            f"Not compared with the last recorded run, which measured the "
            f"{facts['previous_profile']} profile."
        )
    else:
        lines.append(
            "No page's ratio fell more than 20% below the last recorded run "
            f"(`{RESULTS_FILE.relative_to(ROOT)}`)."
        )
    lines += [
        "",
        f"Command: `make bench` (`{Path(sys.executable).name} bench/run.py "
        f"--duration {options.duration} --rounds {options.rounds} "
        f"--concurrency {options.concurrency}"
        f"{'' if options.profile == DEFAULT_PROFILE else ' --profile ' + options.profile}"
        f"{'' if options.loadgen == 'auto' else ' --loadgen ' + options.loadgen}`). "
        f"Load generator: {facts['loadgen']}.",
        "",
        f"Machine: nproc {facts['nproc']}, {facts['cpu']}; Python {facts['python']}, "
        f"Django {facts['django']}, Wagtail {facts['wagtail']}, "
        f"PostgreSQL {facts['postgres']} on 127.0.0.1.",
        "",
        "Notes:",
        "",
    ]
    bad = {key: r for key, r in results.items() if r.non200 or r.errors}
    if bad:
        for key, r in bad.items():
            lines.append(f"- {key}: {r.non200} responses other than 200, {r.errors} socket errors.")
    else:
        lines.append("- Every measured response was a 200; no socket errors.")
    lines += [
        "- Requests measured: "
        + ", ".join(f"{key} {r.requests}" for key, r in results.items())
        + "; p50/p99 ms: "
        + ", ".join(
            f"{key} {r.percentile_ms(50):.1f}/{r.percentile_ms(99):.1f}"
            for key, r in results.items()
        )
        + ".",
        f"- Cache backend: {facts['cache']} ("
        + ("Redis, as in production" if facts["redis_given"] else "no Redis: local memory")
        + ")"
        "; sessions in the database, read through the cache.",
        f"- The lesson measured is a free preview: {facts['lesson_is_preview']}. "
        f"The learner (the demo learner) is enrolled and has completed {facts['lessons_done']}"
        " lessons of the course.",
        "- The bare page inside our site is a page type with no fields, served by our site: the"
        " gap between it and the stock site is what our middleware and routing cost.",
        "- The load generator and both servers share the machine's cores. Other processes kept "
        f"{facts['background']} of the CPU busy just before the servers started (measured over"
        " 2 s from /proc/stat); anything above a few percent lowers every row.",
    ]
    return "\n".join(lines)


def write_results(current: dict, started: dt.datetime, facts: dict) -> None:
    data = {
        "measured": f"{started:%Y-%m-%d %H:%M} UTC",
        "profile": facts["profile"],
        "machine": {key: facts[key] for key in ("nproc", "cpu", "python", "wagtail", "postgres")},
        "pages": current,
    }
    RESULTS_FILE.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def write_doc(block: str) -> None:
    write_section(DOC, START_MARK, END_MARK, "Latest results", block)


# --- Main -----------------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds per page (1-120)")
    parser.add_argument("--concurrency", type=int, default=8, help="connections (1-64)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds the duration is split into"
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=WARMUP_SECONDS,
        help=f"seconds of load on each page before the rounds (1-30, {WARMUP_SECONDS})",
    )
    parser.add_argument("--loadgen", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/performance.md")
    parser.add_argument("--show-sql", action="store_true", help="print each page's SQL")
    parser.add_argument(
        "--profile",
        choices=list(PROFILES),
        default=DEFAULT_PROFILE,
        help=f"data profile under the pages (default {DEFAULT_PROFILE}; demo is load_demo alone)",
    )
    parser.add_argument(
        "--pages",
        default="",
        help="comma-separated page keys to measure beside the baselines (implies --no-doc)",
    )
    options = parser.parse_args(argv)
    if not 1 <= options.duration <= 120 or not 1 <= options.concurrency <= 64:
        parser.error("--duration must be 1-120 and --concurrency 1-64")
    if not 1 <= options.warmup <= 30:
        parser.error("--warmup must be 1-30 seconds")
    if not 1 <= options.rounds <= options.duration:
        parser.error("--rounds must be between 1 and --duration")
    options.pages = {key.strip() for key in options.pages.split(",") if key.strip()}
    if options.pages:
        options.no_doc = True  # a partial table must not replace the recorded one
    return options


def stop(server: subprocess.Popen | None) -> None:
    if server is None or server.poll() is not None:
        return
    server.terminate()  # gunicorn's master stops its workers on SIGTERM
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)


def build_stock(database_url: str) -> tuple[stock.StockSite, int]:
    """The stock Wagtail site, built, and its home page's SQL query count."""
    site = stock.build(database_url, HOST)
    try:
        return site, stock.count_home_queries(site, HOST)
    except BaseException:
        stock.remove(site)
        raise


def main(argv=None) -> int:
    options = parse_args(argv)
    started = dt.datetime.now(dt.UTC)
    clock = time.monotonic()
    base_url = os.environ.get("BENCH_POSTGRES_URL", f"postgresql://postgres@{HOST}:5432").rstrip(
        "/"
    )
    port = free_port()
    static_root = tempfile.mkdtemp(prefix="gga-bench-static-")
    sys.path.insert(0, str(ROOT))
    redis_url = os.environ.get("REDIS_URL") or bench_redis()
    if redis_url:
        os.environ["REDIS_URL"] = redis_url
    redis_given = bool(redis_url)  # before bench_environment names a placeholder
    env = bench_environment(f"{base_url}/{DB_NAME}", static_root, port)
    os.environ.update(env)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    wrk = None
    if options.loadgen != "python":
        wrk = ensure_wrk()
        if wrk is None and options.loadgen == "wrk":
            raise BenchError("--loadgen wrk, but wrk is not installed")

    server = stock_server = stock_site = stock_build = None
    database_created = False
    try:
        step(f"create the databases {DB_NAME} and {stock.DB_NAME} at {base_url}")
        create_database(base_url)
        postgres_admin(
            base_url,
            [
                f'DROP DATABASE IF EXISTS "{stock.DB_NAME}" WITH (FORCE)',
                f'CREATE DATABASE "{stock.DB_NAME}"',
            ],
        )
        database_created = True
        # The stock site is built by subprocesses of its own (wagtail start, migrate,
        # collectstatic) while this process builds ours: neither reads the other's database.
        step("the baseline, beside it: wagtail start, migrate and collectstatic a stock site")
        stock_build = concurrent.futures.ThreadPoolExecutor(1).submit(
            build_stock, f"{base_url}/{stock.DB_NAME}"
        )
        targets, facts = build_site(options.profile)
        facts["redis_given"] = redis_given
        if options.pages:
            unknown = options.pages - {target.key for target in targets}
            if unknown:
                raise BenchError(f"--pages: no page called {', '.join(sorted(unknown))}")
            keep = options.pages | BASELINES
            targets = [target for target in targets if target.key in keep]
        step("wait for the stock Wagtail site")
        try:
            stock_site, stock_queries = stock_build.result()
        except stock.StockSiteError as error:
            raise BenchError(str(error)) from error
        by_key = {target.key: target for target in targets}
        by_key["stock"].queries = stock_queries
        step("count SQL queries with the test client")
        count_queries(targets)
        facts.update(database_facts())
        facts.update(versions())
        facts["loadgen"] = wrk_version(wrk)
        close_django_connections()
        busy = cpu_busy()
        facts["background"] = "unknown" if busy is None else f"{busy:.0%}"
        if busy is not None and busy > 0.15:
            say(f"warning: other processes keep {busy:.0%} of the CPU busy; numbers will be low")
        if options.show_sql:
            for target in targets:
                say(f"\n{target.label} {target.path}: {target.queries} queries")
                for number, sql in enumerate(target.sql, 1):
                    say(f"  {number:2}. {sql}")
            say()

        stock_port = free_port()
        step(f"start gunicorn on {HOST}:{port} (ours) and {HOST}:{stock_port} (stock Wagtail)")
        stock_server = subprocess.Popen(  # noqa: S603
            stock_site.gunicorn(HOST, stock_port), env=stock_site.env, cwd=stock_site.directory
        )
        server = subprocess.Popen(  # noqa: S603
            [
                *(sys.executable, "-m", "gunicorn", "lms.wsgi"),
                *("--bind", f"{HOST}:{port}", "--workers", "2", "--threads", "1"),
                *("--log-level", "warning", "--chdir", str(ROOT)),
            ],
            env=env,
            cwd=ROOT,
        )
        wait_until_serving(port, by_key["bare"].path, server)
        wait_until_serving(stock_port, "/", stock_server)
        from lms.demo.accounts import DEMO_PASSWORD

        cookie = sign_in(port, LEARNER, DEMO_PASSWORD)
        for target in targets:
            target.port = stock_port if target.stock else port
            target.cookie = cookie if target.signed_in else ""
            check_page(target)

        results: dict[str, Result] = {}
        with tempfile.TemporaryDirectory(prefix="gga-bench-") as scratch:
            script = Path(scratch) / "p95.lua"
            script.write_text(WRK_SCRIPT)

            def load(target: Target, seconds: int) -> Result:
                if wrk is not None:
                    return run_wrk(wrk, script, target, seconds, options.concurrency)
                return run_python(target, seconds, options.concurrency)

            for target in targets:
                step(f"warm up {target.path} ({options.warmup} s)")
                load(target, options.warmup)
            # Interleaved rounds, so a background load that comes and goes hits every page alike.
            per_round = options.duration // options.rounds  # wrk takes whole seconds
            for number in range(1, options.rounds + 1):
                step(f"round {number}/{options.rounds}: {per_round} s per page")
                for target in targets:
                    result = load(target, per_round)
                    results[target.key] = results.get(target.key, Result()).merge(result)
            for target in targets:
                check_page(target)  # still answering as expected after the runs
            step("stop the servers, drop the databases")
    finally:
        if stock_build is not None and stock_site is None:  # ours failed first: wait for it
            with contextlib.suppress(Exception):
                stock_site = stock_build.result()[0]
        stop(server)
        stop(stock_server)
        close_django_connections()
        if redis_url == BENCH_REDIS_URL:
            empty_redis(redis_url)
        if database_created:
            try:
                drop_database(base_url)
            except Exception as exc:  # noqa: BLE001 - report, keep the original error
                say(f"could not drop the databases {DB_NAME}, {stock.DB_NAME}: {exc}")
        stock.remove(stock_site)
        shutil.rmtree(static_root, ignore_errors=True)
        shutil.rmtree(f"{static_root}-key", ignore_errors=True)

    current = figures(targets, results)
    previous = json.loads(RESULTS_FILE.read_text()) if RESULTS_FILE.exists() else {}
    flagged = regressions(current, previous, options.profile)
    if previous:
        facts["previous_profile"] = previous.get("profile", "demo")
    block = report(targets, results, facts, options, started, flagged)
    say()
    say(block)
    if not options.no_doc:
        write_doc(block)
        write_results(current, started, facts)
        say(f"\nWritten to {DOC.relative_to(ROOT)} and {RESULTS_FILE.relative_to(ROOT)}.")
    say(f"\nTook {time.monotonic() - clock:.0f} s.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        sys.stderr.write(f"bench failed: {error}\n")
        sys.exit(1)
