"""Settings of the gunicorn processes tests/integration/test_two_servers.py starts: production,
as each web machine of a deployment runs it, over plain HTTP on loopback (cookies not marked
Secure, so a session travels over http://127.0.0.1)."""

from lms.settings.production import *  # noqa: F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Static files from the apps' folders (no collectstatic before the test), as the test suite's.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_AUTOREFRESH = True
# The test process writes users with the suite's fast MD5 hashes; the machines must read them.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.MD5PasswordHasher",
]
