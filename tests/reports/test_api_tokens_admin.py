"""Reports API tokens in the admin: shown once, listed with last use, revoked by their holder."""

import re

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.reports.models import ReportAPIToken, hash_token
from tests.reports.population import analyst_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst(population, db):
    return analyst_for(["KE"], "token-analyst@example.org")


def test_a_new_token_is_shown_once_and_only_its_hash_kept(client, analyst):
    client.force_login(analyst)
    response = client.post(reverse("report_api_tokens"), {"name": "Ministry Power BI"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = re.search(r'<code id="new-token">([^<]+)</code>', response.content.decode()).group(1)
    token = ReportAPIToken.objects.get(user=analyst)
    assert token.key_hash == hash_token(secret)
    assert secret not in client.get(reverse("report_api_tokens")).content.decode()
    entry = ModelLogEntry.objects.get(action="gga.api_token.create")
    assert entry.user_id == analyst.pk and secret not in str(entry.data)
    # The token works on the API.
    api = client.get("/api/reports/v1/funnel/", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert api.status_code == 200


def test_a_token_needs_a_name(client, analyst):
    client.force_login(analyst)
    response = client.post(reverse("report_api_tokens"), {"name": " "})
    assert response.status_code == 400
    assert not ReportAPIToken.objects.exists()


def test_the_holder_revokes_a_token(client, analyst):
    client.force_login(analyst)
    client.post(reverse("report_api_tokens"), {"name": "BI"})
    token = ReportAPIToken.objects.get()
    url = reverse("report_api_token_revoke", args=[token.pk])
    assert client.get(url).status_code == 200  # the confirmation
    assert client.post(url).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert ModelLogEntry.objects.filter(action="gga.api_token.revoke", user=analyst).exists()
    assert "Revoked" in client.get(reverse("report_api_tokens")).content.decode()


def test_nobody_else_lists_or_revokes_a_token(client, analyst):
    client.force_login(analyst)
    client.post(reverse("report_api_tokens"), {"name": "Private BI"})
    token = ReportAPIToken.objects.get()
    other = analyst_for(["KE"], "other-token-analyst@example.org")
    client.force_login(other)
    assert "Private BI" not in client.get(reverse("report_api_tokens")).content.decode()
    assert client.post(reverse("report_api_token_revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


@pytest.mark.parametrize("role", ["Trainer", "Content moderator"])
def test_other_staff_have_no_tokens(client, role):
    from tests.factories import UserFactory

    client.force_login(UserFactory(role=role, profile=False))
    assert client.get(reverse("report_api_tokens")).status_code == 403
    assert client.post(reverse("report_api_tokens"), {"name": "x"}).status_code == 403
    assert not ReportAPIToken.objects.exists()
