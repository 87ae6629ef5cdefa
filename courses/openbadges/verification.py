"""Check an Open Badges 3.0 credential that someone pasted or uploaded.

The steps follow Open Badges 3.0 §8.2.4 ("Verify a Credential") and report five checks, in
this order, each passed or failed with a plain message:

1. Format: a VC-JWT was found and its payload is an Open Badges 3.0 credential whose ``jti``
   and ``sub`` claims match its ``id`` and ``credentialSubject.id``.
2. Signature: the JWS verifies (RS256 only) with the key the header names: one of ours when
   the ``kid`` points to it, else the ``jwk`` carried in the header.
3. Issuer key: that key is one this platform publishes in its JWKS, and the credential's
   ``iss``/``issuer.id`` is this platform's issuer Profile.
4. Validity dates: ``nbf`` equals ``validFrom`` and it has begun; ``exp`` equals
   ``validUntil`` and it has not passed.
5. Revocation status: this platform's records know the credential and it is not revoked.

A check that cannot be trusted after an earlier one failed is reported as "not checked", never
as passed: when the signature does not match, nothing the token says (its key, its dates, its
id) is believed, so checks 3 to 5 are not run.

Keys are never fetched from addresses named in a credential (that would let anyone make the
server request any URL); only this platform's own keys can pass the Issuer key check anyway.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import jwt
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import rsa
from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_lazy

from .baking import PNG_SIGNATURE, unbake_png
from .credential import parse_datetime_z, spec_problems
from .issuer import issuer_id, issuer_name, key_url, legacy_key_url
from .keys import ALGORITHM, PublicKey, published_keys, thumbprint

FORMAT = "Format"
SIGNATURE = "Signature"
ISSUER_KEY = "Issuer key"
VALIDITY = "Validity dates"
REVOCATION = "Revocation status"
CHECK_LABELS = {
    FORMAT: gettext_lazy("Format"),
    SIGNATURE: gettext_lazy("Signature"),
    ISSUER_KEY: gettext_lazy("Issuer key"),
    VALIDITY: gettext_lazy("Validity dates"),
    REVOCATION: gettext_lazy("Revocation status"),
}
MAX_INPUT_BYTES = 256 * 1024
# Clocks differ a little between machines; a credential signed a moment ago is valid here.
CLOCK_LEEWAY = timedelta(seconds=60)
# The signature part may be empty (alg "none"): such a token is read, then fails the signature.
_COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
_ENVELOPE_PREFIXES = ("data:application/vc+jwt,", "data:application/vc-ld+jwt,")
# RecursionError: deeply nested JSON in a pasted text or a token's payload.
_JWT_ERRORS = (
    jwt.PyJWTError,
    ValueError,
    TypeError,
    KeyError,
    UnsupportedAlgorithm,
    RecursionError,
)
# A key carried in a header is used only if verifying with it stays cheap.
MAX_HEADER_KEY_BITS = 8192
MAX_PUBLIC_EXPONENT = 2**32


@dataclass(frozen=True)
class CredentialStatus:
    """What this platform's records say about a credential it issued."""

    revoked: bool
    revoked_at: datetime | None
    reason: str


@dataclass(frozen=True)
class Check:
    """One step of the verification, as shown to the person checking."""

    name: str  # stable English name: "Format", "Signature", …
    passed: bool
    message: str
    checked: bool = True  # False: skipped because an earlier check failed (never passed)

    @property
    def label(self) -> str:
        """The check's name in the active language."""
        return str(CHECK_LABELS.get(self.name, self.name))

    @property
    def outcome(self) -> str:
        """ "passed", "failed" or "not-checked", for templates and CSS classes."""
        if not self.checked:
            return "not-checked"
        return "passed" if self.passed else "failed"


@dataclass(frozen=True)
class VerificationReport:
    """The checks in order, and what the credential says.

    ``credential`` is the decoded content whenever it could be read, even when a check failed:
    show it as what the credential *claims*, and as fact only when ``ok``.
    """

    checks: list[Check]
    credential: dict | None = None
    token: str | None = None
    header: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.passed for check in self.checks)

    @property
    def credential_id(self) -> str | None:
        return self.credential.get("id") if self.credential else None


