"""Reports read from the PostgreSQL replica when DATABASE_REPLICA_URL names one.

The routing rules run everywhere; the end-to-end check needs a ``replica`` database, which
CI configures by pointing DATABASE_REPLICA_URL at the test database itself (a test mirror:
same rows, its own connection), so the queries are seen leaving on the replica connection.
"""

import pytest
from django.conf import settings
from django.db import connections
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment
from lms.db_routers import ReportsReplicaRouter, reading_from_replica, reports_alias
from lms.reports.filters import ReportFilters
from lms.reports.public import national_totals
from lms.reports.scope import ReportScope
from lms.reports.services import build_report

from . import population as pop

needs_replica = pytest.mark.skipif(
    "replica" not in settings.DATABASES,
    reason="no replica: set DATABASE_REPLICA_URL (CI points it at the test database)",
)


def test_reads_stay_on_the_primary_outside_the_reports():
    router = ReportsReplicaRouter()
    assert router.db_for_read(Enrollment) is None
    assert reports_alias() == "default"
    with reading_from_replica():
        expected = "replica" if "replica" in settings.DATABASES else None
        assert router.db_for_read(Enrollment) == expected
        assert router.db_for_write(Enrollment) == "default"
    assert router.db_for_read(Enrollment) is None
    assert router.allow_migrate("replica", "courses") is False
    assert router.allow_migrate("default", "courses") is True


@needs_replica
@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_reports_count_on_the_replica_and_learners_read_the_primary(client):
    pop.build_tree()
    pop.build(learners=40)
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        report = build_report(ReportScope(None), ReportFilters())
        public = national_totals(ReportFilters())
    assert len(replica) >= 5, "the report's queries went to the replica"
    assert not primary.captured_queries, [q["sql"][:80] for q in primary.captured_queries]
    # The replica holds the same rows: the figures are the primary's.
    assert report.figure("registered").cell.value >= 40
    assert public.overall.figures[0].cell.display == report.figures[0].cell.display

    # A learner's own page reads the primary, so it always sees the learner's own writes.
    learner = Enrollment.objects.select_related("user").first().user
    client.force_login(learner)
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        assert client.get("/dashboard/").status_code == 200
    assert primary.captured_queries and not replica.captured_queries
