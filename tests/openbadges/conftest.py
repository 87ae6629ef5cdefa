"""A signing key of the tests' own, a fixed site address and a typical certificate's data."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from courses.openbadges import CredentialData, CredentialStatus
from courses.openbadges.keys import ensure_key_file

SITE = "https://academy.example.org"


@pytest.fixture(scope="session")
def key_file(tmp_path_factory):
    return ensure_key_file(tmp_path_factory.mktemp("keys") / "openbadges.pem")


@pytest.fixture(autouse=True)
def _openbadges_settings(settings, key_file):
    settings.SITE_URL = SITE
    settings.OPENBADGES_PRIVATE_KEY = ""
    settings.OPENBADGES_KEY_FILE = str(key_file)
    settings.OPENBADGES_CREATE_KEY_FILE = False
    settings.OPENBADGES_PREVIOUS_PUBLIC_KEYS = ""


@pytest.fixture
def issued_at():
    return datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture
def data(issued_at) -> CredentialData:
    return CredentialData(
        credential_id=f"{SITE}/certificates/verify/7Q2M-K9XW/",
        subject_id="urn:uuid:0b7c61a2-3f5e-4c1d-9a8b-2e6f4d3c2b1a",
        holder_name="Ama Mensah",
        achievement_id=f"{SITE}/tracks/export-skills/incoterms-2020/",
        achievement_name="Incoterms 2020 for small exporters",
        achievement_description="Choose the Incoterms rule that fits each shipment.",
        criteria_narrative="Complete every lesson and pass the final quiz with at least 70%.",
        hours=Decimal("6.5"),
        score=85,
        valid_from=issued_at,
        issuer_name="Go Global Academy",
        issuer_url=f"{SITE}/",
    )


@pytest.fixture
def later(issued_at):
    """A moment well after issue, when the credential is in force."""
    return issued_at + timedelta(days=3)


def in_force(credential_id: str) -> CredentialStatus:
    return CredentialStatus(revoked=False, revoked_at=None, reason="")


def unknown(credential_id: str) -> None:
    return None
