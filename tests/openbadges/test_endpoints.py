"""The issuer Profile and the JWKS are public, cacheable JSON, and enough to verify a credential."""

import jwt
import pytest

from courses.openbadges import issue_credential

from .conftest import SITE

# The site middleware looks up the Wagtail Site on every request.
pytestmark = pytest.mark.django_db


def test_jwks_serves_the_public_key_only(client):
    response = client.get("/.well-known/jwks.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"] and "max-age=3600" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    [key] = response.json()["keys"]
    assert set(key) == {"kty", "n", "e", "kid", "use", "alg"}  # no d, p, q, dp, dq, qi
    assert (key["kty"], key["use"], key["alg"], key["e"]) == ("RSA", "sig", "RS256", "AQAB")


def test_issuer_profile_names_itself_and_links_the_jwks(client):
    response = client.get("/openbadges/issuer")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"]
    assert response.json() == {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"{SITE}/openbadges/issuer",
        "type": ["Profile"],
        "name": "Go Global Academy",
        "url": f"{SITE}/",
        "jwks_uri": f"{SITE}/.well-known/jwks.json",
    }


def test_addresses_come_from_the_site_url_not_the_request_host(client):
    response = client.get("/openbadges/issuer", HTTP_HOST="evil.example")

    assert response.json()["id"] == f"{SITE}/openbadges/issuer"
    assert response.json()["jwks_uri"] == f"{SITE}/.well-known/jwks.json"


@pytest.mark.parametrize("path", ["/.well-known/jwks.json", "/openbadges/issuer"])
def test_the_documents_are_read_only(client, path):
    assert client.post(path).status_code == 405
    assert client.head(path).status_code == 200


def test_an_outside_verifier_needs_only_the_served_jwks(client, data, later):
    """As a verifier elsewhere would: fetch the JWKS, pick the key the kid names, verify."""
    token = issue_credential(data)
    header = jwt.get_unverified_header(token)

    served = client.get("/.well-known/jwks.json").json()
    keys = {
        f"{SITE}/openbadges/keys/{key.key_id}": key for key in jwt.PyJWKSet.from_dict(served).keys
    }
    claims = jwt.decode(
        token,
        keys[header["kid"]].key,
        algorithms=["RS256"],
        issuer=f"{SITE}/openbadges/issuer",
        options={"require": ["iss", "jti", "sub", "nbf"]},
    )

    issuer = client.get(claims["iss"].removeprefix(SITE)).json()
    assert issuer["id"] == claims["iss"] == claims["issuer"]["id"]
    assert claims["jti"] == data.credential_id
    assert claims["credentialSubject"]["achievement"]["name"] == data.achievement_name


def test_an_outside_verifier_rejects_a_tampered_credential(client, data):
    token = issue_credential(data)
    header, payload, signature = token.split(".")
    tampered = (
        f"{header}.{payload[:-2]}{'A' if payload[-2] != 'A' else 'B'}{payload[-1]}.{signature}"
    )
    served = jwt.PyJWKSet.from_dict(client.get("/.well-known/jwks.json").json())

    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(tampered, served.keys[0].key, algorithms=["RS256"])


def test_the_issuer_goes_by_the_certificates_issuer_name(client, settings, data, later):
    from courses.openbadges import issue_credential, verify_credential

    from .conftest import in_force

    settings.CERTIFICATE_ISSUER_NAME = "Ministry of Trade Export Academy"

    assert client.get("/openbadges/issuer").json()["name"] == "Ministry of Trade Export Academy"
    report = verify_credential(issue_credential(data), status_of=in_force, now=later)
    assert report.checks[2].message == (
        "Signed with a key that Ministry of Trade Export Academy publishes."
    )
