"""Input no page can use gets a clear 400 naming the parameter, never a server error.

PostgreSQL refuses a null character in any string it stores or compares (DataError), so a
``%00`` in a search term, a quiz answer, an address or a cookie once surfaced as a 500 there.
Run on PostgreSQL to prove it (CI runs the suite on both databases).
"""

import pytest
from django.urls import reverse

from courses import services
from courses.models import CompletionRule, ModulePage, QuestionKind, QuizAttempt
from lms.http import MAX_QUERY_VALUE_LENGTH
from tests.courses.builders import correct_answers, make_course, make_quiz

pytestmark = pytest.mark.django_db


def refused(response, field: str) -> bool:
    return response.status_code == 400 and f"“{field}” was refused" in response.text


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/search/?q=%00abc", "q"),
        ("/toolkit/glossary/?q=ab%00c", "q"),
        ("/toolkit/resources/?q=%00", "q"),
        ("/certificates/verify/?code=%00", "code"),
        ("/accounts/login/?next=/%00", "next"),
        ("/?a%00b=1", "a?b"),
    ],
)
def test_a_null_character_in_a_query_parameter_is_refused_by_name(client, demo_site, url, field):
    assert refused(client.get(url), field)


def test_a_null_character_in_the_address_is_refused(client, demo_site):
    response = client.get("/export-skills%00/")
    assert refused(response, "the address")


def test_a_null_character_in_a_cookie_is_refused(client, demo_site):
    client.cookies["sessionid"] = "abc\x00def"
    assert refused(client.get("/"), "sessionid")


def test_an_over_long_query_value_is_refused(client, demo_site):
    response = client.get("/search/", {"q": "a" * (MAX_QUERY_VALUE_LENGTH + 1)})
    assert refused(response, "q")
    assert client.get("/search/", {"q": "a" * MAX_QUERY_VALUE_LENGTH}).status_code == 200


def test_the_analyst_scope_list_refuses_a_null_search(client, demo_site, site_admin):
    client.force_login(site_admin)
    response = client.get("/admin/snippets/accounts/analystscope/", {"q": "\x00"})
    assert refused(response, "q")


def test_a_null_character_in_a_quiz_answer_is_refused_and_nothing_is_saved(
    client, demo_site, learner
):
    course, _ = make_course((1, 1), completion_rule=CompletionRule.LESSONS_AND_QUIZZES)
    quiz = make_quiz(ModulePage.objects.child_of(course).order_by("-path").first())
    services.enroll(learner, course)
    attempt = services.start_attempt(learner, quiz)
    answers = correct_answers(attempt)
    short = next(q for q in quiz.questions.all() if q.kind == QuestionKind.SHORT_TEXT)
    answers[f"q-{short.pk}"] = "DPU\x00"
    client.force_login(learner)

    response = client.post(reverse("courses:submit_attempt", args=[attempt.pk]), answers)

    assert refused(response, f"q-{short.pk}")
    assert QuizAttempt.objects.get(pk=attempt.pk).is_open


def test_a_form_value_with_a_null_character_is_refused_by_name(client, demo_site):
    response = client.post(
        reverse("account_login"), {"login": "a\x00@example.org", "password": "x"}
    )
    assert refused(response, "login")


def test_forms_still_name_an_over_long_field(client, demo_site):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "owner@example.org",
            "password1": "a-long-and-unusual-passphrase",
            "password2": "a-long-and-unusual-passphrase",
            "first_name": "A" * 1000,
            "last_name": "Traoré",
            "country": "BF",
        },
    )
    assert response.status_code == 200
    assert "first_name" in response.context["form"].errors
