"""load_demo gives the demo learner one valid and one revoked certificate, once; the revoked
one is in the served revocation list."""

import base64
import io
import json
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.core.management import call_command

from courses.models import Certificate, CertificateTemplate, TrackPage

pytestmark = pytest.mark.django_db

SCHEMA_FILE = (
    Path(__file__).parents[2]
    / "openbadges"
    / "schema"
    / "ob_v3p0_achievementcredential_schema.json"
)


def payload_of(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_demo_learner_holds_a_valid_and_a_revoked_certificate(loaded_demo, client):
    # The demo as a first load left it, loaded a second time: still the same two certificates.
    output = io.StringIO()
    call_command("load_demo", "--learners", "0", stdout=output)
    certificates = {c.course.slug: c for c in Certificate.objects.select_related("course")}
    assert set(certificates) == {
        "finding-your-first-export-market",
        "building-a-brand-buyers-abroad-trust",
    }
    valid = certificates["finding-your-first-export-market"]
    revoked = certificates["building-a-brand-buyers-abroad-trust"]
    assert valid.user.email == revoked.user.email == "learner@example.org"
    assert valid.holder_name == "Amina Uwase"
    assert not valid.is_revoked
    assert revoked.is_revoked and revoked.revoked_by.email == "moderator@example.org"
    assert revoked.rendered_at >= revoked.revoked_at  # its files say it is revoked
    for certificate in (valid, revoked):
        assert certificate.files_ready and certificate.credential
    # The track's design for the brand course, the default design for the other.
    assert CertificateTemplate.objects.count() == 2
    assert valid.template.is_default
    brand = TrackPage.objects.get(slug="brand-going-abroad")
    assert revoked.template == brand.certificate_template
    assert valid.template.logo and valid.template.signature_image
    # Every demo credential passes 1EdTech's official AchievementCredential schema.
    schema = json.loads(SCHEMA_FILE.read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    signed = Certificate.objects.exclude(credential="")
    assert signed.count() >= 2
    for certificate in signed:
        assert list(validator.iter_errors(payload_of(certificate.credential))) == []
    # Outside verifiers learn of the revocation from the list the credential names.
    credential = payload_of(revoked.credential)
    status_url = credential["credentialStatus"]["id"]
    assert credential["credentialStatus"]["type"] == "1EdTechRevocationList"
    listed = client.get(status_url.removeprefix(settings.SITE_URL)).json()["revokedCredentials"]
    assert {"id": revoked.verify_url, "revoked": True} in listed
    assert valid.verify_url not in {entry["id"] for entry in listed}
    assert f"the revocation list {status_url} lists 1 revoked credential." in output.getvalue()
