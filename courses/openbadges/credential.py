"""The OpenBadgeCredential document: what a certificate says, in Open Badges 3.0 form.

Follows the 1EdTech Open Badges Specification v3.0 on the W3C Verifiable Credentials Data
Model 2.0 (Appendix B.1, "Credential Data Models"):

* ``@context``: first ``https://www.w3.org/ns/credentials/v2``, second the Open Badges 3.0
  context ``https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json`` (B.1.2, and §
  "Serialization: JSON-LD": credentials MUST be serialized with both contexts);
* ``type`` holds ``VerifiableCredential`` and ``OpenBadgeCredential`` (B.1.2);
* ``id`` [1], ``issuer`` [1] (a Profile: ``id`` and ``type`` Profile, B.1.14), ``validFrom``
  [1] (DateTimeZ), ``credentialSubject`` [1];
* the subject is an ``AchievementSubject`` with an ``id`` (B.1.3) and an ``achievement`` of
  type ``Achievement`` with ``id``, ``name``, ``description`` and ``criteria`` [1] (B.1.1,
  B.1.6), here with a ``criteria.narrative``.

Beside the required properties every credential carries ``credentialSchema`` (the official
AchievementCredential JSON Schema, type ``1EdTechJsonSchemaValidator2019``), a
``credentialStatus`` of type ``1EdTechRevocationList`` (see ``revocation.py``) and, when the
learner's e-mail address is known, a salted SHA-256 hash of it as an ``IdentityObject`` in
``credentialSubject.identifier`` (B.1.12), so a verifier who knows the address can match it.

``spec_problems()`` checks a document against exactly these requirements; verification uses it
to tell a readable credential from something else.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, ngettext

from .contexts import OB_CONTEXT, VC_CONTEXT
from .issuer import issuer_id
from .revocation import credential_status

CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
# OB 3.0 B.1.2: either name marks an Open Badges credential (OpenBadgeCredential is the alias).
_OB_CREDENTIAL_TYPES = {"OpenBadgeCredential", "AchievementCredential"}
# The JSON Schema OB 3.0 publishes for AchievementCredential (and its alias OpenBadgeCredential).
ACHIEVEMENT_CREDENTIAL_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
SCHEMA_VALIDATOR_TYPE = "1EdTechJsonSchemaValidator2019"
# B.1.28 AchievementType: "acknowledges completion of an assignment, training or other activity".
ACHIEVEMENT_TYPE = "CertificateOfCompletion"
# DateTimeZ: an ISO 8601 date and time with a time zone (Z or an offset).
_DATETIME_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@dataclass(frozen=True)
class CredentialData:
    """What the certificate asserts, as the certificates service hands it over."""

    credential_id: str  # absolute URL of the certificate's verify page (also the VC id)
    subject_id: str  # "urn:uuid:…", never an e-mail address
    holder_name: str
    achievement_id: str
    achievement_name: str
    achievement_description: str
    criteria_narrative: str
    hours: Decimal | None
    score: int | None  # percent
    valid_from: datetime
    issuer_name: str
    issuer_url: str  # the site root, "https://…/"
    valid_until: datetime | None = None  # certificates do not expire unless this is set
    recipient_email: str = ""  # hashed with ``identity_salt`` into the subject's identifier
    identity_salt: str = ""  # drawn at signing time when empty


def build_credential(data: CredentialData) -> dict:
    """The unsigned OpenBadgeCredential for ``data`` (a JSON-ready dict).

    Raises ValueError naming the field when ``data`` cannot make a valid credential (a naive
    datetime, a subject id that is not a ``urn:uuid``, an id that is not an absolute URL).
    """
    _check_data(data)
    valid_from = _datetime_z(data.valid_from)
    with translation.override(settings.LANGUAGE_CODE):
        # The signed document is written once, in the site's main language.
        description = _credential_description(data)
        score_label = gettext("Final quiz score")
    achievement = {
        "id": data.achievement_id,
        "type": ["Achievement"],
        "achievementType": ACHIEVEMENT_TYPE,
        "name": data.achievement_name,
        "description": data.achievement_description,
        "criteria": {"narrative": data.criteria_narrative},
    }
    subject = {
        "id": data.subject_id,
        "type": ["AchievementSubject"],
        "name": data.holder_name,
        # B.1.12 IdentityObject: the name the certificate was issued to, in plain text.
        "identifier": [
            {
                "type": "IdentityObject",
                "identityHash": data.holder_name,
                "identityType": "name",
                "hashed": False,
            }
        ],
        "achievement": achievement,
    }
    if data.recipient_email:
        subject["identifier"].append(
            email_identity(data.recipient_email, data.identity_salt or new_salt())
        )
    if data.score is not None:
        score_id = f"{data.achievement_id}#final-score"
        achievement["resultDescription"] = [
            {
                "id": score_id,
                "type": ["ResultDescription"],
                "name": score_label,
                "resultType": "Percent",
                "valueMin": "0",
                "valueMax": "100",
            }
        ]
        subject["result"] = [
            {"type": ["Result"], "resultDescription": score_id, "value": str(data.score)}
        ]
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": data.credential_id,
        "type": list(CREDENTIAL_TYPES),
        "name": data.achievement_name,
        "description": description,
        "issuer": {
            "id": issuer_id(),
            "type": ["Profile"],
            "name": data.issuer_name,
            "url": data.issuer_url,
        },
        "validFrom": valid_from,
        "awardedDate": valid_from,
        "credentialSubject": subject,
        "credentialSchema": [{"id": ACHIEVEMENT_CREDENTIAL_SCHEMA, "type": SCHEMA_VALIDATOR_TYPE}],
        "credentialStatus": credential_status(),
    }
    if data.valid_until is not None:
        credential["validUntil"] = _datetime_z(data.valid_until)
    return credential


def new_salt() -> str:
    """A fresh random salt for an identity hash (16 hex characters, 64 bits)."""
    return secrets.token_hex(8)


def identity_hash(value: str, salt: str) -> str:
    """OB 3.0 IdentityHash: ``sha256$`` and the hex SHA-256 of the value followed by the salt.

    E-mail addresses are compared case-insensitively, so the address is lower-cased and
    stripped first; a verifier hashes the address it knows the same way.
    """
    digest = hashlib.sha256((value.strip().lower() + salt).encode("utf-8")).hexdigest()
    return f"sha256${digest}"


def email_identity(email: str, salt: str) -> dict:
    """The recipient's e-mail address as a hashed, salted IdentityObject (B.1.12)."""
    return {
        "type": "IdentityObject",
        "identityHash": identity_hash(email, salt),
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }


