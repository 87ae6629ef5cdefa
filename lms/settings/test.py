"""Settings for the test suite: fast hashing, local memory cache and e-mail, eager tasks.

The database and broker still come from the environment, so CI runs the same suite on
PostgreSQL; integration tests start a real Celery worker when CELERY_BROKER_URL is set.
"""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Tests run tasks in-process; the integration tests run a real worker on the broker.
CELERY_TASK_ALWAYS_EAGER = True
# Rate limits are tested on purpose where needed; elsewhere they would make tests flaky.
ACCOUNT_RATE_LIMITS = False
RATELIMIT_ENABLE = False  # django-ratelimit (certificate verification)
# Saving a page or an indexed snippet does not write the search index: most tests never search,
# and indexing a page costs queries at every save. Tests that search are marked
# ``@pytest.mark.search`` (a module's ``pytestmark`` or one test), which turns it on
# (tests/conftest.py); the browser tests always have it.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
WHITENOISE_AUTOREFRESH = True  # serve from finders; no collectstatic before tests
# A local Open Badges signing key, made on first use, unless the environment names one.
if not OPENBADGES_PRIVATE_KEY and not OPENBADGES_KEY_FILE:  # noqa: F405
    OPENBADGES_KEY_FILE = str(BASE_DIR / "var" / "keys" / "openbadges.pem")  # noqa: F405
    OPENBADGES_CREATE_KEY_FILE = True