StatusLookup = Callable[[str], CredentialStatus | None]


def verify_credential(
    text: str | bytes, *, status_of: StatusLookup, now: datetime | None = None
) -> VerificationReport:
    """Verify a credential given as a compact VC-JWT, JSON holding one, or a baked PNG.

    ``status_of(credential_id)`` returns this platform's CredentialStatus for a credential id,
    or None when the id is unknown here. Never raises on bad input: every problem is a failed
    check.
    """
    now = now or timezone.now()
    token, problem = extract_token(text)
    if token is None:
        return _unreadable(problem)
    try:
        header = jwt.get_unverified_header(token)
        payload = jwt.decode(token, options={"verify_signature": False})
    except _JWT_ERRORS:
        return _unreadable(gettext("The text looks like a signed token but cannot be decoded."))
    # OB 3.0 §8.2.3: the payload is the credential itself plus the registered JWT claims.
    credential = {k: v for k, v in payload.items() if k not in _JWT_CLAIMS}
    if spec_problems(credential):
        return _unreadable(
            gettext("The token was read, but it does not hold an Open Badges 3.0 credential.")
        )
    if payload.get("jti") != credential["id"] or payload.get("sub") != (
        credential["credentialSubject"].get("id")
    ):
        return _unreadable(
            gettext("The token’s claims do not match the credential inside it (jti or sub).")
        )
    format_check = Check(FORMAT, True, gettext("An Open Badges 3.0 credential signed as a JWT."))
    ours = published_keys()
    signature_check, key = _check_signature(token, header, ours)
    if signature_check.passed:
        later_checks = [
            _check_issuer_key(header, payload, credential, key, ours),
            _check_dates(payload, credential, now),
            _check_revocation(credential["id"], status_of),
        ]
    else:
        # A token whose signature fails may say anything: our kid, valid dates, a real id.
        not_checked = gettext(
            "Skipped: the signature does not match, so nothing else in the credential can be "
            "trusted."
        )
        later_checks = [
            Check(name, False, not_checked, checked=False)
            for name in (ISSUER_KEY, VALIDITY, REVOCATION)
        ]
    return VerificationReport(
        checks=[format_check, signature_check, *later_checks],
        credential=credential,
        token=token,
        header=header,
    )


def extract_token(text: str | bytes) -> tuple[str | None, str]:
    """The compact JWS inside what a person pasted or uploaded, or None and why not.

    Accepts the bare token, a baked PNG, a JSON string holding the token, a VC 2.0 enveloped
    credential (``data:application/vc+jwt,…``), an Open Badges API response
    (``compactJwsString``), or an object whose ``proof`` carries a ``jwt``.
    """
    if isinstance(text, bytes):
        if len(text) > MAX_INPUT_BYTES * 40:
            return None, gettext("The file is too large to be a credential.")
        if text.startswith(PNG_SIGNATURE):
            baked = unbake_png(text)
            if baked is None:
                return None, gettext("This image holds no Open Badges credential.")
            text = baked
        else:
            try:
                text = text.decode("utf-8-sig")
            except UnicodeDecodeError:
                return None, gettext("The file is neither a credential nor a badge image.")
    if len(text) > MAX_INPUT_BYTES:
        return None, gettext("The text is too long to be a credential.")
    compact = "".join(text.split()).strip("\"'")
    if _COMPACT_JWS.match(compact):
        return compact, ""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return None, gettext("This is neither a signed credential (JWT) nor JSON holding one.")
    token = _token_in(document, depth=0)
    if token is None:
        return None, gettext(
            "No signed credential was found in this JSON. Only credentials signed as a JSON "
            "Web Token (VC-JWT) can be checked here."
        )
    return token, ""


_JWT_CLAIMS = {"iss", "sub", "jti", "nbf", "exp", "iat", "aud"}


