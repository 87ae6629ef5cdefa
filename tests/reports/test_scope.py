"""Scope: an analyst for Kenya learns nothing about other countries through any filter,
export or chart, and cannot ask for another country's figures."""

import re

from django.core.cache import cache

from lms.accounts.models import User
from lms.reports.export_jobs import render
from lms.reports.filters import ReportFilterForm
from lms.reports.scope import ReportScope, scope_for
from lms.reports.services import build_report

from .population import NOW, analyst_for

URL = "/admin/reports/"


def every_filter(form: ReportFilterForm):
    """Every single filter the analyst's form offers, plus none and a month range."""
    yield {}
    yield {"month_from": "2026-04", "month_to": "2026-09"}
    for name in ("country", "programme", "track", "course"):
        for value, _label in form.fields[name].choices:
            if value:
                yield {name: value}


def published(report):
    return (
        tuple((f.key, f.cell, f.target, f.share_of_target) for f in report.figures),
        tuple((key, t.rows, t.total) for key, t in report.tables.items()),
    )


def screen(client, query) -> list[str]:
    """What the dashboard shows: every figure and table cell and every chart's text."""
    html = client.get(URL, query).content.decode()
    start = html.index('id="figures-heading"')
    return re.findall(r">([^<>]+)<", html[start:])


def test_other_countries_change_nothing_an_analyst_can_see(population, db, client):
    analyst = analyst_for(["KE"], "ke@example.org")
    scope = scope_for(analyst)
    assert scope == ReportScope(frozenset({"KE"}))
    client.force_login(analyst)
    views = list(every_filter(ReportFilterForm({}, scope=scope)))
    assert len(views) > 8

    def everything():
        cache.clear()
        result = []
        for query in views:
            form = ReportFilterForm(query, scope=scope)
            assert form.is_valid(), form.errors
            report = build_report(scope, form.filters(), now=NOW)
            result.append((published(report), render(report, "csv"), render(report, "xlsx")))
            result.append(screen(client, query))
        return result

    before = everything()
    # Every learner elsewhere disappears, and new ones arrive: Kenya's analyst sees no change.
    User.objects.filter(country__in=["UG", "TZ"]).delete()
    User.objects.create(email="new-ug@example.org", country="UG", consent_statistics=True)
    after = everything()
    assert len(before) == len(after)
    for one, two in zip(before, after, strict=True):
        if isinstance(one, tuple):
            assert one[0] == two[0]
            assert one[1] == two[1]
        else:
            assert one == two


def test_other_countries_and_their_programmes_cannot_be_chosen(population, db, client):
    analyst = analyst_for(["KE"], "ke2@example.org")
    scope = scope_for(analyst)
    form = ReportFilterForm({}, scope=scope)
    assert [v for v, _l in form.fields["country"].choices if v] == ["KE"]
    names = [label for v, label in form.fields["programme"].choices if v]
    assert population["programme"].name in names
    assert population["other_programme"].name not in names  # Tanzania only

    for query in ({"country": "UG"}, {"programme": population["other_programme"].pk}):
        assert not ReportFilterForm(query, scope=scope).is_valid()
        client.force_login(analyst)
        response = client.get("/admin/reports/export/xlsx/", query)
        assert response.status_code == 302  # back to the form with its error, no file
        assert "attachment" not in response.get("Content-Disposition", "")


def test_services_refuse_a_country_outside_the_scope(population, db):
    """Even called directly with a foreign country, build_report counts nobody."""
    from lms.reports.filters import ReportFilters

    report = build_report(ReportScope(frozenset({"KE"})), ReportFilters(country="UG"), now=NOW)
    assert all(f.cell.value is None for f in report.figures if f.cell.kind == "count")
