"""Designs are snippets trainers edit; moderators and site admins revoke; analysts see none."""

import pytest
from django.urls import reverse

from courses.models import Certificate, CertificateTemplate

pytestmark = pytest.mark.django_db

LIST = "certificates_admin:list"


def revoke_url(certificate):
    return reverse("certificates_admin:revoke", args=[certificate.pk])


def test_a_moderator_revokes_with_a_reason(client, certificate, moderator):
    client.force_login(moderator)
    listing = client.get(reverse(LIST))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert certificate.code in html and revoke_url(certificate) in html

    response = client.post(revoke_url(certificate), {"reason": "  "})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    certificate.refresh_from_db()
    assert not certificate.is_revoked

    response = client.post(revoke_url(certificate), {"reason": "Quiz attempt annulled"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Quiz attempt annulled"
    assert certificate.revoked_by == moderator
    assert certificate.revoked_at is not None
    # A second revocation keeps the first one's date and reason.
    response = client.post(revoke_url(certificate), {"reason": "Again"})
    assert "already revoked" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Quiz attempt annulled"


def test_nobody_adds_edits_or_deletes_an_issued_certificate(client, certificate, site_admin):
    client.force_login(site_admin)
    html = client.get(reverse(LIST)).content.decode()
    assert revoke_url(certificate) in html
    for name in ("add", "edit", "delete"):
        args = [] if name == "add" else [certificate.pk]
        response = client.get(reverse(f"certificates_admin:{name}", args=args))
        assert response.status_code in (302, 403), name
    assert Certificate.objects.get(pk=certificate.pk).holder_name == "Amina Uwase"


@pytest.mark.parametrize("role", ["analyst", "trainer", "learner"])
def test_analysts_trainers_and_learners_neither_see_nor_revoke(client, certificate, role, request):
    client.force_login(request.getfixturevalue(role))
    listing = client.get(reverse(LIST))
    assert listing.status_code in (302, 403)
    assert certificate.holder_name not in listing.content.decode()
    response = client.post(revoke_url(certificate), {"reason": "No"})
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_a_moderator_designs_a_certificate_template(client, moderator):
    client.force_login(moderator)
    add = reverse("wagtailsnippets_courses_certificatetemplate:add")
    response = client.post(
        add,
        {
            "name": "Export skills",
            "title_wording": "Certificate of achievement",
            "statement": "has completed",
            "signatory_name": "Lucía Fernández",
            "signatory_title": "Lead trainer",
            "accent_colour": "#zzzzzz",
        },
    )
    assert response.status_code == 200
    assert "Enter a colour as # followed by six hexadecimal digits." in response.content.decode()
    response = client.post(
        add,
        {
            "name": "Export skills",
            "title_wording": "Certificate of achievement",
            "statement": "has completed",
            "signatory_name": "Lucía Fernández",
            "signatory_title": "Lead trainer",
            "accent_colour": "#1d4e89",
        },
    )
    assert response.status_code == 302
    assert CertificateTemplate.objects.get(name="Export skills").accent_colour == "#1d4e89"


def test_a_second_default_design_is_refused_with_a_message(client, moderator):
    CertificateTemplate.objects.create(name="House", signatory_name="A", is_default=True)
    client.force_login(moderator)
    response = client.post(
        reverse("wagtailsnippets_courses_certificatetemplate:add"),
        {
            "name": "Another",
            "title_wording": "Certificate of completion",
            "statement": "has completed",
            "signatory_name": "B",
            "accent_colour": "#0b5d7a",
            "is_default": "on",
        },
    )
    assert response.status_code == 200
    assert "Another design is already the default" in response.content.decode()
    assert CertificateTemplate.objects.filter(is_default=True).count() == 1
