"""The platform's signing key for Open Badges credentials, and the public keys it publishes.

Where the private key comes from (read in ``lms/settings/base.py``):

* ``OPENBADGES_PRIVATE_KEY``: the PEM text of an RSA private key (production: a secret);
* ``OPENBADGES_KEY_FILE``: the path of a PEM file holding it (production: a mounted secret);
* neither, in dev and test only: ``var/keys/openbadges.pem``, created on first use
  (``OPENBADGES_CREATE_KEY_FILE``). ``production.py`` refuses to start without one of the two.

``OPENBADGES_PREVIOUS_PUBLIC_KEYS`` holds the PEM public keys of retired signing keys, so
credentials signed before a key rotation still verify; they are published in the JWKS beside
the current key (see docs/openbadges.md, "Rotating the key").

Keys are RSA (Open Badges 3.0 §8.2.2: verifiers must support RS256) of at least 2048 bits.
Each key's ``kid`` is its RFC 7638 JWK thumbprint.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from jwt.algorithms import RSAAlgorithm

ALGORITHM = "RS256"
MIN_KEY_BITS = 2048
NEW_KEY_BITS = 3072
_PUBLIC_PEM_BLOCK = re.compile(r"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)


@dataclass(frozen=True)
class PublicKey:
    """One public key the platform vouches for: its JWK (with ``kid``) and the key object."""

    kid: str
    jwk: dict
    key: rsa.RSAPublicKey


def public_jwk(key: rsa.RSAPublicKey) -> dict:
    """The public JWK of ``key`` with its thumbprint as ``kid``; never holds private parts."""
    jwk = RSAAlgorithm.to_jwk(key, as_dict=True)
    members = {"kty": "RSA", "n": jwk["n"], "e": jwk["e"]}
    return {**members, "kid": thumbprint(members), "use": "sig", "alg": ALGORITHM}


def thumbprint(jwk: dict) -> str:
    """The RFC 7638 SHA-256 thumbprint of an RSA JWK (base64url, no padding).

    The hash input is the JSON object of the required members only (``e``, ``kty``, ``n``),
    in lexicographic order, without whitespace (RFC 7638 §3.2 and §3.3).
    """
    required = {"e": jwk["e"], "kty": jwk["kty"], "n": jwk["n"]}
    canonical = json.dumps(required, separators=(",", ":"), sort_keys=True)
    digest = hashlib.sha256(canonical.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def generate_private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=NEW_KEY_BITS)


def private_key_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def public_key_pem(key: rsa.RSAPublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def ensure_key_file(path: str | Path) -> Path:
    """Create a new private key file at ``path`` (mode 0600) unless one exists; return the path.

    Safe when several processes start at once: the key is written to a temporary file and
    linked into place only if nothing is there yet, so every process ends up with the same key.
    """
    path = Path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".openbadges-", suffix=".pem")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(private_key_pem(generate_private_key()))
        try:
            os.link(tmp_name, path)
        except FileExistsError:
            pass  # another process created it first; keep theirs
    finally:
        os.unlink(tmp_name)
    return path


def signing_key() -> rsa.RSAPrivateKey:
    """The platform's private signing key, from the settings (see the module docstring)."""
    pem = settings.OPENBADGES_PRIVATE_KEY
    if pem:
        return _load_private_pem(pem.replace("\\n", "\n"), "OPENBADGES_PRIVATE_KEY")
    path = settings.OPENBADGES_KEY_FILE
    if not path:
        raise ImproperlyConfigured(
            "Open Badges signing needs OPENBADGES_PRIVATE_KEY or OPENBADGES_KEY_FILE."
        )
    path = Path(path)
    if not path.exists() and settings.OPENBADGES_CREATE_KEY_FILE:
        ensure_key_file(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise ImproperlyConfigured(
            f"OPENBADGES_KEY_FILE {str(path)!r} cannot be read: {exc.strerror}."
        ) from exc
    return _load_private_file(str(path), stat.st_mtime_ns)


def current_public_key() -> PublicKey:
    key = signing_key().public_key()
    jwk = public_jwk(key)
    return PublicKey(kid=jwk["kid"], jwk=jwk, key=key)


def published_keys() -> list[PublicKey]:
    """Every public key in the JWKS: the current signing key first, then retired ones."""
    keys = [current_public_key()]
    for key in _previous_keys(settings.OPENBADGES_PREVIOUS_PUBLIC_KEYS):
        jwk = public_jwk(key)
        if all(known.kid != jwk["kid"] for known in keys):
            keys.append(PublicKey(kid=jwk["kid"], jwk=jwk, key=key))
    return keys


def jwks() -> dict:
    """The JSON Web Key Set (RFC 7517 §5) served at ``/.well-known/jwks.json``."""
    return {"keys": [key.jwk for key in published_keys()]}


@lru_cache(maxsize=8)
def _load_private_pem(pem: str, source: str) -> rsa.RSAPrivateKey:
    try:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured(
            f"{source} is not an unencrypted PEM private key: {exc}"
        ) from exc
    return _checked(key, source)


@lru_cache(maxsize=8)
def _load_private_file(path: str, mtime_ns: int) -> rsa.RSAPrivateKey:
    # mtime_ns is part of the cache key, so a replaced key file is read again.
    try:
        pem = Path(path).read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise ImproperlyConfigured(f"OPENBADGES_KEY_FILE {path!r} cannot be read: {exc}") from exc
    return _load_private_pem(pem, f"OPENBADGES_KEY_FILE {path!r}")


@lru_cache(maxsize=8)
def _previous_keys(pems: str) -> tuple[rsa.RSAPublicKey, ...]:
    keys = []
    for block in _PUBLIC_PEM_BLOCK.findall(pems.replace("\\n", "\n")):
        try:
            key = serialization.load_pem_public_key(block.encode())
        except ValueError as exc:
            raise ImproperlyConfigured(
                f"OPENBADGES_PREVIOUS_PUBLIC_KEYS holds a key that cannot be read: {exc}"
            ) from exc
        keys.append(_checked(key, "OPENBADGES_PREVIOUS_PUBLIC_KEYS"))
    return tuple(keys)


def _checked(key, source: str):
    if not isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        raise ImproperlyConfigured(f"{source} must be an RSA key (Open Badges 3.0 uses RS256).")
    if key.key_size < MIN_KEY_BITS:
        raise ImproperlyConfigured(
            f"{source} is a {key.key_size}-bit RSA key; at least {MIN_KEY_BITS} bits are needed."
        )
    return key
