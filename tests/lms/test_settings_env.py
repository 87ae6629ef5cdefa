"""Settings come from the environment: defaults for a laptop, production parts when set.

Each case loads the settings with a controlled environment into an interpreter that has
read no settings yet, the way a deployment would: a child forked from one interpreter per
test module (``run_all``), which costs a fraction of starting one per case.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ROOT = Path(__file__).resolve().parents[2]
# The Open Badges signing key production needs (docs/openbadges.md), made for this run.
OPENBADGES_PEM = (
    rsa.generate_private_key(public_exponent=65537, key_size=2048)
    .private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    .decode()
)
PRODUCTION_ENV = {
    "SECRET_KEY": "k3y-" + "x7Qp9LmN2vRt" * 5,
    "ALLOWED_HOSTS": "academy.example.org",
    "DATABASE_URL": "postgres://gga:secret@db.internal:5432/gga",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "EMAIL_HOST": "smtp.example.org",
    "DEFAULT_FROM_EMAIL": "Go Global Academy <academy@example.org>",
    "SITE_URL": "https://academy.example.org",
    "OPENBADGES_PRIVATE_KEY": OPENBADGES_PEM,
}
# What the settings give: the settings module decides every value, so reading them imports
# that module and nothing else (a fraction of a second); ``STARTED`` first loads every app
# too (seconds of imports), for the tests whose point is that the site starts.
STARTED = """
import django
django.setup()
"""
SHOW = """
import json
from django.conf import settings
print(json.dumps({
    "db": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "db_host": settings.DATABASES["default"].get("HOST", ""),
    "cache": settings.CACHES["default"]["BACKEND"],
    "broker": settings.CELERY_BROKER_URL,
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "email": settings.EMAIL_BACKEND,
    "media": settings.STORAGES["default"]["BACKEND"],
    "debug": settings.DEBUG,
    "hosts": settings.ALLOWED_HOSTS,
    "mfa_staff": settings.MFA_REQUIRED_FOR_STAFF,
}))
"""


def clean_env(env: dict[str, str], module: str | None = None) -> dict[str, str]:
    """A process's whole environment: ``env`` over PATH, HOME and LANG, and
    DJANGO_SETTINGS_MODULE when ``module`` is given (else not set at all)."""
    clean = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    return {**clean, **({"DJANGO_SETTINGS_MODULE": module} if module else {}), **env}


#: Runs cases, each as ``python -c code`` would in its own environment, in children forked
#: one after another from this one interpreter. It has imported only libraries that read
#: no setting (Django's settings machinery, not a settings module; dj_database_url,
#: cryptography, Celery), so each child reads its environment into fresh settings as a new
#: interpreter would, without starting one (about a second each on this machine).
FORKING_RUNNER = r"""
import json, os, sys, tempfile, traceback
import celery, dj_database_url, django.conf, django.core.exceptions
from cryptography.hazmat.primitives.serialization import load_pem_private_key

results = {}
for key, (env, code) in json.load(sys.stdin).items():
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    pid = os.fork()
    if pid == 0:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        os.environ.clear()
        os.environ.update(env)
        status = 0
        try:
            exec(compile(code, "<string>", "exec"), {"__name__": "__main__"})
        except SystemExit as exc:
            if isinstance(exc.code, int) or exc.code is None:
                status = exc.code or 0
            else:
                print(exc.code, file=sys.stderr)
                status = 1
        except BaseException:
            traceback.print_exc()
            status = 1
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    _, wait = os.waitpid(pid, 0)
    out.seek(0)
    err.seek(0)
    results[key] = [os.waitstatus_to_exitcode(wait), out.read().decode(), err.read().decode()]
