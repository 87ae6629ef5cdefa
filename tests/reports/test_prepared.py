"""Prepared reports: counted ahead by Celery, shown with their age, the same numbers as ever;
on a large platform anything else is counted in the background while the page says so."""

import dataclasses
import datetime as dt
import re

import pytest
from django.conf import settings

from lms.reports import prepared
from lms.reports.filters import ReportFilterForm, ReportFilters
from lms.reports.scope import ReportScope
from lms.reports.services import build_report
from lms.reports.tasks import prepare_reports

from .population import analyst_for

URL = "/admin/reports/"
KE = ReportScope(frozenset({"KE"}))


@pytest.fixture
def ke_analyst(population, db):
    return analyst_for(["KE"], "ke-prepared@example.org")


def filters_of(query):
    form = ReportFilterForm(query, scope=KE)
    assert form.is_valid(), form.errors
    return form.filters()


def published(report):
    """Every published cell of a report, in order: what a page, file or API shows."""
    cells = [(f.key, f.cell.display, f.target) for f in report.figures]
    for table in report.tables.values():
        for row in (*table.rows, *([table.total] if table.total else [])):
            cells += [(table.key, row.key, cell.display) for cell in row.cells]
    return cells


def test_the_beat_runs_the_task():
    entry = settings.CELERY_BEAT_SCHEDULE["prepare-reports"]
    assert entry["task"] == "lms.reports.tasks.prepare_reports"
    assert entry["schedule"] == 60 * settings.REPORT_PREPARE_MINUTES


def test_every_scope_in_use_gets_its_first_views(ke_analyst, population):
    scopes = prepared.scopes_in_use()
    assert ReportScope(None) in scopes and KE in scopes
    views = prepared.views_of(KE)
    queries = [(filters.as_query(), public) for filters, public in views]
    assert ({}, False) in queries  # the dashboard as it opens
    assert ({"country": "KE"}, False) in queries
    assert ({}, True) in queries  # the admin home panel
    programmes = [q for q, _p in queries if "programme" in q]
    assert programmes, "each programme of the scope is prepared"


def test_prepared_reports_equal_reports_counted_now(ke_analyst, population):
    result = prepare_reports.delay().get()
    assert result["skipped"] == 0
    assert result["reports"] >= len(prepared.views_of(KE)) + len(
        prepared.views_of(ReportScope(None))
    )
    for filters, public in prepared.views_of(KE):
        ready = prepared.prepared(KE, filters, public=public)
        assert ready is not None, filters.as_query()
        assert ready.prepared_every == settings.REPORT_PREPARE_MINUTES
        assert published(ready) == published(build_report(KE, filters, public=public))
    # The public page as it opens is kept too.
    from django.core.cache import cache

    from lms.reports.public import _cache_key

    assert cache.get(_cache_key(ReportFilters())) is not None


def test_a_run_still_going_is_left_alone(population, db):
    from django.core.cache import cache

    cache.add(prepared.LOCK_KEY, True, 60)
    assert prepared.prepare_all()["skipped"] == 1
    assert prepared.prepared(ReportScope(None), ReportFilters()) is None


def test_dashboard_shows_the_prepared_report_and_its_age(client, ke_analyst):
    prepared.prepare_all()
    report = prepared.prepared(KE, filters_of({}))
    # Stamp it with another time, so the page must be showing this very report.
    earlier = dt.datetime(2025, 12, 1, 3, 0, tzinfo=dt.UTC)
    prepared.store(dataclasses.replace(report, generated_at=earlier))
    client.force_login(ke_analyst)
    html = re.sub(r"\s+", " ", client.get(URL).content.decode())
    assert "Figures as of 1 Dec 2025, 03:00 UTC." in html
    assert "Counted ahead of time, again every 60 minutes." in html


@pytest.fixture
def large_platform(settings):
    """Any data is "large": reports not prepared are counted in the background."""
    settings.REPORT_EXPORT_BACKGROUND_ENROLLMENTS = 0


def test_large_platform_counts_other_views_in_the_background(
    client, ke_analyst, large_platform, django_capture_on_commit_callbacks
):
    client.force_login(ke_analyst)
    query = {"month_from": "2026-01", "month_to": "2026-06"}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first = client.get(URL, query).content.decode()
        again = client.get(URL, query).content.decode()
    for html in (first, again):
        assert "These figures are being counted." in html
        assert '<meta http-equiv="refresh" content="5">' in html
        assert 'data-table="country"' not in html
    assert len(callbacks) == 1, "one counting, however many times the page looks"
    callbacks[0]()  # the task (eager in tests) counts it into the report cache
    html = client.get(URL, query).content.decode()
    assert "being counted" not in html
    assert 'data-table="country"' in html
    assert "Counted ahead of time" not in html  # counted on request, not prepared
    assert not prepared.is_pending(KE, filters_of(query))


def test_large_platform_home_panel_and_api_wait_for_the_count(
    client, ke_analyst, large_platform, django_capture_on_commit_callbacks
):
    from lms.reports.api.tokens import create_api_token

    client.force_login(ke_analyst)
    with django_capture_on_commit_callbacks(execute=True):
        home = client.get("/admin/").content.decode()
    assert "The all-time totals are being counted" in home
    home = client.get("/admin/").content.decode()
    assert "All time, for Kenya, as of" in home

    _token, secret = create_api_token(ke_analyst, "Power BI")
    response = client.get(
        "/api/reports/v1/summary/",
        {"month_from": "2025-01"},
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert response.json()["detail"].startswith("This report is being counted")


def test_prepared_age_is_shown_only_when_prepared(client, ke_analyst):
    client.force_login(ke_analyst)
    html = client.get(URL).content.decode()
    assert "Figures as of" in html
    assert "Counted ahead of time" not in html
