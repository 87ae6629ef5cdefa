"""Where the signing key comes from, how it is made, and the key ids the JWKS publishes."""

import stat
import threading

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.core.exceptions import ImproperlyConfigured

from courses.openbadges.keys import (
    current_public_key,
    ensure_key_file,
    jwks,
    private_key_pem,
    public_key_pem,
    signing_key,
    thumbprint,
)
from lms.demo.openbadges import load_signing_key


def pem_of(key) -> str:
    return private_key_pem(key).decode()


def test_thumbprint_matches_the_rfc_7638_example():
    # RFC 7638 §3.1: the RSA key of RFC 7517 Appendix A.1 and its SHA-256 thumbprint.
    jwk = {
        "kty": "RSA",
        "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSo"
        "c_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0"
        "_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI"
        "4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
        "e": "AQAB",
        "alg": "RS256",
        "kid": "2011-04-29",
    }

    assert thumbprint(jwk) == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"


def test_ensure_key_file_makes_a_private_3072_bit_key_once(tmp_path):
    path = tmp_path / "var" / "keys" / "openbadges.pem"

    assert ensure_key_file(path) == path
    first = path.read_bytes()
    ensure_key_file(path)

    assert path.read_bytes() == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert b"BEGIN PRIVATE KEY" in first
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_processes_starting_together_end_up_with_one_key(tmp_path):
    path = tmp_path / "openbadges.pem"
    barrier = threading.Barrier(4)

    def start():
        barrier.wait()
        ensure_key_file(path)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["openbadges.pem"]


def test_the_key_can_come_from_the_environment_as_pem_text(settings):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    # Some deployment tools put a PEM in one line with literal \n escapes.
    settings.OPENBADGES_PRIVATE_KEY = pem_of(key).replace("\n", "\\n")
    settings.OPENBADGES_KEY_FILE = "/nonexistent/ignored.pem"

    assert public_key_pem(signing_key().public_key()) == public_key_pem(key.public_key())


def test_a_replaced_key_file_is_read_again(settings, tmp_path):
    path = tmp_path / "key.pem"
    settings.OPENBADGES_KEY_FILE = str(path)
    ensure_key_file(path)
    first = current_public_key().kid
    path.unlink()
    ensure_key_file(path)

    assert current_public_key().kid != first


@pytest.mark.parametrize(
    ("pem", "message"),
    [
        ("not a key", "not an unencrypted PEM private key"),
        (pem_of(rsa.generate_private_key(public_exponent=65537, key_size=1024)), "1024-bit"),  # noqa: S505 (the weak key is the point)
        (pem_of(ec.generate_private_key(ec.SECP256R1())), "must be an RSA key"),
    ],
)
def test_an_unusable_key_is_refused_with_its_reason(settings, pem, message):
    settings.OPENBADGES_PRIVATE_KEY = pem

    with pytest.raises(ImproperlyConfigured, match=message):
        signing_key()


def test_a_missing_key_file_is_created_only_where_allowed(settings, tmp_path):
    settings.OPENBADGES_KEY_FILE = str(tmp_path / "missing.pem")
    settings.OPENBADGES_CREATE_KEY_FILE = False
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        signing_key()

    settings.OPENBADGES_CREATE_KEY_FILE = True
    assert isinstance(signing_key(), rsa.RSAPrivateKey)
    assert (tmp_path / "missing.pem").exists()


def test_no_key_configured_is_refused(settings):
    settings.OPENBADGES_KEY_FILE = ""
    with pytest.raises(ImproperlyConfigured, match="OPENBADGES_PRIVATE_KEY or OPENBADGES_KEY_FILE"):
        signing_key()


def test_previous_public_keys_are_published_after_the_current_one(settings):
    retired = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(2)]
    settings.OPENBADGES_PREVIOUS_PUBLIC_KEYS = (
        "\n".join(public_key_pem(key.public_key()).decode() for key in retired)
        + public_key_pem(signing_key().public_key()).decode()
    )  # a duplicate of the current key

    kids = [key["kid"] for key in jwks()["keys"]]

    assert kids[0] == current_public_key().kid
    assert len(kids) == 3 == len(set(kids))


def test_load_demo_makes_the_key_file_and_is_idempotent(settings, tmp_path):
    path = tmp_path / "var" / "keys" / "openbadges.pem"
    settings.OPENBADGES_KEY_FILE = str(path)

    kid = load_signing_key()

    assert path.exists()
    assert load_signing_key() == kid == current_public_key().kid


def test_an_unreadable_key_file_is_refused_with_its_path(settings, tmp_path):
    settings.OPENBADGES_KEY_FILE = str(tmp_path)  # a folder, not a file

    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        signing_key()
