"""What an outside verifier sees, checked with tools that are not ours.

* Every credential the platform issues validates against 1EdTech's official
  AchievementCredential JSON Schema (vendored in ``schema/``, with its source) using the
  ``jsonschema`` package.
* Signatures are checked with jwcrypto, a JOSE library the platform does not use to sign,
  and only with keys fetched from the served addresses.
* The header's ``kid`` is followed as a verifier would: GET it, receive one JWK, verify.
* A revoked certificate appears in the served 1EdTech Revocation List.
* A forged token that names our key reads "not checked" after its failed signature.
"""

import base64
import dataclasses
import hashlib
import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from jwcrypto import jwk, jws
from jwcrypto import jwt as jwcrypto_jwt

from courses.models import Certificate
from courses.openbadges import build_credential, issue_credential, verify_credential
from courses.openbadges.keys import current_public_key, ensure_key_file, public_key_pem
from courses.services import certificates
from tests.courses.builders import make_course

from .conftest import SITE, in_force

pytestmark = pytest.mark.django_db

SCHEMA_FILE = Path(__file__).parent / "schema" / "ob_v3p0_achievementcredential_schema.json"
SCHEMA_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)


@pytest.fixture(scope="module")
def schema_validator():
    schema = json.loads(SCHEMA_FILE.read_text())
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


def schema_errors(validator, credential: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(credential)
    ]


def served_key_set(client) -> jwk.JWKSet:
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    return jwk.JWKSet.from_json(response.content)


def follow_kid(client, token: str) -> jwk.JWK:
    """GET the header's kid, as the 1EdTech validator does, and read one JWK from it."""
    kid = header_of(token)["kid"]
    assert kid.startswith(f"{SITE}/")
    response = client.get(kid.removeprefix(SITE))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert "keys" not in document  # one key, not a key set
    return jwk.JWK(**document)


def _segment(token: str, index: int) -> dict:
    segment = token.split(".")[index]
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def header_of(token: str) -> dict:
    return _segment(token, 0)


def payload_of(token: str) -> dict:
    """The payload as a verifier decodes it, before any check."""
    return _segment(token, 1)


def with_payload(token: str, payload: dict) -> str:
    header, _, signature = token.split(".")
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"{header}.{body}.{signature}"


def verified_claims(token: str, key: jwk.JWK) -> dict:
    """jwcrypto's verdict: the signature with ``key`` (RS256 only) and the time claims."""
    checked = jwcrypto_jwt.JWT(jwt=token, key=key, algs=["RS256"], expected_type="JWS")
    return json.loads(checked.claims)


# --- Fixtures: credentials issued the way the platform issues them --------------------------


@pytest.fixture
def issued_certificate(demo_site, learner, django_capture_on_commit_callbacks) -> Certificate:
    """A learner completes a course; the service issues, signs and renders the certificate."""
    from courses import services

    course, lessons = make_course((1, 2), slug="export-pricing", title="Pricing for export")
    learner.first_name, learner.last_name = "Wanjiru", "Kamau"
    learner.save(update_fields=["first_name", "last_name"])
    services.enroll(learner, course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            services.complete_lesson(learner, lesson)
    certificate = Certificate.objects.get(user=learner, course=course)
    assert certificate.credential
    return certificate


def variants(data, issued_at):
    """The shapes a credential takes: graded or not, with or without hours, an end date,
    an e-mail identifier, a name outside the Latin alphabet."""
    return {
        "graded, hours, e-mail": dataclasses.replace(data, recipient_email="ama@example.org"),
        "ungraded, no hours": dataclasses.replace(data, score=None, hours=None),
        "with an end date": dataclasses.replace(data, valid_until=issued_at + timedelta(days=365)),
        "one hour": dataclasses.replace(data, hours=Decimal("1")),
        "non-Latin name": dataclasses.replace(data, holder_name="王秀英", score=100),
        "no e-mail": dataclasses.replace(data, recipient_email=""),
    }


# --- The official JSON Schema -----------------------------------------------------------------


def test_every_shape_of_credential_validates_against_the_official_schema(
    schema_validator, data, issued_at
):
    for name, variant in variants(data, issued_at).items():
        credential = build_credential(variant)
        assert schema_errors(schema_validator, credential) == [], name
        # The signed payload too: it is what a verifier validates after decoding the JWT.
        payload = payload_of(issue_credential(variant))
        assert schema_errors(schema_validator, payload) == [], name


def test_an_issued_certificates_credential_validates_and_names_the_schema(
    schema_validator, issued_certificate
):
    credential = payload_of(issued_certificate.credential)

    assert schema_errors(schema_validator, credential) == []
    assert credential["credentialSchema"] == [
        {"id": SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}
    ]
    assert credential["credentialStatus"] == {
        "id": f"{SITE}/openbadges/revocations",
        "type": "1EdTechRevocationList",
    }


def test_the_schema_catches_what_verifiers_reject(schema_validator, data):
    """The vendored schema is not a rubber stamp: a credential without its subject's type,
    or with a JSON envelope instead of the credential, fails it."""
    credential = build_credential(data)
    broken = {**credential, "credentialSubject": {**credential["credentialSubject"], "type": []}}
    assert schema_errors(schema_validator, broken)
    envelope = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": "data:application/vc+jwt,eyJ...",
        "type": "EnvelopedVerifiableCredential",
    }
    assert schema_errors(schema_validator, envelope)


# --- The recipient's e-mail identifier -------------------------------------------------------