def spec_problems(credential: object) -> list[str]:
    """What keeps ``credential`` from being an Open Badges 3.0 credential (empty when none).

    Checks the required properties of OB 3.0 Appendix B.1 listed in the module docstring.
    The messages are for maintainers and logs; verification shows users its own wording.
    """
    if not isinstance(credential, dict):
        return ["the credential is not a JSON object"]
    problems = []
    context = credential.get("@context")
    if not isinstance(context, list) or context[:2] != [VC_CONTEXT, OB_CONTEXT]:
        problems.append(f"@context must start with {VC_CONTEXT} and {OB_CONTEXT}")
    types = _as_list(credential.get("type"))
    if "VerifiableCredential" not in types or not any(
        isinstance(t, str) and t in _OB_CREDENTIAL_TYPES for t in types
    ):
        problems.append("type must hold VerifiableCredential and OpenBadgeCredential")
    if not _is_uri(credential.get("id")):
        problems.append("id must be a URI")
    issuer = credential.get("issuer")
    if isinstance(issuer, dict):
        if not _is_uri(issuer.get("id")):
            problems.append("issuer.id must be a URI")
        if "Profile" not in _as_list(issuer.get("type")):
            problems.append("issuer.type must hold Profile")
    elif not _is_uri(issuer):
        problems.append("issuer must be a Profile or its URI")
    for field in ("validFrom", "validUntil"):
        value = credential.get(field)
        if (value is not None or field == "validFrom") and not _is_datetime_z(value):
            problems.append(f"{field} must be a date and time with a time zone")
    subject = credential.get("credentialSubject")
    if not isinstance(subject, dict):
        return [*problems, "credentialSubject must be an object"]
    if "AchievementSubject" not in _as_list(subject.get("type")):
        problems.append("credentialSubject.type must hold AchievementSubject")
    if not _is_uri(subject.get("id")) and not isinstance(subject.get("identifier"), list | dict):
        problems.append("credentialSubject needs an id or an identifier")
    achievement = subject.get("achievement")
    if not isinstance(achievement, dict):
        return [*problems, "credentialSubject.achievement must be an object"]
    if not _is_uri(achievement.get("id")):
        problems.append("achievement.id must be a URI")
    if "Achievement" not in _as_list(achievement.get("type")):
        problems.append("achievement.type must hold Achievement")
    for field in ("name", "description"):
        if not isinstance(achievement.get(field), str) or not achievement[field].strip():
            problems.append(f"achievement.{field} must be a non-empty string")
    if not isinstance(achievement.get("criteria"), dict):
        problems.append("achievement.criteria must be an object")
    return problems


