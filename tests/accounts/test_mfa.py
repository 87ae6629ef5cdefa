"""Two-factor authentication: available to all, required of staff roles when configured."""

import time

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    """Through the form, so allauth records a recent authentication (MFA setup needs one)."""
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


def test_learner_sets_up_totp_after_confirming_the_password(client, learner):
    sign_in(client, learner)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.url.startswith(reverse("account_reauthenticate"))

    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))

    assert response.status_code == 200
    assert "Authenticator" in response.content.decode()


def test_staff_without_totp_are_sent_to_set_it_up_when_required(client, settings, trainer):
    settings.MFA_REQUIRED_FOR_STAFF = True
    sign_in(client, trainer)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")
    # Setting it up (password confirmation included) stays reachable.
    assert client.post(reverse("account_reauthenticate"), {"password": PASSWORD}).status_code == 302
    assert client.get(reverse("mfa_activate_totp")).status_code == 200


def test_learners_are_not_asked_for_totp(client, settings, learner):
    settings.MFA_REQUIRED_FOR_STAFF = True
    client.force_login(learner)
    assert client.get(reverse("courses:dashboard")).status_code == 200


def test_staff_are_free_to_choose_when_not_required(client, settings, trainer):
    settings.MFA_REQUIRED_FOR_STAFF = False
    client.force_login(trainer)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_staff_with_totp_sign_in_with_a_code_and_reach_the_admin(client, settings, moderator):
    settings.MFA_REQUIRED_FOR_STAFF = True
    settings.MFA_TOTP_TOLERANCE = 1  # a code computed just before a 30 s boundary still counts
    secret = generate_totp_secret()
    TOTP.activate(moderator, secret)

    response = client.post(
        reverse("account_login"), {"login": moderator.email, "password": PASSWORD}
    )
    assert response.url == reverse("mfa_authenticate")
    response = client.post(
        reverse("mfa_authenticate"),
        # Zero-padded: one code in ten starts with 0.
        {"code": format_hotp_value(hotp_value(secret, int(time.time()) // 30))},
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
