"""Signing and verifying: each kind of bad credential fails the check that names its fault."""

import base64
import dataclasses
import json
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from jwt.algorithms import RSAAlgorithm

from courses.openbadges import (
    CredentialStatus,
    build_credential,
    issue_credential,
    verify_credential,
)
from courses.openbadges.keys import (
    current_public_key,
    ensure_key_file,
    public_jwk,
    public_key_pem,
    signing_key,
)
from courses.openbadges.signing import jwt_payload, sign_credential

from .conftest import SITE, in_force, unknown

CHECKS = ["Format", "Signature", "Issuer key", "Validity dates", "Revocation status"]


def results(report) -> dict[str, bool]:
    assert [check.name for check in report.checks] == CHECKS
    return {check.name: check.passed for check in report.checks}


def outcomes(report) -> dict[str, str]:
    assert [check.name for check in report.checks] == CHECKS
    return {check.name: check.outcome for check in report.checks}


def message(report, name: str) -> str:
    return next(check.message for check in report.checks if check.name == name)


def segments(token: str) -> tuple[dict, dict, str]:
    header, payload, signature = token.split(".")
    return _b64json(header), _b64json(payload), signature


def _b64json(segment: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def _b64(document: dict) -> str:
    raw = json.dumps(document, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def with_payload(token: str, payload: dict) -> str:
    """The token with its payload replaced and the original header and signature kept."""
    header, _, signature = token.split(".")
    return f"{header}.{_b64(payload)}.{signature}"


def envelope(token: str) -> dict:
    """A VC 2.0 EnvelopedVerifiableCredential, as other tools write it; we no longer offer one."""
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": f"data:application/vc+jwt,{token}",
        "type": "EnvelopedVerifiableCredential",
    }


def signed_with(key, credential: dict, **headers) -> str:
    return jwt.encode(jwt_payload(credential), key, algorithm="RS256", headers=headers)


def signed_by_us(payload: dict) -> str:
    """Any payload, signed with the platform key and the header issue_credential writes."""
    ours = current_public_key()
    headers = {"kid": f"{SITE}/openbadges/keys/{ours.kid}", "jwk": ours.jwk}
    # Signed as raw JWS, so claims PyJWT would refuse to write (a non-string iss) can be tried.
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return jwt.api_jws.encode(raw, signing_key(), algorithm="RS256", headers=headers)


@pytest.fixture(scope="module")
def stranger_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_the_jose_header_and_claims_follow_ob3_section_8_2(data):
    header, payload, _ = segments(issue_credential(data))
    ours = current_public_key()

    assert header == {
        "alg": "RS256",
        "typ": "JWT",
        "kid": f"{SITE}/openbadges/keys/{ours.kid}",
        "jwk": ours.jwk,
    }
    assert set(header["jwk"]) == {"kty", "n", "e", "kid", "use", "alg"}  # never "d"
    credential = build_credential(data)
    assert payload == {
        **credential,
        "iss": f"{SITE}/openbadges/issuer",
        "jti": credential["id"],
        "sub": "urn:uuid:0b7c61a2-3f5e-4c1d-9a8b-2e6f4d3c2b1a",
        "nbf": int(datetime(2026, 11, 20, 9, 30, 15, tzinfo=UTC).timestamp()),
    }


def test_a_credential_we_signed_passes_every_check(data, later):
    token = issue_credential(data)

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report) == dict.fromkeys(CHECKS, True)
    assert report.ok
    assert report.credential == build_credential(data)
    assert report.credential_id == data.credential_id
    assert message(report, "Validity dates") == (
        "Valid since 20 Nov 2026, 09:30, with no end date."
    )
    assert message(report, "Issuer key") == "Signed with a key that Go Global Academy publishes."


def test_status_is_asked_for_the_credentials_own_id(data, later):
    asked = []

    def status_of(credential_id):
        asked.append(credential_id)
        return in_force(credential_id)

    verify_credential(issue_credential(data), status_of=status_of, now=later)

    assert asked == [data.credential_id]