def parse_datetime_z(value: str) -> datetime:
    """A DateTimeZ string as an aware datetime (ValueError if it is not one)."""
    if not _is_datetime_z(value):
        raise ValueError(f"not a date and time with a time zone: {value!r}")
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _credential_description(data: CredentialData) -> str:
    if data.hours is None:
        return gettext("Certificate of completion of the course “%(course)s”.") % {
            "course": data.achievement_name
        }
    hours = format(data.hours.normalize(), "f")
    return ngettext(
        "Certificate of completion of the course “%(course)s” (%(hours)s hour of study).",
        "Certificate of completion of the course “%(course)s” (%(hours)s hours of study).",
        1 if data.hours == 1 else 2,
    ) % {"course": data.achievement_name, "hours": hours}


def _check_data(data: CredentialData) -> None:
    for field in ("credential_id", "issuer_url"):
        value = getattr(data, field)
        if urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc:
            raise ValueError(f"{field} must be an absolute http(s) URL, not {value!r}.")
    if not data.subject_id.startswith("urn:uuid:"):
        raise ValueError(f"subject_id must be a urn:uuid: identifier, not {data.subject_id!r}.")
    try:
        uuid.UUID(data.subject_id.removeprefix("urn:uuid:"))
    except ValueError as exc:
        raise ValueError(f"subject_id {data.subject_id!r} does not hold a valid UUID.") from exc
    if not _is_uri(data.achievement_id):
        raise ValueError(f"achievement_id must be a URI, not {data.achievement_id!r}.")
    for field in ("holder_name", "achievement_name", "achievement_description", "issuer_name"):
        if not getattr(data, field).strip():
            raise ValueError(f"{field} must not be empty.")
    if data.score is not None and not 0 <= data.score <= 100:
        raise ValueError(f"score must be a percentage from 0 to 100, not {data.score}.")
    for field in ("valid_from", "valid_until"):
        value = getattr(data, field)
        if value is not None and value.tzinfo is None:
            raise ValueError(f"{field} must be timezone-aware.")


def _datetime_z(value: datetime) -> str:
    # Whole seconds: the JWT's nbf/exp are whole seconds and must equal these (§8.2.4).
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _as_list(value: object) -> list:
    # OB 3.0 "Compacted document form": a single type may be a plain string.
    if isinstance(value, list):
        return value
    return [value] if value is not None else []


def _is_uri(value: object) -> bool:
    return isinstance(value, str) and bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value))


def _is_datetime_z(value: object) -> bool:
    return isinstance(value, str) and bool(_DATETIME_Z.match(value))
