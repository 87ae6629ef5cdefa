"""Settings for production: HTTPS only, a real secret key, strict cookies.

Refuses to start without a real SECRET_KEY; ``manage.py check --deploy`` is clean with the
environment documented in README.md.
"""

from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

DEBUG = False
# Read by commands that must not run on a live site unless forced (load_demo: its accounts
# have a published password).
PRODUCTION = True

if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production, "
        'e.g. python -c "import secrets; print(secrets.token_urlsafe(64))".'
    )
if not ALLOWED_HOSTS or ALLOWED_HOSTS == ["localhost", "127.0.0.1", "[::1]"]:  # noqa: F405
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the site's host names in production.")

# The embedded defaults are for a laptop only: production refuses to start without each real
# service, naming the variable, rather than fall back silently.
if not env_str("DATABASE_URL") or "sqlite" in DATABASES["default"]["ENGINE"]:  # noqa: F405
    raise ImproperlyConfigured(
        "DATABASE_URL must name the PostgreSQL database in production "
        "(postgres://user:password@host:5432/name); without it the site would run on a "
        "SQLite file of its own."
    )
if not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "REDIS_URL must name the Redis server in production (redis://host:6379/0): the cache "
        "every web process shares (sessions, rate limits, cached pages) lives there; without "
        "it each process would keep a memory cache of its own."
    )
if not EMAIL_HOST and EMAIL_BACKEND.endswith("console.EmailBackend"):  # noqa: F405
    raise ImproperlyConfigured(
        "EMAIL_HOST must name the SMTP server in production (or EMAIL_BACKEND a backend that "
        "delivers mail); without it e-mails are printed to the console and nobody can "
        "confirm their address."
    )
if not CELERY_BROKER_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "CELERY_BROKER_URL (or REDIS_URL) must name the task broker in production; without "
        "it certificates, e-mails and reports would be made inside web requests."
    )

if not OPENBADGES_PRIVATE_KEY and not OPENBADGES_KEY_FILE:  # noqa: F405
    raise ImproperlyConfigured(
        "OPENBADGES_PRIVATE_KEY (PEM text) or OPENBADGES_KEY_FILE (a PEM file) must hold the "
        "RSA key that signs certificates' Open Badges credentials in production; "
        "see docs/openbadges.md."
    )
try:  # a key that cannot be read stops the start, not the first certificate
    load_pem_private_key(
        (OPENBADGES_PRIVATE_KEY.replace("\\n", "\n") or Path(OPENBADGES_KEY_FILE).read_text())  # noqa: F405
        .encode(),
        password=None,
    )
except (OSError, ValueError, TypeError) as exc:
    raise ImproperlyConfigured(
        f"The Open Badges signing key cannot be read as an unencrypted PEM private key: {exc}"
    ) from exc

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", True)
