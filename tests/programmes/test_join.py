"""Learners join with a code: on the signup form, or on the "Join a programme" page."""

import pytest
from django.urls import reverse

from lms.accounts.models import User
from lms.programmes.models import ProgrammeMembership
from tests.accounts.test_signup import SIGNUP

from .builders import make_code, yesterday

pytestmark = pytest.mark.django_db


def test_signup_with_a_code_joins_the_programme(client, code):
    response = client.post(
        reverse("account_signup"), {**SIGNUP, "programme_code": " export ke 2027"}
    )

    assert response.status_code == 302
    user = User.objects.get(email="owner@shea-butter.example")
    membership = ProgrammeMembership.objects.get(user=user)
    assert (membership.programme, membership.code) == (code.programme, code)
    assert user.profile_is_complete  # the profile fields are still stored


def test_signup_without_a_code_joins_nothing(client, code):
    client.post(reverse("account_signup"), SIGNUP)

    assert User.objects.filter(email="owner@shea-butter.example").exists()
    assert not ProgrammeMembership.objects.exists()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("NOPE-2027", "There is no programme with the code NOPE-2027."),
        ("PILOT-2026", "The code PILOT-2026 has expired."),
    ],
)
def test_signup_with_a_bad_code_is_an_error_on_that_field_and_creates_nothing(
    client, programme, typed, message
):
    make_code(programme, "PILOT-2026", expires_at=yesterday())

    response = client.post(reverse("account_signup"), {**SIGNUP, "programme_code": typed})

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["programme_code"]
    assert errors["programme_code"][0].startswith(message)
    assert 'href="#id_programme_code"' in response.content.decode()
    assert not User.objects.exists()
    assert not ProgrammeMembership.objects.exists()


def test_signup_form_shows_the_optional_code_field_last(client):
    response = client.get(reverse("account_signup"))

    form = response.context["form"]
    assert list(form.fields)[-1] == "programme_code"
    assert not form.fields["programme_code"].required
    assert "Programme code" in response.content.decode()


def test_join_page_needs_a_signed_in_learner(client):
    response = client.get(reverse("programmes:join"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_learner_joins_on_the_page_and_sees_the_programme(client, learner, code):
    client.force_login(learner)
    page = client.get(reverse("programmes:join")).content.decode()
    assert "You are not in any programme yet." in page

    response = client.post(
        reverse("programmes:join"), {"programme_code": "export-ke-2027"}, follow=True
    )

    page = response.content.decode()
    assert "You have joined National export readiness programme 2027." in page
    assert "<strong>National export readiness programme 2027</strong>" in page
    assert "Ministry of Trade and Industry" in page
    assert ProgrammeMembership.objects.filter(user=learner, programme=code.programme).exists()


def test_joining_again_on_the_page_says_so(client, learner, code):
    client.force_login(learner)
    client.post(reverse("programmes:join"), {"programme_code": code.code})

    response = client.post(reverse("programmes:join"), {"programme_code": code.code}, follow=True)

    assert (
        "You are already in National export readiness programme 2027." in response.content.decode()
    )
    assert ProgrammeMembership.objects.filter(user=learner).count() == 1


def test_a_used_up_code_on_the_page_is_an_error_on_the_field(client, learner, programme):
    make_code(programme, "FULL-2027", max_uses=0)
    client.force_login(learner)

    response = client.post(reverse("programmes:join"), {"programme_code": "full-2027"})

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "programme_code": ["The code FULL-2027 has been used as many times as allowed."]
    }
    assert (
        "aria-describedby" in response.content.decode()
        or "field__errors" in response.content.decode()
    )
    assert not ProgrammeMembership.objects.exists()


def test_my_learning_links_to_the_join_page(client, learner, demo_site):
    client.force_login(learner)

    response = client.get(reverse("courses:dashboard"))

    assert f'href="{reverse("programmes:join")}"' in response.content.decode()