@pytest.mark.parametrize(
    "path",
    [
        ("credentialSubject", "achievement", "name"),
        ("credentialSubject", "name"),
        ("name",),
    ],
)
def test_one_character_changed_in_a_name_fails_the_signature(data, later, path):
    token = issue_credential(data)
    _, payload, _ = segments(token)
    target = payload
    for key in path[:-1]:
        target = target[key]
    original = target[path[-1]]
    target[path[-1]] = original[:-1] + ("X" if original[-1] != "X" else "Y")

    report = verify_credential(with_payload(token, payload), status_of=in_force, now=later)

    # Nothing a token with a broken signature says is believed: the later checks are not run.
    assert outcomes(report) == {
        "Format": "passed",
        "Signature": "failed",
        "Issuer key": "not-checked",
        "Validity dates": "not-checked",
        "Revocation status": "not-checked",
    }
    assert not report.ok
    assert "changed after it was signed" in message(report, "Signature")


def test_a_credential_signed_with_another_key_fails_the_issuer_key(data, later, stranger_key):
    token = signed_with(
        stranger_key, build_credential(data), typ="JWT", jwk=public_jwk(stranger_key.public_key())
    )

    report = verify_credential(token, status_of=in_force, now=later)

    # The signature matches the key it carries, but that key is not ours.
    assert results(report)["Signature"] is True
    assert results(report)["Issuer key"] is False
    assert not report.ok
    assert message(report, "Issuer key") == (
        "The key that signed this credential is not one Go Global Academy publishes."
    )


def test_another_key_behind_our_kid_fails_the_signature(data, later, stranger_key):
    kid = f"{SITE}/openbadges/keys/{current_public_key().kid}"
    token = signed_with(stranger_key, build_credential(data), typ="JWT", kid=kid)

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is False
    assert not report.ok


def test_our_kid_with_a_strangers_jwk_fails_the_issuer_key(data, later):
    # Signed by us, but the header's jwk names another key: the header contradicts itself.
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    kid = f"{SITE}/openbadges/keys/{current_public_key().kid}"
    token = signed_with(
        signing_key(), build_credential(data), typ="JWT", kid=kid, jwk=public_jwk(other)
    )

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is True
    assert results(report)["Issuer key"] is False


def test_a_credential_naming_another_issuer_fails_the_issuer_key(data, later):
    credential = build_credential(data)
    credential["issuer"]["id"] = "https://diploma-mill.example/issuer"

    report = verify_credential(sign_credential(credential), status_of=in_force, now=later)

    assert results(report)["Signature"] is True
    assert results(report)["Issuer key"] is False
    assert message(report, "Issuer key") == (
        "The credential names another issuer, not Go Global Academy."
    )


def test_an_iss_claim_that_differs_from_the_issuer_fails_the_issuer_key(data, later):
    payload = {**jwt_payload(build_credential(data)), "iss": "https://diploma-mill.example/"}
    token = signed_by_us(payload)

    assert results(verify_credential(token, status_of=in_force, now=later))["Issuer key"] is False


def test_an_expired_credential_fails_the_validity_dates(data, later):
    ended = data.valid_from + timedelta(days=1)
    token = issue_credential(dataclasses.replace(data, valid_until=ended))
    _, payload, _ = segments(token)
    assert payload["exp"] == int(ended.replace(microsecond=0).timestamp())

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Validity dates"] is False
    assert [c.name for c in report.checks if not c.passed] == ["Validity dates"]
    assert message(report, "Validity dates") == "Expired. Valid until: 21 Nov 2026, 09:30"


def test_a_credential_before_its_valid_from_fails_the_validity_dates(data, issued_at):
    report = verify_credential(
        issue_credential(data), status_of=in_force, now=issued_at - timedelta(hours=2)
    )

    assert results(report)["Validity dates"] is False
    assert message(report, "Validity dates") == ("Not valid yet. Valid from: 20 Nov 2026, 09:30")


