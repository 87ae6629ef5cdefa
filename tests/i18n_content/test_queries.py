"""A French course or lesson page costs what the English one does, plus the look-up of its
English source (where the learner's records are) and the outline's French words: the locale
and the French home page Wagtail routes through are cached (content.models.HomePage)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from tests.i18n_content.conftest import in_language, url_in

pytestmark = pytest.mark.django_db

FRENCH_EXTRA = 2  # the source page, the outline's translations


def warm_count(client, url) -> int:
    for _ in range(2):
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_french_pages_cost_two_queries_more_than_english(
    client, learner, course_in_three_languages
):
    course, lessons, _quiz = course_in_three_languages
    services.enroll(learner, course)
    client.force_login(learner)
    for page in (course, lessons[1]):
        english = warm_count(client, url_in(page, "en"))
        french = warm_count(client, url_in(in_language(page, "fr"), "fr"))
        assert french == english + FRENCH_EXTRA, (page, english, french)
