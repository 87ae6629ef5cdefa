"""``make bench-smoke``: every benchmark once, at a tiny size, so none can break unnoticed.

Each bench runs as ``make bench`` runs it (a fresh PostgreSQL database, production or test
settings, gunicorn, a Celery worker, its own ``migrate`` and ``load_demo``), with the smallest
sizes that still go through every step, and writes no document. What they would all repeat
is prepared once:

- a migrated template database, which each bench's database is a copy of
  (``BENCH_TEMPLATE_DB``, bench/database.py). It is kept between runs under a name holding a
  hash of the migrations, the settings and the installed versions, and migrated again only
  when one of them changes;
- for the benches that load the demo themselves (pages, load, certificates; reports and the
  Learners page load it without its synthetic learners), a copy of that template with the
  demo loaded, and its media files: each of these benches starts from a copy of both, so its own
  ``load_demo`` finds the demo in place and takes seconds instead of a minute.

Two benches run at a time (``--jobs``, BENCH_SMOKE_JOBS): most of their time is spent
waiting on PostgreSQL, on servers starting and on fixed-length load runs. Each writes into a
log and a media folder of its own; the log is printed whole when the bench ends. A failure
stops nothing: every bench runs, and the exit status is non-zero if any failed. Figures from
this run mean nothing; only that each bench ran through.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import (  # noqa: E402
    TEMPLATE_ENV,
    drop_other_versions,
    postgres_admin,
    recreate_database,
)
from bench.static import link_tree  # noqa: E402

#: The demo's media files that go with the demo template (bench/certificates.py copies them
#: into its own media folder).
MEDIA_ENV = "BENCH_TEMPLATE_MEDIA"

SUFFIX = os.environ.get("BENCH_DB_SUFFIX", "")
TEMPLATE = "gga_bench_smoke_template" + SUFFIX
#: Each bench with its quickest arguments (no document written; the brand plan bench writes
#: none), the seconds it may take at most, and whether it starts from the demo template (the
#: benches that run ``load_demo`` themselves). In the order they start: the ones that can
#: start while the demo template is made first, then the longest.
BENCHES = [
    (
        "import",
        ["bench/import_learners.py", "--rows", "20", "--invitations", "5", "--no-doc"],
        600,
        False,
    ),
    ("brand plan PDF", ["bench/brandplan_pdf.py"], 600, False),
    (
        "pages",
        [
            *("bench/run.py", "--duration", "1", "--rounds", "1", "--warmup", "1"),
            *("--no-doc", "--profile", "demo"),
        ],
        600,
        True,
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
        True,
    ),
    (
        "load",
        [
            *("bench/load.py", "--users", "5", "--mixed-users", "2", "--run-time", "5"),
            *("--answer-seconds", "1,2", "--no-doc"),
        ],
        600,
        True,
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
        True,
    ),
    (
        "learners page",
        ["bench/learners_page.py", "--profile", "S", "--repeat", "1", "--no-doc"],
        600,
        True,
    ),
]


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run_bench(
    name: str,
    command: list[str],
    timeout: int,
    env: dict,
    log: Path,
    demo: concurrent.futures.Future | None = None,
):
    """Run one bench with its output in ``log``; (name, ok, seconds). With ``demo``, first
    wait for the demo template and start from it, with a copy of its media."""
    started = time.monotonic()
    with log.open("w") as out:
        if demo is not None:
            try:
                demo_db, demo_media = demo.result()
            except Exception as exc:  # noqa: BLE001 - reported as this bench's failure
                out.write(f"[bench-smoke] the demo template could not be made: {exc}\n")
                return name, False, time.monotonic() - started
            link_tree(demo_media, Path(env["MEDIA_ROOT"]))
            env = {**env, TEMPLATE_ENV: demo_db, MEDIA_ENV: str(demo_media)}
        try:
            finished = subprocess.run(  # noqa: S603 - this project's own scripts
                [sys.executable, *command],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=timeout,
                check=False,
            )
            ok = finished.returncode == 0
        except subprocess.TimeoutExpired:
            out.write(f"\n[bench-smoke] {name}: stopped after {timeout} s\n")
            ok = False
    return name, ok, time.monotonic() - started


#: Loads the demo as the page bench does (bench.settings, no Redis: the cache in local memory
#: and tasks, the demo certificates' rendering among them, run in-process).
DEMO_LOADER = """
import io, django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo", force=True, stdout=io.StringIO())
"""


def make_demo_template(base_url: str, template: str, demo_db: str, folder: Path):
    """``demo_db``, a copy of the migrated template with the demo loaded, and the folder of
    the demo's media files (images, certificate PDFs): the page, load and certificate benches
    each start from a copy of both, so that their own ``load_demo`` finds the demo in place
    (a quarter of its time) instead of writing it all again."""
    from bench.run import bench_environment

    started = time.monotonic()
    postgres_admin(
        base_url,
        [
            f'DROP DATABASE IF EXISTS "{demo_db}" WITH (FORCE)',
            f'CREATE DATABASE "{demo_db}" TEMPLATE "{template}"',
        ],
    )
    media = folder / "media"
    media.mkdir()
    saved = {name: os.environ.pop(name, None) for name in ("REDIS_URL", "BENCH_STATIC_ROOT")}
    try:
        env = bench_environment(f"{base_url}/{demo_db}", str(folder / "static"), 8000)
    finally:
        os.environ.update({name: value for name, value in saved.items() if value is not None})
    env.pop("CELERY_BROKER_URL", None)
    env["MEDIA_ROOT"] = str(media)
    done = subprocess.run(  # noqa: S603 - this project's own loader
        [sys.executable, "-c", DEMO_LOADER],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"load_demo failed: {(done.stderr or done.stdout)[-3000:]}")
    say(f"[bench-smoke] demo template {demo_db} ready in {time.monotonic() - started:.0f} s")
    return demo_db, media


SKIP_FOLDERS = {"media", "var", "staticfiles", "backups", "node_modules", "__pycache__"}


def migrations_key() -> str:
    """A hash of what the migrated template depends on: every migration file of the
    project, the settings, and every installed distribution's version (Django's, Wagtail's
    and the other apps' migrations)."""
    from importlib.metadata import distributions

    digest = hashlib.sha256()
    # By name: the project itself may be found twice (its .egg-info when the checkout is on
    # the path), which must not change the hash.
    versions = {(dist.metadata["Name"] or "").lower(): dist.version for dist in distributions()}
    for name in sorted(versions):
        digest.update(f"{name}=={versions[name]}\n".encode())
    files = []
    for folder, subfolders, names in os.walk(ROOT):
        subfolders[:] = [n for n in subfolders if n[0] != "." and n not in SKIP_FOLDERS]
        here = Path(folder)
        if here.name == "migrations" or here == ROOT / "lms" / "settings":
            files += [here / name for name in names if name.endswith(".py")]
    for path in sorted(files):
        digest.update(f"\0{path.relative_to(ROOT)}\0".encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def migrate_template(base_url: str, template: str) -> None:
    """The migrated template database, kept between runs under a name that holds the hash of
    its migrations: migrating it from nothing takes half a minute to a minute. A template
    of the same name is reused as it is (nothing ever connects to it but CREATE DATABASE);
    older ones of this suffix are dropped. Migrated under a temporary name first, so a run
    stopped half-way leaves nothing that looks finished."""
    if drop_other_versions(base_url, TEMPLATE + "_", template):
        say(f"[bench-smoke] the migrations have not changed: reusing the template {template}")
        return
    partial = template + "_partial"
    say(f"[bench-smoke] migrate the template database {template}")
    recreate_database(base_url, partial)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"{base_url}/{partial}",
    }
    for name in ("CELERY_BROKER_URL", "REDIS_URL"):
        env.pop(name, None)
    subprocess.run(  # noqa: S603 - this project's manage.py
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    postgres_admin(base_url, [f'ALTER DATABASE "{partial}" RENAME TO "{template}"'])


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--jobs",
        type=int,
        default=int(os.environ.get("BENCH_SMOKE_JOBS", "2")),
        help="benches run at once (default 2, or BENCH_SMOKE_JOBS)",
    )
    parser.add_argument("--only", default="", help="only these benches, comma-separated")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    options = parse_args(argv)
    benches = BENCHES
    if options.only:
        wanted = {name.strip() for name in options.only.split(",")}
        benches = [bench for bench in BENCHES if bench[0] in wanted]
    base_url = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
    base_url = base_url.rstrip("/")
    clock = time.monotonic()
    os.environ.pop(TEMPLATE_ENV, None)
    template = TEMPLATE + "_" + migrations_key()
    results = []
    logs = Path(tempfile.mkdtemp(prefix="gga-bench-smoke-"))
    try:
        migrate_template(base_url, template)
        say(f"[bench-smoke] template ready in {time.monotonic() - clock:.0f} s")
        bench_env = {**os.environ, TEMPLATE_ENV: template}
        bench_env.pop(MEDIA_ENV, None)
        # Most benches spend much of their time waiting (on PostgreSQL, on servers starting,
        # on fixed-length load runs), so two at a time finish sooner even on two cores. The
        # demo template is made first, beside the benches that do not need it. Each bench
        # writes into a log of its own, printed whole when it ends, and keeps its media files
        # in a folder of its own.
        demo_db = TEMPLATE + "_demo"
        with concurrent.futures.ThreadPoolExecutor(max(1, options.jobs)) as pool:
            demo = None
            if any(bench[3] for bench in benches):
                demo = pool.submit(make_demo_template, base_url, template, demo_db, logs)
            running = {}
            for number, (name, command, timeout, needs_demo) in enumerate(benches):
                env = {**bench_env, "MEDIA_ROOT": str(logs / f"media-{number}")}
                log = logs / f"{number}.log"
                future = pool.submit(
                    run_bench, name, command, timeout, env, log, demo if needs_demo else None
                )
                running[future] = (name, command, log)
            for future in concurrent.futures.as_completed(running):
                name, command, log = running[future]
                result = future.result()
                results.append(result)
                say(f"\n[bench-smoke] {name}: {' '.join(command)}")
                say(log.read_text(errors="replace").rstrip())
                say(f"[bench-smoke] {name}: {'ok' if result[1] else 'FAILED'} in {result[2]:.0f} s")
    finally:
        postgres_admin(base_url, [f'DROP DATABASE IF EXISTS "{TEMPLATE}_demo" WITH (FORCE)'])
        shutil.rmtree(logs, ignore_errors=True)
    order = [bench[0] for bench in benches]
    results.sort(key=lambda result: order.index(result[0]))
    say("\n[bench-smoke] results")
    for name, ok, seconds in results:
        say(f"  {'ok    ' if ok else 'FAILED'} {name} ({seconds:.0f} s)")
    say(f"[bench-smoke] took {time.monotonic() - clock:.0f} s ({options.jobs} at a time)")
    return 0 if len(results) == len(benches) and all(ok for _n, ok, _s in results) else 1


if __name__ == "__main__":
    sys.exit(main())
