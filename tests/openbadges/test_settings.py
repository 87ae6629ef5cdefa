"""Production refuses to start without a readable signing key; dev and test make their own."""

from tests.lms.test_settings_env import OPENBADGES_PEM, PRODUCTION_ENV, run, settings_for

SHOW_KEY = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "file": settings.OPENBADGES_KEY_FILE,
    "create": settings.OPENBADGES_CREATE_KEY_FILE,
    "pem": bool(settings.OPENBADGES_PRIVATE_KEY),
}))
"""


def without_key(**extra) -> dict[str, str]:
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "OPENBADGES_PRIVATE_KEY"}
    return {**env, **extra}


def test_production_refuses_to_start_without_a_signing_key():
    result = run("lms.settings.production", without_key())

    assert result.returncode != 0
    assert "OPENBADGES_PRIVATE_KEY (PEM text) or OPENBADGES_KEY_FILE" in result.stderr


def test_production_refuses_a_key_that_cannot_be_read(tmp_path):
    for env in (
        without_key(OPENBADGES_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\nnope\n"),
        without_key(OPENBADGES_KEY_FILE=str(tmp_path / "absent.pem")),
    ):
        result = run("lms.settings.production", env)
        assert result.returncode != 0
        assert "The Open Badges signing key cannot be read" in result.stderr


def test_production_starts_with_a_key_file(tmp_path):
    path = tmp_path / "openbadges.pem"
    path.write_text(OPENBADGES_PEM)

    result = run("lms.settings.production", without_key(OPENBADGES_KEY_FILE=str(path)), SHOW_KEY)

    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout and '"create": false' in result.stdout


def test_dev_makes_a_local_key_file_unless_one_is_named():
    import json

    local = json.loads(run("lms.settings.dev", {}, SHOW_KEY).stdout.strip().splitlines()[-1])
    assert local["file"].endswith("var/keys/openbadges.pem") and local["create"] is True

    named = json.loads(
        run("lms.settings.dev", {"OPENBADGES_PRIVATE_KEY": OPENBADGES_PEM}, SHOW_KEY)
        .stdout.strip()
        .splitlines()[-1]
    )
    assert named == {"file": "", "create": False, "pem": True}


def test_production_settings_still_load_with_the_documented_environment():
    assert settings_for("lms.settings.production", PRODUCTION_ENV)["debug"] is False