def _token_in(value: object, depth: int) -> str | None:
    if depth > 4:
        return None
    if isinstance(value, str):
        for prefix in _ENVELOPE_PREFIXES:
            value = value.removeprefix(prefix)
        value = "".join(value.split())
        return value if _COMPACT_JWS.match(value) else None
    if isinstance(value, list):
        return next((t for t in (_token_in(item, depth + 1) for item in value[:10]) if t), None)
    if isinstance(value, dict):
        for key in ("id", "jwt", "compactJwsString", "proof", "credential", "token"):
            if key in value and (token := _token_in(value[key], depth + 1)):
                return token
    return None


def _unreadable(message: str) -> VerificationReport:
    not_checked = gettext("Skipped because the credential could not be read.")
    return VerificationReport(
        checks=[
            Check(FORMAT, False, message),
            *(
                Check(name, False, not_checked, checked=False)
                for name in (SIGNATURE, ISSUER_KEY, VALIDITY, REVOCATION)
            ),
        ]
    )


def _our_key_named_by(header: dict, ours: list[PublicKey]) -> PublicKey | None:
    """Our key that the header's ``kid`` points to: its own address, the JWKS address with its
    thumbprint as fragment (credentials signed before keys had their own address), or the bare
    thumbprint."""
    kid = header.get("kid")
    if not isinstance(kid, str):
        return None
    return next(
        (key for key in ours if kid in (key.kid, key_url(key.kid), legacy_key_url(key.kid))),
        None,
    )


def _check_signature(
    token: str, header: dict, ours: list[PublicKey]
) -> tuple[Check, rsa.RSAPublicKey | None]:
    if header.get("alg") != ALGORITHM:
        return Check(
            SIGNATURE,
            False,
            gettext("The credential is signed with %(alg)s; this platform checks RS256 only.")
            % {"alg": str(header.get("alg"))[:20]},
        ), None
    named = _our_key_named_by(header, ours)
    key = named.key if named else _header_jwk_key(header)
    if key is None:
        return Check(
            SIGNATURE,
            False,
            gettext("The credential neither names a key published here nor includes its key."),
        ), None
    try:
        jwt.decode(token, key, algorithms=[ALGORITHM], options=_SIGNATURE_ONLY)
    except jwt.InvalidSignatureError:
        return Check(
            SIGNATURE,
            False,
            gettext(
                "The signature does not match: the credential was changed after it was "
                "signed, or it was not signed with the key it names."
            ),
        ), key
    except _JWT_ERRORS:
        return Check(SIGNATURE, False, gettext("The signature cannot be checked.")), key
    return Check(SIGNATURE, True, gettext("The signature matches the credential’s content.")), key


_SIGNATURE_ONLY = {
    "verify_signature": True,
    "verify_exp": False,
    "verify_nbf": False,
    "verify_iat": False,
    "verify_aud": False,
    "verify_iss": False,
    "verify_sub": False,
    "verify_jti": False,
    "require": [],
}


def _header_jwk_key(header: dict) -> rsa.RSAPublicKey | None:
    jwk = header.get("jwk")
    # OB 3.0 §8.2.2: the header's JWK "MUST never contain d" (a private key).
    if not isinstance(jwk, dict) or jwk.get("kty") != "RSA" or "d" in jwk:
        return None
    if len(str(jwk.get("n", ""))) > MAX_HEADER_KEY_BITS // 6 + 4:
        return None  # refuse before building the key: a huge modulus makes checking slow
    try:
        key = jwt.PyJWK(jwk, algorithm=ALGORITHM).key
    except _JWT_ERRORS:
        return None
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size > MAX_HEADER_KEY_BITS:
        return None
    return key if key.public_numbers().e < MAX_PUBLIC_EXPONENT else None


