"""The demo's Open Badges signing key, so the demo certificates carry signed credentials.

In dev and test the key file (``var/keys/openbadges.pem``, git-ignored) is made here if it
is missing; a key given in the environment (``OPENBADGES_PRIVATE_KEY``) is used as it is.
"""

from django.conf import settings

from courses.openbadges.keys import current_public_key, ensure_key_file


def load_signing_key() -> str:
    """Make sure credentials can be signed; return the signing key's id (its thumbprint)."""
    if not settings.OPENBADGES_PRIVATE_KEY and settings.OPENBADGES_KEY_FILE:
        ensure_key_file(settings.OPENBADGES_KEY_FILE)
    return current_public_key().kid
