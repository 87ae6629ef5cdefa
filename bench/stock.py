"""The baseline of ``make bench``: a stock Wagtail site, made by ``wagtail start`` at run time.

Nothing of ours is in it: the project template of the installed Wagtail, its own settings
(``production``, so ``DEBUG = False`` and the manifest static storage), its own PostgreSQL
database, and its home page as ``0002_create_homepage`` publishes it. Only what a plain-HTTP
loopback run needs is added, in the ``local.py`` that the template's settings import last:
the database, a secret key, the allowed hosts and a temporary STATIC_ROOT.

It is served by the same gunicorn, with the same workers, in the same run as our pages, so a
ratio to it compares our pages with what Wagtail itself costs on this machine today.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PROJECT = "stocksite"
DB_NAME = "gga_bench_stock" + os.environ.get("BENCH_DB_SUFFIX", "")


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
    _run([*python, "migrate", "--noinput", "-v", "0"], env, directory, "migrate (stock site)")
    _run([*python, "collectstatic", "--noinput", "-v", "0"], env, directory, "collectstatic")
    return StockSite(directory, env)


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
