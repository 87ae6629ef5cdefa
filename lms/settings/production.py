"""Settings for production: HTTPS only, a real secret key, strict cookies.

Refuses to start without a real SECRET_KEY; ``manage.py check --deploy`` is clean with the
environment documented in README.md.
"""

from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int

DEBUG = False

if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production, "
        'e.g. python -c "import secrets; print(secrets.token_urlsafe(64))".'
    )
if not ALLOWED_HOSTS or ALLOWED_HOSTS == ["localhost", "127.0.0.1", "[::1]"]:  # noqa: F405
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the site's host names in production.")

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
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", True)
