"""The baseline of ``make bench``: a stock Wagtail site, made by ``wagtail start`` at run time.

Nothing of ours is in it: the project template of the installed Wagtail, its own settings
(``production``, so ``DEBUG = False`` and the manifest static storage), its own PostgreSQL
database, and its home page as ``0002_create_homepage`` publishes it. Only what a plain-HTTP
loopback run needs is added, in the ``local.py`` that the template's settings import last:
the database, a secret key, the allowed hosts and a temporary STATIC_ROOT.

It is served by the same gunicorn, with the same workers, in the same run as our pages, so a
ratio to it compares our pages with what Wagtail itself costs on this machine today.

What ``wagtail start`` makes depends only on the installed Wagtail, so its migrated database
(``gga_bench_stock_template_<hash>``) and its collectstatic output (in bench/static.py's
cache folder) are kept, named by a hash of the versions and the generated files, and the
next run starts from them: its ``migrate`` then finds nothing to do, and collectstatic is
skipped. They took a minute of each page bench on a busy machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.database import database_exists, drop_other_versions, postgres_admin
from bench.static import cache_root, keep_copy, link_tree

PROJECT = "stocksite"
SUFFIX = os.environ.get("BENCH_DB_SUFFIX", "")
DB_NAME = "gga_bench_stock" + SUFFIX


class StockSiteError(Exception):
    """The stock site could not be made; the message says which step and why."""


@dataclass
class StockSite:
    directory: Path
    env: dict[str, str]

    def gunicorn(self, host: str, port: int) -> list[str]:
        return [
            *(sys.executable, "-m", "gunicorn", f"{PROJECT}.wsgi"),
            *("--bind", f"{host}:{port}", "--workers", "2", "--threads", "1"),
            *("--log-level", "warning", "--chdir", str(self.directory)),
        ]


def _run(command: list[str], env: dict[str, str], cwd: Path, what: str) -> str:
    done = subprocess.run(  # noqa: S603 - the installed Wagtail's own commands
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0:
        raise StockSiteError(f"{what} failed: {(done.stderr or done.stdout).strip()[-2000:]}")
    return done.stdout


def build(database_url: str, host: str) -> StockSite:
    """``wagtail start`` in a temporary folder, then migrate and collectstatic on PostgreSQL."""
    parent = Path(tempfile.mkdtemp(prefix="gga-bench-stock-"))
    directory = parent / PROJECT
    directory.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        # None of our project's settings may leak into the stock site.
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "PYTHONPATH"}
    }
    env["DJANGO_SETTINGS_MODULE"] = f"{PROJECT}.settings.production"
    wagtail = Path(sys.executable).with_name("wagtail")
    _run([str(wagtail), "start", PROJECT, str(directory)], env, parent, "wagtail start")
    key = _key(directory)
    name = database_url.rsplit("/", 1)[-1]
    server = database_url.rsplit("/", 1)[0].split("://", 1)[1]
    user_host, _, port = server.rpartition(":")
    user, _, db_host = user_host.rpartition("@")
    local = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": user or "postgres",
        "HOST": db_host or host,
        "PORT": port or "5432",
    }
    (directory / PROJECT / "settings" / "local.py").write_text(
        "# Written by bench/stock.py: what a plain-HTTP loopback run needs, nothing else.\n"
        f"DATABASES = {{'default': {json.dumps(local)}}}\n"
        f"SECRET_KEY = {secrets.token_urlsafe(50)!r}\n"
        f"ALLOWED_HOSTS = [{host!r}, 'localhost']\n"
        f"STATIC_ROOT = {str(parent / 'static')!r}\n"
    )
    python = [sys.executable, "manage.py"]
    server_url = database_url.rsplit("/", 1)[0]
    template = f"gga_bench_stock_template{SUFFIX}_{key}"
    from_template = _clone_template(server_url, template, name)
    _run([*python, "migrate", "--noinput", "-v", "0"], env, directory, "migrate (stock site)")
    if not from_template:
        _keep_template(server_url, template, name)
    static_root = parent / "static"
    cached = cache_root() / f"stock-{key}"
    if (cached / "staticfiles.json").is_file():
        link_tree(cached, static_root)
    else:
        _run([*python, "collectstatic", "--noinput", "-v", "0"], env, directory, "collectstatic")
        _keep_static(static_root, cached)
    return StockSite(directory, env)


def _key(directory: Path) -> str:
    """The versions and the files ``wagtail start`` wrote, without the random SECRET_KEY."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    digest.update(f"{sys.version} {version('wagtail')} {version('django')}".encode())
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        lines = path.read_bytes().splitlines()
        kept = b"\n".join(line for line in lines if b"SECRET_KEY" not in line)
        digest.update(f"\0{path.relative_to(directory)}\0".encode() + kept)
    return digest.hexdigest()[:12]


def _clone_template(server_url: str, template: str, name: str) -> bool:
    """Recreate ``name`` from the kept migrated template, if there is one."""
    import psycopg

    try:
        postgres_admin(
            server_url,
            [
                f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                f'CREATE DATABASE "{name}" TEMPLATE "{template}"',
            ],
        )
    except psycopg.Error:
        postgres_admin(
            server_url,
            [f'CREATE DATABASE "{name}"'] if not database_exists(server_url, name) else [],
        )
        return False
    return True


def _keep_template(server_url: str, template: str, name: str) -> None:
    """Copy the freshly migrated ``name`` as the template of the next runs; drop older ones."""
    import psycopg

    try:
        drop_other_versions(server_url, f"gga_bench_stock_template{SUFFIX}_", template)
        postgres_admin(server_url, [f'CREATE DATABASE "{template}" TEMPLATE "{name}"'])
    except psycopg.Error:
        pass  # kept next time, then


def _keep_static(static_root: Path, cached: Path) -> None:
    try:
        keep_copy(static_root, cached)
        for old in cached.parent.glob("stock-*"):
            if old != cached:
                shutil.rmtree(old, ignore_errors=True)
    except OSError:
        pass


QUERY_COUNT = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST={host!r})
for _ in range(3):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    assert response.status_code == 200, response.status_code
print(len(captured))
"""


def count_home_queries(site: StockSite, host: str) -> int:
    """SQL queries of the stock home page, counted as ours are (the third request)."""
    out = _run(
        [sys.executable, "manage.py", "shell", "-c", QUERY_COUNT.format(host=host)],
        site.env,
        site.directory,
        "counting the stock site's queries",
    )
    return int(out.strip().splitlines()[-1])


def remove(site: StockSite | None) -> None:
    if site is not None:
        shutil.rmtree(site.directory.parent, ignore_errors=True)