print(json.dumps(results))
"""


def run_all(cases: dict[str, tuple[dict[str, str], str]]) -> dict[str, subprocess.CompletedProcess]:
    """Each case (a whole environment, see ``clean_env``, and code) run as ``python -c code``
    would run it, all in one interpreter started once (``FORKING_RUNNER``)."""
    runner = subprocess.run(
        [sys.executable, "-c", FORKING_RUNNER],
        input=json.dumps(cases),
        env=clean_env({}),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60 + 30 * len(cases),
        check=True,
    )
    return {
        key: subprocess.CompletedProcess(cases[key][1], code, stdout, stderr)
        for key, (code, stdout, stderr) in json.loads(runner.stdout).items()
    }


def shown(result: subprocess.CompletedProcess) -> dict:
    """What ``SHOW`` printed, from a process that must have succeeded."""
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


CHECK_DEPLOY = (
    "import sys; from django.core.management import execute_from_command_line; "
    "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'DEBUG'])"
)
SECRET_KEYS = ["", "short", "django-insecure-" + "a" * 50, "a" * 60]
CASES = {
    "nothing": (clean_env({}, "lms.settings.dev"), SHOW),
    "production parts": (
        clean_env(
            {
                "DATABASE_URL": "postgres://gga@127.0.0.1:5432/gga",
                "REDIS_URL": "redis://127.0.0.1:6379/1",
                "EMAIL_HOST": "smtp.example.org",
                "AWS_STORAGE_BUCKET_NAME": "gga-media",
                "DEBUG": "false",
            },
            "lms.settings.dev",
        ),
        SHOW,
    ),
    "separate broker": (
        clean_env(
            {"REDIS_URL": "redis://127.0.0.1:6379/1", "CELERY_BROKER_URL": "redis://broker:6379/2"},
            "lms.settings.dev",
        ),
        SHOW,
    ),
    "malformed boolean": (clean_env({"DEBUG": "maybe"}, "lms.settings.dev"), SHOW),
    "production": (clean_env(PRODUCTION_ENV, "lms.settings.production"), STARTED + SHOW),
    "check deploy": (clean_env(PRODUCTION_ENV, "lms.settings.production"), CHECK_DEPLOY),
    "default hosts": (
        clean_env(
            {k: v for k, v in PRODUCTION_ENV.items() if k != "ALLOWED_HOSTS"},
            "lms.settings.production",
        ),
        SHOW,
    ),
    **{
        f"secret key {key!r}": (
            clean_env({**PRODUCTION_ENV, "SECRET_KEY": key}, "lms.settings.production"),
            SHOW,
        )
        for key in SECRET_KEYS
    },
}


@pytest.fixture(scope="module")
def ran():
    """Every case of this module, run once (``run_all``)."""
    return run_all(CASES)


def test_nothing_set_means_sqlite_eager_console_local_media(ran):
    s = shown(ran["nothing"])
    assert s["db"] == "django.db.backends.sqlite3"
    assert s["db_name"].endswith("db.sqlite3")
    assert s["cache"].endswith("LocMemCache")
    assert s["broker"] == "" and s["eager"] is True
    assert s["email"].endswith("console.EmailBackend")
    assert s["media"].endswith("FileSystemStorage")
    assert s["debug"] is True


def test_environment_switches_to_production_parts(ran):
    s = shown(ran["production parts"])
    assert s["db"] == "django.db.backends.postgresql"
    assert (s["db_name"], s["db_host"]) == ("gga", "127.0.0.1")
    assert s["cache"].endswith("RedisCache")
    assert s["broker"] == "redis://127.0.0.1:6379/1" and s["eager"] is False
    assert s["email"].endswith("smtp.EmailBackend")
    assert s["media"] == "storages.backends.s3.S3Storage"
    assert s["debug"] is False


def test_a_separate_broker_wins_over_redis_url(ran):
    s = shown(ran["separate broker"])
    assert s["broker"] == "redis://broker:6379/2"


def test_a_malformed_boolean_names_the_variable(ran):
    result = ran["malformed boolean"]
    assert result.returncode != 0
    assert "DEBUG must be true or false, not 'maybe'" in result.stderr


def test_production_settings_load_with_the_documented_environment(ran):
    s = shown(ran["production"])
    assert s["debug"] is False
    assert s["hosts"] == ["academy.example.org"]
    assert s["mfa_staff"] is True


@pytest.mark.parametrize("key", SECRET_KEYS)
def test_production_refuses_to_start_without_a_real_secret_key(ran, key):
    result = ran[f"secret key {key!r}"]
    assert result.returncode != 0
    assert "SECRET_KEY must be set to a random value" in result.stderr


def test_production_refuses_default_allowed_hosts(ran):
    result = ran["default hosts"]
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must name the site's host names" in result.stderr


def test_check_deploy_is_clean_with_the_documented_environment(ran):
    result = ran["check deploy"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
