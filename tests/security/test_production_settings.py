"""Production starts safely or not at all.

Each case loads the settings with a controlled environment into an interpreter that has read
no settings yet, the way a deployment would (see tests/lms/test_settings_env.py).
"""

import pytest

from tests.lms.test_settings_env import PRODUCTION_ENV, SHOW, clean_env, run_all, shown

WITHOUT = {
    "DATABASE_URL": "DATABASE_URL must name the PostgreSQL database in production",
    "REDIS_URL": "REDIS_URL must name the Redis server in production",
    "EMAIL_HOST": "EMAIL_HOST must name the SMTP server in production",
}


ENTRY = "import {module}; from django.conf import settings; print(settings.SETTINGS_MODULE)"
SERVERS = ["lms.wsgi", "lms.asgi"]
MANAGE_PY = (
    "import runpy, sys; sys.argv = ['manage.py', 'diffsettings', '--all']; "
    "runpy.run_path('manage.py', run_name='__main__')"
)


def production(env: dict[str, str]):
    return (clean_env(env, "lms.settings.production"), SHOW)


def no_email_host(**extra) -> dict[str, str]:
    return {**{k: v for k, v in PRODUCTION_ENV.items() if k != "EMAIL_HOST"}, **extra}


# Each case in a fresh interpreter's state, all run once (tests/lms/test_settings_env.py).
# A server starts as a server would: DJANGO_SETTINGS_MODULE not set at all.
CASES = {
    **{
        f"without {name}": production({k: v for k, v in PRODUCTION_ENV.items() if k != name})
        for name in WITHOUT
    },
    "sqlite": production({**PRODUCTION_ENV, "DATABASE_URL": "sqlite:///x.db"}),
    "documented": production(PRODUCTION_ENV),
    "separate broker": production({**PRODUCTION_ENV, "CELERY_BROKER_URL": "redis://q:6379/2"}),
    "delivering backend": production(
        no_email_host(EMAIL_BACKEND="anymail.backends.mailgun.EmailBackend")
    ),
    **{
        f"{module} {which}": (clean_env(env), ENTRY.format(module=module))
        for module in SERVERS
        for which, env in (("started", PRODUCTION_ENV), ("refused", {}))
    },
    "manage.py": (clean_env({}), MANAGE_PY),
}


@pytest.fixture(scope="module")
def ran():
    return run_all(CASES)


@pytest.mark.parametrize("name", WITHOUT)
def test_production_refuses_to_start_without_a_real_service(ran, name):
    result = ran[f"without {name}"]
    assert result.returncode != 0
    assert WITHOUT[name] in result.stderr


def test_production_refuses_a_sqlite_database(ran):
    result = ran["sqlite"]
    assert result.returncode != 0
    assert "DATABASE_URL must name the PostgreSQL database" in result.stderr


def test_an_empty_broker_falls_back_to_redis_and_a_separate_one_is_used(ran):
    assert shown(ran["documented"])["eager"] is False
    s = shown(ran["separate broker"])
    assert s["broker"] == "redis://q:6379/2"


def test_a_delivering_email_backend_may_stand_in_for_smtp(ran):
    assert shown(ran["delivering backend"])["email"] == "anymail.backends.mailgun.EmailBackend"


@pytest.mark.parametrize("module", SERVERS)
def test_servers_default_to_production_settings(ran, module):
    started = ran[f"{module} started"]
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip().endswith("lms.settings.production")
    refused = ran[f"{module} refused"]
    assert refused.returncode != 0
    assert "SECRET_KEY must be set to a random value" in refused.stderr


def test_manage_py_keeps_the_development_settings(ran):
    result = ran["manage.py"]
    assert result.returncode == 0, result.stderr
    assert "SETTINGS_MODULE = 'lms.settings.dev'" in result.stdout
