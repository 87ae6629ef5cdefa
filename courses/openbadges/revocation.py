"""Revocation inside the credential: the 1EdTech Revocation List Status Method (VCRL 1.0).

Open Badges 3.0 (§ "Verify an OpenBadgeCredential", step "Check the status") names one status
method: a ``credentialStatus`` of type ``1EdTechRevocationList`` whose ``id`` is the address
of the issuer's revocation list. A verifier fetches that address and finds the credential
revoked when its ``id`` appears in ``revokedCredentials``.

The list is served as JSON (what VCRL verifiers read) and, signed with the platform key, as a
compact JWS, so that a copy kept elsewhere can still be shown to come from this platform.
"""

from __future__ import annotations

from collections.abc import Iterable

import jwt
from django.utils import timezone

from .issuer import issuer_id, key_url, revocation_list_url
from .keys import ALGORITHM, current_public_key, signing_key

REVOCATION_LIST_TYPE = "1EdTechRevocationList"


def credential_status() -> dict:
    """The ``credentialStatus`` every credential carries (OB 3.0 B.1.x CredentialStatus)."""
    return {"id": revocation_list_url(), "type": REVOCATION_LIST_TYPE}


def revocation_list(revoked_ids: Iterable[str]) -> dict:
    """The revocation list document for the ids of every revoked credential."""
    return {
        "id": revocation_list_url(),
        "issuer": issuer_id(),
        "revokedCredentials": [
            {"id": credential_id, "revoked": True} for credential_id in sorted(set(revoked_ids))
        ],
    }


def signed_revocation_list(revoked_ids: Iterable[str]) -> str:
    """The same list as a compact JWS signed with the current platform key (RS256)."""
    document = revocation_list(revoked_ids)
    public = current_public_key()
    payload = {**document, "iss": document["issuer"], "iat": int(timezone.now().timestamp())}
    return jwt.encode(
        payload,
        signing_key(),
        algorithm=ALGORITHM,
        headers={"typ": "JWT", "kid": key_url(public.kid)},
    )
