"""Signup with the SME profile, e-mail verification, the welcome e-mail and the profile page."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from lms.accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "Owner@Shea-Butter.example",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
    "first_name": "Awa",
    "last_name": "Traoré",
    "country": "BF",
    "region": "Hauts-Bassins",
    "sector": "C",
    "enterprise_size": "micro",
    "owner_gender": "woman",
    "export_stage": "not_yet",
    "consent_statistics": "on",
}


def confirmation_url(message) -> str:
    return re.search(r"https?://testserver(/accounts/confirm-email/[^/\s]+/)", message.body)[1]


def test_signup_stores_profile_makes_a_learner_and_asks_for_verification(
    client, django_capture_on_commit_callbacks
):
    # allauth's e-mails leave from a Celery task once the request's writes commit.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), SIGNUP)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="owner@shea-butter.example")
    assert (user.first_name, user.last_name) == ("Awa", "Traoré")
    assert user.country.code == "BF"
    assert (user.sector, user.enterprise_size, user.owner_gender, user.export_stage) == (
        "C",
        "micro",
        "woman",
        "not_yet",
    )
    assert user.consent_statistics is True
    assert user.profile_is_complete
    assert list(user.groups.values_list("name", flat=True)) == ["Learner"]
    assert not user.is_staff
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert "Confirm" in mail.outbox[0].subject


def test_unverified_user_cannot_sign_in(client, django_capture_on_commit_callbacks):
    client.post(reverse("account_signup"), SIGNUP)
    client.logout()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]}
        )

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1  # the confirmation is sent again


def test_confirming_the_email_signs_in_and_sends_one_welcome(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), SIGNUP)
    url = confirmation_url(mail.outbox[0])

    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url)

    assert response.status_code == 302
    assert response.url == reverse("courses:dashboard")
    user = User.objects.get(email="owner@shea-butter.example")
    assert EmailAddress.objects.get(user=user).verified
    assert len(callbacks) == 1
    welcome = [m for m in mail.outbox if m.subject == "Welcome to Go Global Academy"]
    assert len(welcome) == 1
    assert welcome[0].to == ["owner@shea-butter.example"]
    assert "Hello Awa" in welcome[0].body
    user.refresh_from_db()
    assert user.welcome_sent_at is not None


def test_signup_with_missing_profile_names_the_fields_and_creates_nothing(client):
    data = {**SIGNUP, "country": "", "sector": "Z"}

    response = client.post(reverse("account_signup"), data)

    assert response.status_code == 200
    form = response.context["form"]
    assert "This field is required." in form.errors["country"]
    assert "Select a valid choice" in form.errors["sector"][0]
    assert not User.objects.exists()
    content = response.content.decode()
    assert 'href="#id_country"' in content  # the error summary links to the field


def test_duplicate_email_does_not_reveal_the_account(client, django_capture_on_commit_callbacks):
    UserFactory(email="owner@shea-butter.example")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), SIGNUP)

    assert response.status_code == 302
    assert User.objects.filter(email__iexact="owner@shea-butter.example").count() == 1
    assert "Account Already Exists" in mail.outbox[0].subject


def test_incomplete_profile_is_asked_for_once_after_login(client):
    user = UserFactory(profile=False)

    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:profile"))
    assert "prompt=1" in response.url
    page = client.get(response.url)
    assert "Your profile is not complete" in page.content.decode()
    assert "Skip for now" in page.content.decode()
    # The prompt is not a gate: the learner can go on to the dashboard.
    assert client.get(reverse("courses:dashboard")).status_code == 200


def test_complete_profile_goes_straight_to_the_dashboard(client, learner):
    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    assert response.url == reverse("courses:dashboard")


def test_profile_page_saves_and_returns_to_next(client):
    user = UserFactory(profile=False)
    client.force_login(user)

    response = client.post(
        reverse("accounts:profile"),
        {
            "first_name": "Nadia",
            "last_name": "Benali",
            "country": "MA",
            "region": "Fès-Meknès",
            "sector": "G",
            "enterprise_size": "small",
            "owner_gender": "undisclosed",
            "export_stage": "occasional",
            "next": "/dashboard/",
        },
    )

    assert response.status_code == 302
    assert response.url == "/dashboard/"
    user.refresh_from_db()
    assert user.profile_is_complete
    assert user.owner_gender == "undisclosed"
    assert user.consent_statistics is False  # unticked box means no consent


def test_profile_page_rejects_an_offsite_next(client, learner):
    client.force_login(learner)
    data = {
        f: getattr(learner, f)
        for f in (
            "first_name",
            "last_name",
            "region",
            "sector",
            "enterprise_size",
            "owner_gender",
            "export_stage",
        )
    }
    data.update(country="KE", next="https://evil.example/")

    response = client.post(reverse("accounts:profile"), data)

    assert response.url == reverse("accounts:profile")


def test_profile_errors_name_the_field_and_save_nothing(client, learner):
    client.force_login(learner)

    response = client.post(reverse("accounts:profile"), {"first_name": "", "country": "XX"})

    assert response.status_code == 200
    assert "first_name" in response.context["form"].errors
    assert "country" in response.context["form"].errors
    learner.refresh_from_db()
    assert learner.country.code == "KE"


def test_profile_requires_login(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_password_reset_sends_a_link(client, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": learner.email})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_login_rate_limit_is_on(client, settings, learner):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
    for _ in range(3):
        client.post(reverse("account_login"), {"login": learner.email, "password": "wrong"})

    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})

    # Even the right password is refused until the window passes.
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
