"""Aggregate toolkit use for the ministry reports: counts and averages by country and sector,
consenting learners only, with learner counts for small-cell suppression, in four queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.assessments import services
from content.assessments.queries import assessment_usage
from tests.assessments.conftest import answers_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

USAGE_QUERIES = 4


@pytest.fixture
def results(assessment):
    kenya_maker = UserFactory(country="KE", sector="C")
    kenya_farmer = UserFactory(country="KE", sector="A")
    rwanda_maker = UserFactory(country="RW", sector="C")
    no_consent = UserFactory(country="KE", sector="C", consent_statistics=False)
    old = timezone.now() - timedelta(days=400)
    services.record_result(kenya_maker, assessment, answers_for(assessment, 0, 0, 0), when=old)
    services.record_result(kenya_maker, assessment, answers_for(assessment, 3, 1, 2))  # 100
    services.record_result(kenya_farmer, assessment, answers_for(assessment, 1, 0, 2))  # 44
    services.record_result(rwanda_maker, assessment, answers_for(assessment, 2, 1, 1))  # 72
    services.record_result(no_consent, assessment, answers_for(assessment, 3, 1, 2))
    return old


def test_usage_by_assessment_country_and_sector(results, assessment):
    with CaptureQueriesContext(connection) as ctx:
        usage = assessment_usage()
    assert len(ctx.captured_queries) == USAGE_QUERIES
    [total] = usage["assessments"]
    assert total == {
        "assessment_id": assessment.pk,
        "assessment": "Readiness check",
        "taken": 4,  # the learner without consent is not counted
        "learners": 3,
        "average_overall": 54.0,  # (0 + 100 + 44 + 72) / 4
        "average_level": "Growing",
    }
    by_country = {row["country"]: row for row in usage["by_country"]}
    assert {c: (r["taken"], r["learners"]) for c, r in by_country.items()} == {
        "KE": (3, 2),
        "RW": (1, 1),
    }
    assert by_country["KE"]["country_name"] == "Kenya"
    assert by_country["KE"]["average_overall"] == 48.0
    assert by_country["RW"]["average_level"] == "Growing"
    by_sector = {row["sector"]: row for row in usage["by_sector"]}
    assert {s: r["learners"] for s, r in by_sector.items()} == {"A": 1, "C": 2}
    assert by_sector["C"]["sector_name"] == "Manufacturing"


def test_usage_filters_by_country_and_date(results, assessment):
    usage = assessment_usage(countries=["RW"])
    assert [(r["taken"], r["average_overall"]) for r in usage["assessments"]] == [(1, 72.0)]
    recent = assessment_usage(since=timezone.now() - timedelta(days=30))
    assert recent["assessments"][0]["taken"] == 3
    with CaptureQueriesContext(connection) as ctx:
        assert assessment_usage(countries=["FR"]) == {
            "assessments": [],
            "by_country": [],
            "by_sector": [],
        }
    assert len(ctx.captured_queries) <= USAGE_QUERIES
