"""Settings for ``make bench``: production, plus the baseline page, over plain HTTP on loopback.

``bench/run.py`` sets SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and SECURE_SSL_REDIRECT=false in
the environment before importing this. The only departures from production are the ones a
plain-HTTP loopback run needs (cookies not marked Secure, so the signed-in session travels
over http://127.0.0.1), the extra ``bench.baseline`` app, and a temporary STATIC_ROOT.
"""

import os

from lms.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench.baseline"]  # noqa: F405

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT") or STATIC_ROOT  # noqa: F405

# bench/run.py caches in Redis as production does (REDIS_URL, else BENCH_REDIS_URL); only when
# no Redis answers does it name a placeholder for production's start-up checks and set this,
# keeping the cache in local memory and tasks in-process.
if os.environ.get("BENCH_EMBEDDED_SERVICES"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_TASK_ALWAYS_EAGER = True

# Every request of a load generator comes from 127.0.0.1: the per-address limit on certificate
# verification (django-ratelimit) would answer 429 after a few, which is not what is measured.
RATELIMIT_ENABLE = False
