"""Signing up does not tell who is registered, not even by how long it takes.

The answer is the same page either way (allauth's enumeration prevention); the work behind
it is the same too: no e-mail is sent inside the request (a Celery task sends it after
commit), and the password hasher runs once on both paths.
"""

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FORM = {
    "email": "owner@shea-butter.example",
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
}


class CountingHasher(MD5PasswordHasher):
    """The test suite's fast hasher, counting how often a password is hashed."""

    algorithm = "counting_md5"
    calls = 0

    def encode(self, password, salt):
        CountingHasher.calls += 1
        return super().encode(password, salt)


@pytest.fixture
def counting_hasher(settings):
    settings.PASSWORD_HASHERS = ["tests.security.test_signup_email.CountingHasher"]
    CountingHasher.calls = 0
    return CountingHasher


def sign_up(client, capture):
    """Sign up; return the response, the mails sent inside the request and the callbacks."""
    with capture() as callbacks:
        response = client.post(reverse("account_signup"), FORM)
        sent_in_request = list(mail.outbox)
    return response, sent_in_request, callbacks


@pytest.mark.parametrize("registered", [False, True])
def test_both_answers_do_the_same_work_and_mail_after_commit(
    client, django_capture_on_commit_callbacks, counting_hasher, registered
):
    if registered:
        UserFactory(email=FORM["email"])
        counting_hasher.calls = 0

    response, sent_in_request, callbacks = sign_up(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert sent_in_request == []
    assert counting_hasher.calls == 1
    for callback in callbacks:
        callback()  # the commit: the task is sent (eager in tests) and sends the e-mail
    assert [m.to for m in mail.outbox] == [[FORM["email"]]]
    subject = mail.outbox[0].subject
    expected = "Account Already Exists" if registered else "Please Confirm Your Email Address"
    assert expected in subject
    assert subject.startswith("[Go Global Academy] ")