def test_the_subject_carries_a_salted_hash_of_the_learners_email(issued_certificate):
    token = issued_certificate.credential
    credential = payload_of(token)
    [name, email] = credential["credentialSubject"]["identifier"]

    assert name["identityType"] == "name" and name["hashed"] is False
    assert email["type"] == "IdentityObject"
    assert email["identityType"] == "emailAddress"
    assert email["hashed"] is True
    assert len(email["salt"]) >= 16
    # A verifier told the address (any letter case) recomputes the hash as OB 3.0 describes.
    address = issued_certificate.user.email.upper()
    expected = hashlib.sha256((address.lower() + email["salt"]).encode()).hexdigest()
    assert email["identityHash"] == f"sha256${expected}"
    # The address itself is nowhere in the token.
    assert issued_certificate.user.email not in json.dumps(payload_of(token))


def test_each_credential_gets_its_own_salt(data):
    first, second = (
        payload_of(issue_credential(dataclasses.replace(data, recipient_email=e)))
        for e in ("ama@example.org", "ama@example.org")
    )
    salts = [c["credentialSubject"]["identifier"][1]["salt"] for c in (first, second)]
    hashes = [c["credentialSubject"]["identifier"][1]["identityHash"] for c in (first, second)]
    assert salts[0] != salts[1] and hashes[0] != hashes[1]


# --- An independent JOSE library, with the served keys only ----------------------------------


def test_jwcrypto_verifies_an_issued_credential_with_the_served_key_set(client, issued_certificate):
    token = issued_certificate.credential
    header = header_of(token)
    key_set = served_key_set(client)
    [key] = [k for k in key_set["keys"] if f"{SITE}/openbadges/keys/{k['kid']}" == header["kid"]]

    claims = verified_claims(token, key)

    assert claims["iss"] == claims["issuer"]["id"] == f"{SITE}/openbadges/issuer"
    assert claims["jti"] == claims["id"] == issued_certificate.verify_url
    assert claims["sub"] == claims["credentialSubject"]["id"]
    assert claims["credentialSubject"]["achievement"]["name"] == "Pricing for export"


def test_following_the_kid_gives_one_jwk_that_verifies(client, issued_certificate):
    token = issued_certificate.credential

    key = follow_kid(client, token)

    assert key["kty"] == "RSA" and not key.has_private
    claims = verified_claims(token, key)
    assert claims["jti"] == issued_certificate.verify_url


def test_jwcrypto_rejects_a_changed_credential(client, issued_certificate):
    token = issued_certificate.credential
    credential = payload_of(token)
    credential["credentialSubject"]["name"] = "Someone Else"
    key = follow_kid(client, token)

    with pytest.raises(jws.InvalidJWSSignature):
        verified_claims(with_payload(token, credential), key)


def test_after_rotation_the_retired_keys_kid_still_leads_to_its_key(
    client, data, settings, tmp_path
):
    old_token = issue_credential(data)
    old_kid = header_of(old_token)["kid"]
    settings.OPENBADGES_PREVIOUS_PUBLIC_KEYS = public_key_pem(current_public_key().key).decode()
    settings.OPENBADGES_KEY_FILE = str(ensure_key_file(tmp_path / "new.pem"))
    new_token = issue_credential(data)

    assert header_of(new_token)["kid"] != old_kid
    assert len(served_key_set(client)["keys"]) == 2
    verified_claims(old_token, follow_kid(client, old_token))
    verified_claims(new_token, follow_kid(client, new_token))
    # Our own check agrees: the retired key still counts as ours.
    assert verify_credential(old_token, status_of=in_force, now=data.valid_from).ok


def test_an_unknown_key_address_is_not_found(client):
    assert client.get("/openbadges/keys/not-a-key-we-publish").status_code == 404
    assert client.post(f"/openbadges/keys/{current_public_key().kid}").status_code == 405


# --- Revocation, as outside verifiers read it -------------------------------------------------


def test_a_revoked_certificate_is_in_the_served_revocation_list(
    client, issued_certificate, moderator
):
    status_url = payload_of(issued_certificate.credential)["credentialStatus"]["id"]
    before = client.get(status_url.removeprefix(SITE))
    assert before.status_code == 200
    assert before.json() == {
        "id": status_url,
        "issuer": f"{SITE}/openbadges/issuer",
        "revokedCredentials": [],
    }

    certificates.revoke_certificate(issued_certificate, by=moderator, reason="Issued in error")

    after = client.get(status_url.removeprefix(SITE))
    assert after["Access-Control-Allow-Origin"] == "*"
    assert "max-age=60" in after["Cache-Control"]
    assert after.json()["revokedCredentials"] == [
        {"id": issued_certificate.verify_url, "revoked": True}
    ]
    # The signed copy says the same, and verifies with the served key alone.
    signed = client.get(status_url.removeprefix(SITE), {"format": "jwt"})
    assert signed["Content-Type"] == "application/jwt"
    token = signed.content.decode()
    claims = verified_claims(token, follow_kid(client, token))
    assert claims["revokedCredentials"] == after.json()["revokedCredentials"]
    assert claims["iss"] == f"{SITE}/openbadges/issuer"


def test_the_revocation_list_is_read_only(client):
    assert client.post("/openbadges/revocations").status_code == 405


# --- A forged token that names our key --------------------------------------------------------


def test_a_forged_token_with_our_kid_reads_not_checked(data, later):
    token = issue_credential(data)
    credential = payload_of(token)
    credential["credentialSubject"]["achievement"]["name"] = "Master of Export Law"

    report = verify_credential(with_payload(token, credential), status_of=in_force, now=later)

    outcomes = {check.name: check.outcome for check in report.checks}
    assert outcomes == {
        "Format": "passed",
        "Signature": "failed",
        "Issuer key": "not-checked",
        "Validity dates": "not-checked",
        "Revocation status": "not-checked",
    }
    messages = " ".join(check.message for check in report.checks)
    assert "publishes" not in messages and "in force" not in messages
