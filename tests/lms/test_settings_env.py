"""Settings come from the environment: defaults for a laptop, production parts when set.

Each case loads the settings in a fresh interpreter with a controlled environment, the way
a deployment would.
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
SHOW = """
import json, django
from django.conf import settings
django.setup()
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


def run(module: str, env: dict[str, str], code: str = SHOW) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_SETTINGS_MODULE": module, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def settings_for(module: str, env: dict[str, str]) -> dict:
    result = run(module, env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_nothing_set_means_sqlite_eager_console_local_media():
    s = settings_for("lms.settings.dev", {})
    assert s["db"] == "django.db.backends.sqlite3"
    assert s["db_name"].endswith("db.sqlite3")
    assert s["cache"].endswith("LocMemCache")
    assert s["broker"] == "" and s["eager"] is True
    assert s["email"].endswith("console.EmailBackend")
    assert s["media"].endswith("FileSystemStorage")
    assert s["debug"] is True


def test_environment_switches_to_production_parts():
    s = settings_for(
        "lms.settings.dev",
        {
            "DATABASE_URL": "postgres://gga@127.0.0.1:5432/gga",
            "REDIS_URL": "redis://127.0.0.1:6379/1",
            "EMAIL_HOST": "smtp.example.org",
            "AWS_STORAGE_BUCKET_NAME": "gga-media",
            "DEBUG": "false",
        },
    )
    assert s["db"] == "django.db.backends.postgresql"
    assert (s["db_name"], s["db_host"]) == ("gga", "127.0.0.1")
    assert s["cache"].endswith("RedisCache")
    assert s["broker"] == "redis://127.0.0.1:6379/1" and s["eager"] is False
    assert s["email"].endswith("smtp.EmailBackend")
    assert s["media"] == "storages.backends.s3.S3Storage"
    assert s["debug"] is False


def test_a_separate_broker_wins_over_redis_url():
    s = settings_for(
        "lms.settings.dev",
        {
            "REDIS_URL": "redis://127.0.0.1:6379/1",
            "CELERY_BROKER_URL": "redis://broker:6379/2",
        },
    )
    assert s["broker"] == "redis://broker:6379/2"


def test_a_malformed_boolean_names_the_variable():
    result = run("lms.settings.dev", {"DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be true or false, not 'maybe'" in result.stderr


def test_production_settings_load_with_the_documented_environment():
    s = settings_for("lms.settings.production", PRODUCTION_ENV)
    assert s["debug"] is False
    assert s["hosts"] == ["academy.example.org"]
    assert s["mfa_staff"] is True


@pytest.mark.parametrize("key", ["", "short", "django-insecure-" + "a" * 50, "a" * 60])
def test_production_refuses_to_start_without_a_real_secret_key(key):
    result = run("lms.settings.production", {**PRODUCTION_ENV, "SECRET_KEY": key})
    assert result.returncode != 0
    assert "SECRET_KEY must be set to a random value" in result.stderr


def test_production_refuses_default_allowed_hosts():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "ALLOWED_HOSTS"}
    result = run("lms.settings.production", env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must name the site's host names" in result.stderr


def test_check_deploy_is_clean_with_the_documented_environment():
    code = (
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'DEBUG'])"
    )
    result = run("lms.settings.production", PRODUCTION_ENV, code=code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