def _check_issuer_key(
    header: dict,
    payload: dict,
    credential: dict,
    key: rsa.RSAPublicKey | None,
    ours: list[PublicKey],
) -> Check:
    site = issuer_name()
    issuer = credential["issuer"]
    issuer_ref = issuer.get("id") if isinstance(issuer, dict) else issuer
    if payload.get("iss") != issuer_ref or issuer_ref != issuer_id():
        return Check(
            ISSUER_KEY,
            False,
            gettext("The credential names another issuer, not %(site)s.") % {"site": site},
        )
    used = next((ours_key for ours_key in ours if key and _same_key(ours_key.key, key)), None)
    jwk = header.get("jwk")
    jwk_matches = jwk is None or (used is not None and _jwk_thumbprint(jwk) == used.kid)
    kid = header.get("kid")
    kid_matches = kid is None or (
        used is not None and _our_key_named_by(header, [used]) is not None
    )
    if used is None or not jwk_matches or not kid_matches:
        return Check(
            ISSUER_KEY,
            False,
            gettext("The key that signed this credential is not one %(site)s publishes.")
            % {"site": site},
        )
    return Check(
        ISSUER_KEY,
        True,
        gettext("Signed with a key that %(site)s publishes.") % {"site": site},
    )


def _same_key(a: rsa.RSAPublicKey, b: rsa.RSAPublicKey) -> bool:
    return a.public_numbers() == b.public_numbers()


def _jwk_thumbprint(jwk: dict) -> str | None:
    try:
        return thumbprint(jwk)
    except (KeyError, TypeError):
        return None


def _check_dates(payload: dict, credential: dict, now: datetime) -> Check:
    valid_from = parse_datetime_z(credential["validFrom"])
    valid_until = (
        parse_datetime_z(credential["validUntil"]) if credential.get("validUntil") else None
    )
    nbf, exp = payload.get("nbf"), payload.get("exp")
    if not _same_instant(nbf, valid_from) or (
        (exp is not None or valid_until is not None) and not _same_instant(exp, valid_until)
    ):
        return Check(
            VALIDITY,
            False,
            gettext("The token’s dates (nbf, exp) do not match the credential’s dates."),
        )
    if now + CLOCK_LEEWAY < valid_from:
        return Check(
            VALIDITY,
            False,
            gettext("Not valid yet. Valid from: %(date)s") % {"date": _when(valid_from)},
        )
    if valid_until is not None and now >= valid_until:
        return Check(
            VALIDITY,
            False,
            gettext("Expired. Valid until: %(date)s") % {"date": _when(valid_until)},
        )
    if valid_until is None:
        message = gettext("Valid since %(date)s, with no end date.") % {"date": _when(valid_from)}
    else:
        message = gettext("Valid since %(start)s. Valid until: %(end)s") % {
            "start": _when(valid_from),
            "end": _when(valid_until),
        }
    return Check(VALIDITY, True, message)


def _same_instant(claim: object, value: datetime | None) -> bool:
    if value is None or isinstance(claim, bool) or not isinstance(claim, int | float):
        return False
    try:
        return datetime.fromtimestamp(claim, tz=UTC) == value.replace(microsecond=0)
    except (OverflowError, ValueError, OSError):  # out of range, or NaN
        return False


def _check_revocation(credential_id: str, status_of: StatusLookup) -> Check:
    site = issuer_name()
    status = status_of(credential_id)
    if status is None:
        return Check(
            REVOCATION,
            False,
            gettext("%(site)s has no record of this credential, so its status is unknown.")
            % {"site": site},
        )
    if status.revoked:
        if status.revoked_at is not None:
            message = gettext("Revoked by %(site)s on %(date)s.") % {
                "site": site,
                "date": formats.date_format(timezone.localtime(status.revoked_at)),
            }
        else:
            message = gettext("Revoked by %(site)s.") % {"site": site}
        if status.reason:
            message += " " + gettext("Reason: %(reason)s") % {"reason": status.reason}
        return Check(REVOCATION, False, message)
    return Check(
        REVOCATION,
        True,
        gettext("Not revoked: %(site)s’s records show it is in force.") % {"site": site},
    )


def _when(value: datetime) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
