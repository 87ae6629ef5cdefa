"""Every report is a fixed number of aggregate queries, whatever the amount of data."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.routing import default_locale_id
from lms.reports.filters import ReportFilters
from lms.reports.scope import ReportScope
from lms.reports.services import build_report

from . import population as pop

FULL, PUBLIC = 23, 6


def queries_of(**kwargs) -> int:
    with CaptureQueriesContext(connection) as captured:
        build_report(**kwargs)
    return len(captured.captured_queries)


def test_query_counts_do_not_grow_with_data(population, db):
    scope = ReportScope(frozenset({"KE", "UG"}))
    views = [
        ReportFilters(),
        ReportFilters(month_from=dt.date(2026, 3, 1), month_to=dt.date(2026, 9, 1)),
        ReportFilters(programme_id=population["programme"].pk),
        ReportFilters(course_id=population["courses"][0].pk, country="KE"),
    ]
    default_locale_id()  # read once per process, then kept: not a query of the reports
    before = [queries_of(scope=scope, filters=f, now=pop.NOW) for f in views]
    public = queries_of(scope=scope, filters=ReportFilters(), now=pop.NOW, public=True)
    pop.build(learners=150, seed=12)  # half as many learners again, with all they did
    after = [queries_of(scope=scope, filters=f, now=pop.NOW) for f in views]
    assert before == after == [FULL] * len(views)
    assert public == queries_of(scope=scope, filters=ReportFilters(), now=pop.NOW, public=True)
    assert public == PUBLIC