def test_a_credential_signed_a_moment_ago_is_valid_despite_clock_skew(data, issued_at):
    report = verify_credential(
        issue_credential(data), status_of=in_force, now=issued_at - timedelta(seconds=30)
    )
    assert results(report)["Validity dates"] is True


def test_an_nbf_that_differs_from_valid_from_fails_the_validity_dates(data, later):
    payload = {**jwt_payload(build_credential(data))}
    payload["nbf"] -= 86400
    token = signed_by_us(payload)

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is True
    assert results(report)["Validity dates"] is False


def test_a_revoked_credential_fails_the_revocation_status(data, later):
    def revoked(credential_id):
        return CredentialStatus(
            revoked=True,
            revoked_at=datetime(2026, 11, 22, 14, 0, tzinfo=UTC),
            reason="Issued to the wrong learner.",
        )

    report = verify_credential(issue_credential(data), status_of=revoked, now=later)

    assert [c.name for c in report.checks if not c.passed] == ["Revocation status"]
    assert not report.ok
    assert message(report, "Revocation status") == (
        "Revoked by Go Global Academy on 22 Nov 2026. Reason: Issued to the wrong learner."
    )


def test_a_credential_unknown_to_this_platform_fails_the_revocation_status(data, later):
    report = verify_credential(issue_credential(data), status_of=unknown, now=later)

    assert [c.name for c in report.checks if not c.passed] == ["Revocation status"]
    assert "no record of this credential" in message(report, "Revocation status")


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "   ",
        "hello",
        "a.b.c",
        "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",  # a JWT whose payload is {}
        "{}",
        "[]",
        "null",
        '{"proof": {"type": "DataIntegrityProof", "proofValue": "z3Ab"}}',
        '{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": "VerifiableCredential"}',
        "x" * 300_000,
        b"\x00\xff\xfe binary",
        b"\x89PNG\r\n\x1a\nnot really a png",
    ],
)
def test_garbage_fails_the_format_and_nothing_else_is_claimed(garbage):
    report = verify_credential(garbage, status_of=in_force)

    assert results(report) == dict.fromkeys(CHECKS, False)
    assert report.credential is None
    assert message(report, "Signature") == "Skipped because the credential could not be read."


def test_a_signed_token_that_is_not_a_credential_fails_the_format():
    token = signed_by_us({"sub": "someone", "admin": True})

    report = verify_credential(token, status_of=in_force)

    assert results(report)["Format"] is False
    assert "does not hold an Open Badges 3.0 credential" in message(report, "Format")


def test_jti_or_sub_that_disagree_with_the_credential_fail_the_format(data, later):
    payload = {**jwt_payload(build_credential(data)), "sub": "urn:uuid:someone-else"}
    token = signed_by_us(payload)

    assert results(verify_credential(token, status_of=in_force, now=later))["Format"] is False


def test_an_unsigned_token_fails_the_signature(data, later):
    token = jwt.encode(jwt_payload(build_credential(data)), None, algorithm="none")

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is False
    assert "RS256 only" in message(report, "Signature")


def test_hmac_with_our_public_key_as_secret_fails_the_signature(data, later):
    # The classic algorithm-confusion forgery: HS256 keyed with the published public key.
    public_pem = public_key_pem(current_public_key().key)
    header = _b64({"alg": "HS256", "typ": "JWT", "kid": current_public_key().kid})
    body = _b64(jwt_payload(build_credential(data)))
    import hashlib
    import hmac

    mac = hmac.new(public_pem, f"{header}.{body}".encode(), hashlib.sha256).digest()
    token = f"{header}.{body}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is False
    assert not report.ok


def test_an_elliptic_curve_key_in_the_header_is_not_accepted(data, later):
    key = ec.generate_private_key(ec.SECP256R1())
    token = jwt.encode(jwt_payload(build_credential(data)), key, algorithm="ES256")

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is False
    assert results(report)["Issuer key"] is False


