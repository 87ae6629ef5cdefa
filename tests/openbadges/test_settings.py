"""Production refuses to start without a readable signing key; dev and test make their own."""

import json

import pytest

from tests.lms.test_settings_env import (
    OPENBADGES_PEM,
    PRODUCTION_ENV,
    SHOW,
    STARTED,
    clean_env,
    run_all,
    shown,
)

SHOW_KEY = """
import json
from django.conf import settings
print(json.dumps({
    "file": settings.OPENBADGES_KEY_FILE,
    "create": settings.OPENBADGES_CREATE_KEY_FILE,
    "pem": bool(settings.OPENBADGES_PRIVATE_KEY),
}))
"""


def without_key(**extra) -> dict[str, str]:
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "OPENBADGES_PRIVATE_KEY"}
    return {**env, **extra}


@pytest.fixture(scope="module")
def key_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("openbadges") / "openbadges.pem"
    path.write_text(OPENBADGES_PEM)
    return path


@pytest.fixture(scope="module")
def ran(key_file):
    """Each case in a fresh interpreter's state, all run once (tests/lms/test_settings_env.py)."""
    production, dev = "lms.settings.production", "lms.settings.dev"
    return run_all(
        {
            "no key": (clean_env(without_key(), production), SHOW),
            "unreadable pem": (
                clean_env(
                    without_key(OPENBADGES_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\nnope\n"),
                    production,
                ),
                SHOW,
            ),
            "absent file": (
                clean_env(
                    without_key(OPENBADGES_KEY_FILE=str(key_file.parent / "absent.pem")),
                    production,
                ),
                SHOW,
            ),
            "key file": (
                clean_env(without_key(OPENBADGES_KEY_FILE=str(key_file)), production),
                STARTED + SHOW_KEY,
            ),
            "dev": (clean_env({}, dev), SHOW_KEY),
            "dev named": (clean_env({"OPENBADGES_PRIVATE_KEY": OPENBADGES_PEM}, dev), SHOW_KEY),
            "documented": (clean_env(PRODUCTION_ENV, production), SHOW),
        }
    )


def test_production_refuses_to_start_without_a_signing_key(ran):
    result = ran["no key"]

    assert result.returncode != 0
    assert "OPENBADGES_PRIVATE_KEY (PEM text) or OPENBADGES_KEY_FILE" in result.stderr


def test_production_refuses_a_key_that_cannot_be_read(ran):
    for result in (ran["unreadable pem"], ran["absent file"]):
        assert result.returncode != 0
        assert "The Open Badges signing key cannot be read" in result.stderr


def test_production_starts_with_a_key_file(ran, key_file):
    result = ran["key file"]

    assert result.returncode == 0, result.stderr
    assert str(key_file) in result.stdout and '"create": false' in result.stdout


def test_dev_makes_a_local_key_file_unless_one_is_named(ran):
    local = json.loads(ran["dev"].stdout.strip().splitlines()[-1])
    assert local["file"].endswith("var/keys/openbadges.pem") and local["create"] is True

    named = json.loads(ran["dev named"].stdout.strip().splitlines()[-1])
    assert named == {"file": "", "create": False, "pem": True}


def test_production_settings_still_load_with_the_documented_environment(ran):
    assert shown(ran["documented"])["debug"] is False
