"""Every sign-in goes through allauth: no other password form is mounted.

Wagtail's ``/admin/login/`` and ``/_util/login/`` and Django's ``/django-admin/login/`` once
gave a full session for a correct password, past allauth's rate limits, e-mail verification
and MFA stage. Now they take no password at all.
"""

from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from lms.settings import base
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

OLD_LOGIN_URLS = ["/admin/login/", "/django-admin/login/", "/_util/login/"]


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def password_post(client, url: str, user, password: str = PASSWORD):
    # Each form's own field names: Wagtail's and Django's (username), allauth's (login).
    return client.post(
        url, {"username": user.email, "login": user.email, "password": password, "next": "/"}
    )


@pytest.mark.parametrize("url", OLD_LOGIN_URLS)
def test_old_login_forms_give_no_session_for_a_correct_password(client, site_admin, url):
    response = password_post(client, url, site_admin)

    assert not signed_in(client)
    assert response.status_code in (303, 404)
    if response.status_code == 303:
        assert urlparse(response["Location"]).path == reverse("account_login")


@pytest.mark.parametrize("url", ["/admin/login/", "/_util/login/"])
def test_old_login_addresses_lead_to_allauth_keeping_a_safe_next(client, url):
    response = client.get(url, {"next": "/admin/pages/"})
    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert location.path == reverse("account_login")
    assert parse_qs(location.query) == {"next": ["/admin/pages/"]}

    for unsafe in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        response = client.get(url, {"next": unsafe})
        assert response["Location"] == reverse("account_login")


def test_the_django_admin_is_not_mounted(client, site_admin):
    client.force_login(site_admin)
    assert client.get("/django-admin/").status_code == 404


def test_the_admin_sends_visitors_to_allauth(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert urlparse(response["Location"]).path == reverse("account_login")


def test_twenty_wrong_passwords_then_the_right_one_is_throttled(client, settings, site_admin):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS  # the configured limits

    for url in OLD_LOGIN_URLS * 7:  # 21 tries through the old doors first: none counts
        password_post(client, url, site_admin, password="wrong-password")
    assert not signed_in(client)
    for _ in range(20):
        password_post(client, reverse("account_login"), site_admin, password="wrong-password")
    response = password_post(client, reverse("account_login"), site_admin)

    assert not signed_in(client)
    assert response.status_code == 429 or "Too many failed login attempts" in response.text
    for url in OLD_LOGIN_URLS:
        password_post(client, url, site_admin)
        assert not signed_in(client)


def test_an_unverified_signup_cannot_sign_in_anywhere(client):
    user = UserFactory(verified=False)

    response = password_post(client, reverse("account_login"), user)
    assert not signed_in(client)
    assert response.url == reverse("account_email_verification_sent")
    for url in OLD_LOGIN_URLS:
        password_post(client, url, user)
        assert not signed_in(client)
