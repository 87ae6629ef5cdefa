"""Settings for a developer's laptop (``make run``): debug on, a throwaway key."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
# A key for local use only; production.py refuses to start without a real one.
SECRET_KEY = env_str("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS + ["testserver"]  # noqa: F405
# Plain storage in development, so templates work before collectstatic has run.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# A local Open Badges signing key, made on first use, unless the environment names one.
if not OPENBADGES_PRIVATE_KEY and not OPENBADGES_KEY_FILE:  # noqa: F405
    OPENBADGES_KEY_FILE = str(BASE_DIR / "var" / "keys" / "openbadges.pem")  # noqa: F405
    OPENBADGES_CREATE_KEY_FILE = True
