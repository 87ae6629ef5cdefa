"""Production starts safely or not at all.

Each case loads the settings in a fresh interpreter with a controlled environment, the way
a deployment would (see tests/lms/test_settings_env.py).
"""

import os
import subprocess
import sys

import pytest

from tests.lms.test_settings_env import PRODUCTION_ENV, ROOT, run, settings_for

WITHOUT = {
    "DATABASE_URL": "DATABASE_URL must name the PostgreSQL database in production",
    "REDIS_URL": "REDIS_URL must name the Redis server in production",
    "EMAIL_HOST": "EMAIL_HOST must name the SMTP server in production",
}


@pytest.mark.parametrize("name", WITHOUT)
def test_production_refuses_to_start_without_a_real_service(name):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != name}
    result = run("lms.settings.production", env)
    assert result.returncode != 0
    assert WITHOUT[name] in result.stderr


def test_production_refuses_a_sqlite_database():
    result = run("lms.settings.production", {**PRODUCTION_ENV, "DATABASE_URL": "sqlite:///x.db"})
    assert result.returncode != 0
    assert "DATABASE_URL must name the PostgreSQL database" in result.stderr


def test_an_empty_broker_falls_back_to_redis_and_a_separate_one_is_used():
    assert settings_for("lms.settings.production", PRODUCTION_ENV)["eager"] is False
    s = settings_for(
        "lms.settings.production", {**PRODUCTION_ENV, "CELERY_BROKER_URL": "redis://q:6379/2"}
    )
    assert s["broker"] == "redis://q:6379/2"


def test_a_delivering_email_backend_may_stand_in_for_smtp():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "EMAIL_HOST"}
    env["EMAIL_BACKEND"] = "anymail.backends.mailgun.EmailBackend"
    assert settings_for("lms.settings.production", env)["email"] == env["EMAIL_BACKEND"]


def run_unset(env: dict[str, str], code: str) -> subprocess.CompletedProcess:
    """Run ``code`` as a server would start: DJANGO_SETTINGS_MODULE not set at all."""
    clean = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


ENTRY = "import {module}; from django.conf import settings; print(settings.SETTINGS_MODULE)"


@pytest.mark.parametrize("module", ["lms.wsgi", "lms.asgi"])
def test_servers_default_to_production_settings(module):
    code = ENTRY.format(module=module)
    started = run_unset(PRODUCTION_ENV, code)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip().endswith("lms.settings.production")
    refused = run_unset({}, code)
    assert refused.returncode != 0
    assert "SECRET_KEY must be set to a random value" in refused.stderr


def test_manage_py_keeps_the_development_settings():
    code = (
        "import runpy, sys; sys.argv = ['manage.py', 'diffsettings', '--all']; "
        "runpy.run_path('manage.py', run_name='__main__')"
    )
    result = run_unset({}, code)
    assert result.returncode == 0, result.stderr
    assert "SETTINGS_MODULE = 'lms.settings.dev'" in result.stdout