@pytest.mark.parametrize(
    "wrap",
    [
        pytest.param(lambda t: t, id="bare token"),
        pytest.param(lambda t: f"\n  {t[:40]}\n{t[40:]}  \n", id="token with line breaks"),
        pytest.param(lambda t: f'"{t}"', id="token in quotes"),
        pytest.param(lambda t: t.encode(), id="the .jwt file's bytes"),
        pytest.param(lambda t: json.dumps(envelope(t)), id="enveloped VC (.json)"),
        pytest.param(lambda t: json.dumps(envelope(t)).encode(), id="enveloped VC bytes"),
        pytest.param(lambda t: json.dumps(t), id="JSON string"),
        pytest.param(lambda t: json.dumps({"compactJwsString": [t]}), id="OB API response"),
        pytest.param(
            lambda t: json.dumps({"proof": {"type": "JwtProof2020", "jwt": t}}), id="proof.jwt"
        ),
        pytest.param(lambda t: json.dumps({"credential": {"token": t}}), id="nested"),
    ],
)
def test_what_a_learner_pastes_or_uploads_is_understood(data, later, wrap):
    report = verify_credential(wrap(issue_credential(data)), status_of=in_force, now=later)

    assert report.ok, report.checks


def test_after_a_key_rotation_old_credentials_still_verify(data, later, settings, tmp_path):
    from courses.openbadges.keys import ensure_key_file, jwks

    old_token = issue_credential(data)
    old_public = public_key_pem(current_public_key().key).decode()

    settings.OPENBADGES_KEY_FILE = str(ensure_key_file(tmp_path / "new.pem"))
    settings.OPENBADGES_PREVIOUS_PUBLIC_KEYS = old_public
    new_token = issue_credential(data)

    assert segments(new_token)[0]["kid"] != segments(old_token)[0]["kid"]
    assert len(jwks()["keys"]) == 2
    for token in (old_token, new_token):
        assert verify_credential(token, status_of=in_force, now=later).ok

    # Once the old key is withdrawn from the JWKS, its credentials no longer pass.
    settings.OPENBADGES_PREVIOUS_PUBLIC_KEYS = ""
    report = verify_credential(old_token, status_of=in_force, now=later)
    assert results(report)["Issuer key"] is False


def test_credentials_with_the_former_jwks_fragment_kid_still_verify(
    data, later, settings, tmp_path
):
    """Until 2026-12-02 the kid was the JWKS address with the thumbprint as fragment."""
    ours = current_public_key()
    legacy_kid = f"{SITE}/.well-known/jwks.json#{ours.kid}"
    old_token = signed_with(
        signing_key(), build_credential(data), typ="JWT", kid=legacy_kid, jwk=ours.jwk
    )
    assert verify_credential(old_token, status_of=in_force, now=later).ok

    # And after the key that signed it is retired.
    settings.OPENBADGES_PREVIOUS_PUBLIC_KEYS = public_key_pem(ours.key).decode()
    settings.OPENBADGES_KEY_FILE = str(ensure_key_file(tmp_path / "next.pem"))
    assert current_public_key().kid != ours.kid
    assert verify_credential(old_token, status_of=in_force, now=later).ok

    # The fragment must name a key we publish.
    other = signed_with(
        signing_key(),
        build_credential(data),
        typ="JWT",
        kid=f"{SITE}/.well-known/jwks.json#someone-elses-key",
        jwk=current_public_key().jwk,
    )
    assert outcomes(verify_credential(other, status_of=in_force, now=later)) == {
        "Format": "passed",
        "Signature": "passed",
        "Issuer key": "failed",
        "Validity dates": "passed",
        "Revocation status": "passed",
    }


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_any_input_gives_a_report_and_never_an_exception(text):
    report = verify_credential(text, status_of=in_force)

    assert [check.name for check in report.checks] == CHECKS
    assert not report.ok


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=st.sampled_from(["name", "description", "validFrom", "id"]), new=st.text(min_size=1))
def test_any_change_to_a_signed_field_is_caught(data, later, field, new):
    token = issue_credential(data)
    _, payload, _ = segments(token)
    if payload[field] == new:
        return
    payload[field] = new

    report = verify_credential(with_payload(token, payload), status_of=in_force, now=later)

    assert not report.ok


