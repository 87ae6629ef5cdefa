"""Sign an OpenBadgeCredential as a VC-JWT (Open Badges 3.0 §8.2, "JSON Web Token Proof Format").

* JOSE header (§8.2.2): ``alg`` RS256 (the algorithm every OB 3.0 verifier must support),
  ``typ`` "JWT" (the only value OB 3.0 allows), ``kid`` a URI that dereferences to the public
  JWK (``/openbadges/keys/<RFC 7638 thumbprint>``, which returns that one JWK) and ``jwk``,
  the public key itself. No other header is allowed. (VC-JOSE-COSE would say
  ``typ: vc+jwt``; OB 3.0 pins "JWT", and OB 3.0 is what badge verifiers check.)
* JWT payload (§8.2.3): the credential's own JSON object (VC Data Model 2.0 style, no ``vc``
  claim) with ``iss`` = ``issuer.id``, ``jti`` = ``id``, ``sub`` = ``credentialSubject.id``,
  ``nbf`` = ``validFrom`` and, when the credential has a ``validUntil``, ``exp`` = it.
* The signature is computed by PyJWT on the ``cryptography`` RSA key; nothing hand-rolled.
"""

from __future__ import annotations

import jwt

from .credential import CredentialData, build_credential, parse_datetime_z
from .issuer import key_url
from .keys import ALGORITHM, current_public_key, signing_key


def issue_credential(data: CredentialData) -> str:
    """The credential for ``data`` as a compact VC-JWT signed with the platform key."""
    return sign_credential(build_credential(data))


def sign_credential(credential: dict) -> str:
    """Sign a built credential dict (see ``build_credential``) as a compact VC-JWT."""
    public = current_public_key()
    return jwt.encode(
        jwt_payload(credential),
        signing_key(),
        algorithm=ALGORITHM,
        headers={"typ": "JWT", "kid": key_url(public.kid), "jwk": public.jwk},
    )


def jwt_payload(credential: dict) -> dict:
    """The credential plus the registered claims OB 3.0 §8.2.3 requires."""
    payload = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": int(parse_datetime_z(credential["validFrom"]).timestamp()),
    }
    if credential.get("validUntil"):
        payload["exp"] = int(parse_datetime_z(credential["validUntil"]).timestamp())
    return payload
