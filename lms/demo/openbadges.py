"""The demo's Open Badges signing key, so the demo certificates carry signed credentials, and
a summary of what outside verifiers find: the key's address and the revocation list.

In dev and test the key file (``var/keys/openbadges.pem``, git-ignored) is made here if it
is missing; a key given in the environment (``OPENBADGES_PRIVATE_KEY``) is used as it is.
The demo's revoked certificate (lms/demo/data/certificates.py) is in the served 1EdTech
Revocation List, read from the records like every other revocation.
"""

from django.conf import settings

from courses.certificates.credential import revoked_credential_ids
from courses.openbadges.issuer import key_url, revocation_list_url
from courses.openbadges.keys import current_public_key, ensure_key_file


def load_signing_key() -> str:
    """Make sure credentials can be signed; return the signing key's id (its thumbprint)."""
    if not settings.OPENBADGES_PRIVATE_KEY and settings.OPENBADGES_KEY_FILE:
        ensure_key_file(settings.OPENBADGES_KEY_FILE)
    return current_public_key().kid


def summary() -> str:
    """One line for load_demo: where verifiers find the key and the revocation list."""
    revoked = len(revoked_credential_ids())
    return (
        f"Open Badges: credentials name their key at {key_url(current_public_key().kid)}; "
        f"the revocation list {revocation_list_url()} lists {revoked} revoked "
        f"credential{'s' if revoked != 1 else ''}."
    )
