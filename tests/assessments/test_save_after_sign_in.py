"""A visitor's self-assessment result is kept in their session and saved when they sign in,
or sign up and confirm their e-mail address; never before, never for anyone else."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from content.assessments.models import AssessmentResult
from tests.assessments.test_taking import form_data
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
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
    "consent_statistics": "on",
}


def take_as_visitor(client, assessment):
    html = client.post(assessment.url, form_data(assessment, 1, 0, 2)).content.decode()
    assert "Overall score: 44 out of 100" in html
    assert f'href="/accounts/login/?next={reverse("assessments:results")}' in html.replace(
        "%2F", "/"
    )
    assert AssessmentResult.objects.count() == 0  # nothing stored while a visitor


def test_signing_in_saves_the_result_taken_just_before(client, assessment):
    learner = UserFactory()
    take_as_visitor(client, assessment)

    response = client.post(
        reverse("account_login") + "?next=" + reverse("assessments:results"),
        {"login": learner.email, "password": PASSWORD},
        follow=True,
    )

    result = AssessmentResult.objects.get()
    assert (result.owner, result.assessment_id, result.overall) == (learner, assessment.pk, 44)
    html = response.content.decode()
    assert f"Your result of “{assessment.title}” is saved." in html
    assert f'href="{result.get_absolute_url()}"' in html  # listed among the learner's results


def test_signing_up_and_confirming_the_address_saves_it_and_signs_in(
    client, assessment, django_capture_on_commit_callbacks
):
    take_as_visitor(client, assessment)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup") + "?next=" + reverse("assessments:results"), SIGNUP)
    assert AssessmentResult.objects.count() == 0  # not signed in until the address is confirmed
    url = re.search(r"https?://testserver(/accounts/confirm-email/[^/\s]+/)", mail.outbox[0].body)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url[1], follow=True)

    assert response.wsgi_request.user.is_authenticated  # signed in, not asked to sign in again
    result = AssessmentResult.objects.get()
    assert result.owner.email == "owner@shea-butter.example" and result.overall == 44


def test_the_result_is_saved_once(client, assessment):
    learner = UserFactory()
    take_as_visitor(client, assessment)
    client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    client.post(reverse("account_logout"))
    client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    assert AssessmentResult.objects.count() == 1


def test_a_result_that_no_longer_fits_the_assessment_is_dropped(client, assessment):
    learner = UserFactory()
    take_as_visitor(client, assessment)
    assessment.unpublish()

    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})

    assert response.status_code == 302
    assert AssessmentResult.objects.count() == 0


def test_signing_in_without_taking_one_saves_nothing(client, assessment):
    learner = UserFactory()
    client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    assert AssessmentResult.objects.count() == 0