def test_a_token_naming_no_key_fails_the_signature(data, later):
    token = jwt.encode(jwt_payload(build_credential(data)), signing_key(), algorithm="RS256")

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is False
    assert "neither names a key published here nor includes its key" in message(report, "Signature")


def test_deeply_nested_json_is_refused_not_crashed():
    for text in ("[" * 100_000, '{"a":' * 50_000):
        report = verify_credential(text, status_of=in_force)
        assert results(report) == dict.fromkeys(CHECKS, False)


@pytest.mark.parametrize(
    "jwk",
    [
        {"kty": "RSA", "n": "A" * 3000, "e": "AQAB"},  # a modulus too large to check cheaply
        {"kty": "RSA", "n": "AQAB", "e": "AQAB"},
        {"kty": "oct", "k": "c2VjcmV0"},
        {"kty": "RSA", "e": "AQAB"},
        "not a key",
        "private",  # the signer's own private JWK: OB 3.0 says the jwk MUST never hold "d"
    ],
)
def test_a_header_key_that_cannot_be_used_fails_the_signature(data, later, stranger_key, jwk):
    if jwk == "private":
        jwk = RSAAlgorithm.to_jwk(stranger_key, as_dict=True)
        assert "d" in jwk
    token = signed_with(stranger_key, build_credential(data), jwk=jwk)

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is False
    assert results(report)["Issuer key"] is False


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@hypothesis_settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    path=st.sampled_from(
        [
            ("type",),
            ("@context",),
            ("issuer",),
            ("issuer", "id"),
            ("issuer", "type"),
            ("validFrom",),
            ("validUntil",),
            ("credentialSubject",),
            ("credentialSubject", "type"),
            ("credentialSubject", "id"),
            ("credentialSubject", "identifier"),
            ("credentialSubject", "achievement"),
            ("credentialSubject", "achievement", "type"),
            ("credentialSubject", "achievement", "criteria"),
            ("nbf",),
            ("exp",),
            ("iss",),
            ("sub",),
        ]
    ),
    value=json_values,
)
@example(path=("validUntil",), value=None)  # once crashed: a null validUntil
@example(path=("nbf",), value=float("nan"))
def test_any_value_anywhere_in_a_signed_payload_gives_a_report(data, later, path, value):
    payload = jwt_payload(build_credential(data))
    target = payload
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value

    report = verify_credential(signed_by_us(payload), status_of=in_force, now=later)

    assert [check.name for check in report.checks] == CHECKS


def test_a_malformed_jwk_beside_our_kid_fails_the_issuer_key(data, later):
    kid = f"{SITE}/openbadges/keys/{current_public_key().kid}"
    token = signed_with(signing_key(), build_credential(data), kid=kid, jwk="not a key")

    report = verify_credential(token, status_of=in_force, now=later)

    assert results(report)["Signature"] is True
    assert results(report)["Issuer key"] is False


@hypothesis_settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    member=st.sampled_from(["alg", "kid", "jwk", "typ", "crit"]),
    value=json_values,
)
def test_any_value_in_the_header_gives_a_report(data, later, member, value):
    token = issue_credential(data)
    header, payload, signature = segments(token)
    if header.get(member) == value:
        return
    header[member] = value
    forged = f"{_b64(header)}.{token.split('.')[1]}.{signature}"

    report = verify_credential(forged, status_of=in_force, now=later)

    assert [check.name for check in report.checks] == CHECKS
    assert not report.ok  # the header is signed too
