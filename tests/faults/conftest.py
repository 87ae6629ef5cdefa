"""Private, real servers for the fault tests: a PostgreSQL cluster, a Redis, gunicorn and
Celery workers of their own, which the tests stop, kill and restart.

Never the shared 127.0.0.1:5432 and :6379: other suites run against those at the same time.
Each fixture skips with a message where its binaries are absent. The tests drive the site
over HTTP, as learners do, and read the private database directly with psycopg.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
LEARNERS = 16


# The suite's autouse fixtures set up the shared test database and clear the test process's
# cache; these tests use neither (their servers run in other processes), so they skip both.
@pytest.fixture(scope="session", autouse=True)
def _keep_migration_data_for_reuse():
    yield


@pytest.fixture(autouse=True)
def _media_and_cache():
    yield


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(done: Callable[[], bool], seconds: float, what: str, every: float = 0.2) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if done():
            return
        time.sleep(every)
    pytest.fail(f"{what} did not happen within {seconds:.0f} s")


def as_postgres(args: list[str]) -> list[str]:
    """Run a PostgreSQL server binary as the postgres user when we are root (it refuses
    to run as root)."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


# --- PostgreSQL ----------------------------------------------------------------------------


@dataclass
class Postgres:
    bindir: Path
    datadir: Path
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/gga_faults"

    def _ctl(self, *args: str) -> None:
        subprocess.run(  # noqa: S603
            as_postgres([str(self.bindir / "pg_ctl"), "-D", str(self.datadir), *args]),
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._ctl("-o", options, "-l", str(self.log), "-w", "start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")

    def connect(self):
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="gga_faults", autocommit=True
        )

    def scalar(self, sql: str, *params):
        with self.connect() as conn:
            return conn.execute(sql, params).fetchone()[0]

    def rows(self, sql: str, *params) -> list[tuple]:
        with self.connect() as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def private_postgres():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = Path(found[-1]) if found else (Path(shutil.which("initdb") or "/nonexistent"))
    if not initdb.exists():
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root without runuser: cannot start PostgreSQL as postgres")
    base = Path(tempfile.mkdtemp(prefix="gga-faults-pg-"))
    datadir = base / "data"
    datadir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(datadir, "postgres")
    server = Postgres(initdb.parent, datadir, free_port(), base / "server.log")
    subprocess.run(  # noqa: S603
        as_postgres(
            [str(initdb), "-D", str(datadir), "-A", "trust", "-U", "postgres", "--no-sync"]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )
    server.start()
    subprocess.run(  # noqa: S603
        [
            str(initdb.parent / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(server.port),
            "-U",
            "postgres",
            "gga_faults",
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    yield server
    try:
        subprocess.run(  # noqa: S603
            as_postgres(
                [str(server.bindir / "pg_ctl"), "-D", str(datadir), "-m", "immediate", "stop"]
            ),
            capture_output=True,
            timeout=30,
        )
    finally:
        shutil.rmtree(base, ignore_errors=True)


# --- Redis -----------------------------------------------------------------------------------


@dataclass
class Redis:
    binary: str
    port: int
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self.answers, 10, "the private Redis to start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def answers(self) -> bool:
        import redis

        try:
            return redis.Redis(port=self.port, socket_connect_timeout=0.5).ping()
        except redis.exceptions.ConnectionError:
            return False


@pytest.fixture(scope="session")
def private_redis():
    binary = shutil.which("redis-server")
    if not binary:
        pytest.skip("redis-server is not installed")
    server = Redis(binary, free_port())
    server.start()
    yield server
    server.stop()


# --- The site: migrated, seeded, served by gunicorn -----------------------------------------


@dataclass
class Site:
    env: dict[str, str]
    data: dict
    media: Path
    mail: Path
    db: Postgres
    redis: Redis
    base_url: str = ""
    web: subprocess.Popen | None = None
    workers: list[subprocess.Popen] = field(default_factory=list)

    def learner(self, n: int) -> requests.Session:
        """A signed-in browser of learner ``n``, with a CSRF cookie for its forms."""
        person = self.data["learners"][n]
        browser = requests.Session()
        # A new connection per request: reusing a kept-alive one that the server is closing
        # at that moment fails a POST on the client's side, which would prove nothing here.
        browser.headers["Connection"] = "close"
        browser.cookies.set("sessionid", person["session"])
        browser.cookies.set("csrftoken", "f" * 32)
        browser.headers["X-CSRFToken"] = "f" * 32
        return browser

    def post(self, browser: requests.Session, path: str, data=None) -> requests.Response:
        return browser.post(
            self.base_url + path, data=data or {}, allow_redirects=False, timeout=30
        )

    def start_worker(self, beat: bool = True) -> subprocess.Popen:
        args = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            "--pool=prefork",
            "--concurrency=2",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=INFO",
        ]
        if beat:
            args += [
                "--beat",
                "--scheduler",
                "django_celery_beat.schedulers:DatabaseScheduler",
                "--schedule",
                str(self.media.parent / "beat-schedule"),
            ]
        # Logs go to a file: a pipe nobody reads fills up and blocks the process.
        log = open(self.media.parent / f"worker-{len(self.workers)}.log", "w")
        worker = subprocess.Popen(  # noqa: S603
            args,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so a kill takes its children
        )
        worker.log_path = log.name
        self.workers.append(worker)
        return worker

    def wait_ready(self, worker: subprocess.Popen, seconds: float = 180) -> None:
        """Wait until the worker says it is ready to consume (it boots slowly under load)."""

        def ready() -> bool:
            assert worker.poll() is None, Path(worker.log_path).read_text()
            return " ready." in Path(worker.log_path).read_text()

        wait_until(ready, seconds, "the Celery worker to be ready", 0.2)

    def kill_worker(self, worker: subprocess.Popen, sig=signal.SIGKILL) -> None:
        try:
            os.killpg(worker.pid, sig)
        except ProcessLookupError:
            pass
        worker.wait(timeout=30)

    def emails_to(self, subject: str = "Your certificate") -> list[str]:
        """The recipient of every e-mail sent so far whose subject starts with ``subject``
        (after the site name allauth puts first)."""
        sent = []
        for path in self.mail.glob("*.log"):
            for message in path.read_text(errors="replace").split("\n" + "-" * 79 + "\n"):
                if re.search(rf"^Subject: (\[[^]]*\] )?{re.escape(subject)}", message, re.M):
                    sent += re.findall(r"^To: (.+)$", message, flags=re.MULTILINE)
        return sent


def run_checked(args: list[str], env: dict[str, str], timeout: int) -> str:
    started = time.monotonic()
    result = subprocess.run(  # noqa: S603
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"{' '.join(args[:4])} failed:\n{result.stdout}\n{result.stderr}")
    print(f"{Path(args[0]).name} {args[1]}: {time.monotonic() - started:.1f} s")  # noqa: T201
    return result.stdout


def site_key() -> str:
    """A digest of everything that decides the seeded database: every migration file, the
    pinned library versions (their migrations run too) and the code that seeds it."""
    digest = hashlib.sha256((ROOT / "requirements.lock").read_bytes())
    paths = [*ROOT.glob("**/migrations/*.py"), *ROOT.glob("lms/demo/**/*.py")]
    paths += [ROOT / "tests/faults/seed.py", ROOT / "tests/courses/builders.py"]
    paths.append(ROOT / "tests/factories.py")
    for path in sorted(p for p in paths if ".venv" not in p.parts):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def build_database(server: Postgres, env: dict[str, str]) -> dict:
    """Migrate and seed the private database and return the seed's data, or restore both
    from an earlier run when nothing they depend on has changed (migrating and seeding take
    minutes on a busy machine; restoring, seconds). Kept in var/faults/, which git ignores."""
    cache = ROOT / "var" / "faults" / f"site-{site_key()}"
    dump, data = cache.with_suffix(".dump"), cache.with_suffix(".json")
    tool_env = {**env, "PGHOST": "127.0.0.1", "PGPORT": str(server.port), "PGUSER": "postgres"}
    if dump.exists() and data.exists():
        run_checked(
            [
                str(server.bindir / "pg_restore"),
                "--no-owner",
                "--exit-on-error",
                "--dbname=gga_faults",
                str(dump),
            ],
            tool_env,
            300,
        )
        return json.loads(data.read_text())
    run_checked([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], env, 900)
    seeded = run_checked([sys.executable, "-m", "tests.faults.seed", str(LEARNERS)], env, 600)
    cache.parent.mkdir(parents=True, exist_ok=True)
    run_checked(
        [
            str(server.bindir / "pg_dump"),
            "--format=custom",
            "--no-owner",
            f"--file={dump}.partial",
            "gga_faults",
        ],
        tool_env,
        300,
    )
    Path(f"{dump}.partial").rename(dump)
    data.write_text(seeded)
    return json.loads(seeded)


@pytest.fixture(scope="session")
def site(private_postgres, private_redis, tmp_path_factory):
    base = tmp_path_factory.mktemp("faults-site")
    media, mail = base / "media", base / "mail"
    media.mkdir()
    mail.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.faults.settings",
        "DATABASE_URL": private_postgres.url,
        "DATABASE_CONN_MAX_AGE": "60",
        "REDIS_URL": private_redis.url,
        "CELERY_BROKER_URL": private_redis.url,
        "MEDIA_ROOT": str(media),
        "FAULTS_MAIL_DIR": str(mail),
        "PYTHONPATH": str(ROOT),
    }
    data = build_database(private_postgres, env)
    site = Site(env, data, media, mail, private_postgres, private_redis)
    port = free_port()
    site.base_url = f"http://127.0.0.1:{port}"
    site.web = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "lms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        # A file, not a pipe: every request that meets the database down logs a traceback,
        # and a pipe nobody reads fills up and blocks gunicorn.
        stderr=open(base / "gunicorn.log", "w"),
    )

    def serving() -> bool:
        assert site.web.poll() is None, (base / "gunicorn.log").read_text()
        try:
            return requests.get(site.base_url + data["course"]["url"], timeout=10).ok
        except (requests.ConnectionError, requests.Timeout):
            return False

    wait_until(serving, 240, "gunicorn to serve the course page")
    yield site
    for worker in site.workers:
        if worker.poll() is None:
            site.kill_worker(worker, signal.SIGTERM)
    site.web.terminate()
    site.web.wait(timeout=20)
