"""Taking a self-assessment: visitors see a result that is never stored; signed-in learners'
results are saved, compared with the previous one, and reachable only by their owner."""

import re

import pytest

from content.assessments import services
from content.assessments.forms import AnswerForm
from content.assessments.models import AssessmentResult
from tests.assessments.conftest import answers_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def form_data(page, *choices):
    """The POST a browser sends for the options at ``choices`` (by index, in page order)."""
    form = AnswerForm(page.assessment)
    data = {}
    for (_, fields), dimension in zip(form.sections(), page.assessment.dimensions, strict=True):
        for field, question in zip(fields, dimension.questions, strict=True):
            index = choices[len(data)]
            data[field.html_name] = field.field.choices[index][0]
            assert field.field.choices[index][1] == question.options[index].label
    return data


def test_the_page_lists_every_question_as_a_radio_group(client, assessment):
    response = client.get(assessment.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<fieldset") == 3
    assert html.count('type="radio"') == 4 + 2 + 3
    assert "Part 1 of 2" in html and "Pricing" in html
    assert "Your answers are not stored unless you sign in." in html


def test_a_visitor_sees_the_result_and_nothing_is_saved(client, assessment, courses):
    response = client.post(assessment.url, form_data(assessment, 1, 0, 2))
    html = response.content.decode()
    assert response.status_code == 200
    # Pricing (1 + 0) / 6 = 17, low; Payments 2 / 2 = 100; overall (16.7*2 + 100) / 3 = 44
    assert "Your level: Starting" in html
    assert "Overall score: 44 out of 100" in html
    assert re.search(r'<svg class="score-chart" role="img" aria-labelledby="chart-title', html)
    assert "Pricing: 17 (low); Payments: 100." in html  # the chart's text description
    assert '<th scope="row">Pricing</th>' in html
    assert "Work out your full cost first." in html
    assert f'href="{courses["pricing"].url}"' in html
    assert f'href="{courses["payments_lessons"][1].url}"' in html
    assert f'href="{courses["payments"].url}"' not in html  # Payments did not score low
    assert "This result is not saved." in html
    assert AssessmentResult.objects.count() == 0


def test_unanswered_questions_are_named_and_nothing_is_scored(client, learner, assessment):
    client.force_login(learner)
    data = form_data(assessment, 1, 0, 2)
    missing = next(name for name in data if name.startswith("q-"))
    del data[missing]
    response = client.post(assessment.url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 question needs an answer" in html
    assert f'<a href="#{missing}-group">Do you know your costs?</a>' in html
    assert "Choose the answer closest to your business." in html
    assert AssessmentResult.objects.count() == 0


def test_a_learner_result_is_saved_with_a_profile_snapshot_and_compared(
    client, learner, assessment
):
    client.force_login(learner)
    first = client.post(assessment.url, form_data(assessment, 1, 0, 2))
    saved = AssessmentResult.objects.get()
    assert first.status_code == 302 and first.url == f"/toolkit/assessments/results/{saved.pk}/"
    assert (saved.owner, saved.overall, saved.level, saved.level_index) == (
        learner,
        44,
        "Starting",
        0,
    )
    assert (saved.country.code, saved.sector) == ("KE", "C")
    assert saved.answers == answers_for(assessment, 1, 0, 2)

    client.post(assessment.url, form_data(assessment, 3, 1, 1))
    latest = AssessmentResult.objects.exclude(pk=saved.pk).get()
    html = client.get(latest.get_absolute_url()).content.decode()
    # Pricing (3 + 3) / 6 = 100 (up 83); Payments 1 / 2 = 50 (down 50); overall 83 (up 39)
    assert "Your level: Ready" in html
    assert "up 39" in html
    assert "up 83" in html and "down 50" in html
    assert "compared with your result of" in html
    assert services.previous_result(latest) == saved
    assert services.previous_result(saved) is None


def test_results_are_reachable_only_by_their_owner(client, learner, assessment):
    result = services.record_result(learner, assessment, answers_for(assessment, 1, 0, 2))
    url = result.get_absolute_url()
    delete_url = f"{url}delete/"

    assert client.get(url).status_code == 404  # anonymous
    assert client.post(delete_url).status_code == 404
    other = UserFactory(role="Learner")
    client.force_login(other)
    assert client.get(url).status_code == 404
    assert client.post(delete_url).status_code == 404
    assert "Readiness check" not in client.get("/toolkit/assessments/results/").content.decode()
    assert AssessmentResult.objects.filter(pk=result.pk).exists()

    client.force_login(learner)
    assert client.get(url).status_code == 200
    assert "Readiness check" in client.get("/toolkit/assessments/results/").content.decode()
    assert client.post(delete_url).status_code == 302
    assert not AssessmentResult.objects.filter(pk=result.pk).exists()


def test_record_result_refuses_incomplete_answers(learner, assessment):
    answers = answers_for(assessment, 1, 0, 2)
    answers.popitem()
    with pytest.raises(services.scoring.IncompleteAnswers):
        services.record_result(learner, assessment, answers)
    assert AssessmentResult.objects.count() == 0


def test_take_a_self_assessment_leads_to_the_toolkit(client, assessment):
    response = client.get("/toolkit/assessments/")
    assert response.status_code == 302
    assert response.url == "/toolkit/#assessments-heading"
    assert "Readiness check" in client.get("/toolkit/").content.decode()


def test_the_same_answers_sent_twice_save_one_result(client, learner, assessment):
    client.force_login(learner)
    data = form_data(assessment, 1, 0, 2)
    first = client.post(assessment.url, data)
    second = client.post(assessment.url, data)  # a second tap on a slow connection
    assert first.url == second.url
    assert AssessmentResult.objects.count() == 1
    client.post(assessment.url, form_data(assessment, 2, 0, 2))  # different answers: kept
    assert AssessmentResult.objects.count() == 2
