"""The analyst's dashboard in the Wagtail admin: who gets in, what they see, how fast."""

import re

import pytest
from django.urls import reverse

from lms.reports import services
from lms.reports.filters import ReportFilters
from lms.reports.scope import ReportScope
from tests.factories import UserFactory

from .population import analyst_for

URL = "/admin/reports/"


def cells_of(html: str, table_key: str) -> list[list[str]]:
    """The text of each row of a rendered report table (header row first)."""
    match = re.search(rf'<table class="listing" data-table="{table_key}">(.*?)</table>', html, re.S)
    assert match, f"no table {table_key}"
    rows = re.findall(r"<tr>(.*?)</tr>", match[1], re.S)
    return [
        [
            re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", c)).strip()
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in rows
    ]


@pytest.fixture
def ke_analyst(population, db):
    return analyst_for(["KE"], "ke-analyst@example.org")


def test_menu_and_home_panel_lead_analysts_to_the_dashboard(client, ke_analyst):
    client.force_login(ke_analyst)
    home = client.get("/admin/").content.decode()
    assert "Ministry reports" in home
    assert reverse("reports_admin:dashboard") in home
    assert "All time, for Kenya" in home


def test_analyst_sees_their_country_only(client, ke_analyst):
    client.force_login(ke_analyst)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    countries = cells_of(html, "country")
    assert [row[0] for row in countries] == ["Country", "Kenya", "Total"]
    assert "Uganda" not in html and "Tanzania" not in html
    # The country filter offers the scope only.
    assert re.findall(r'<option value="([A-Z]{2})"', html) == ["KE"]


def test_country_outside_scope_is_refused_by_name(client, ke_analyst):
    client.force_login(ke_analyst)
    html = client.get(URL, {"country": "UG"}).content.decode()
    assert "Country: Select a valid choice" in html
    assert 'data-table="country"' not in html


def test_nul_and_overlong_input_named(client, ke_analyst):
    client.force_login(ke_analyst)
    # Over the form's limit (the site refuses NUL bytes before any view: 400 naming it).
    html = client.get(URL, {"month_from": "2026-01" * 6, "month_to": "x" * 200}).content.decode()
    assert "From month: Ensure this value has at most 40 characters." in html
    assert "To month: Ensure this value has at most 40 characters." in html
    assert 'data-table="country"' not in html
    response = client.get(URL, {"month_from": "2026-01\x00"})
    assert response.status_code == 400
    assert "month_from" in response.content.decode()


def test_form_refuses_nul_bytes_itself(ke_analyst):
    """The API and schedules validate through the same form, without the middleware."""
    from lms.reports.filters import ReportFilterForm
    from lms.reports.scope import scope_for

    form = ReportFilterForm(
        {"month_from": "2026-01\x00", "country": "K\x00E"}, scope=scope_for(ke_analyst)
    )
    assert not form.is_valid()
    assert "not allowed" in form.errors["month_from"][0]
    assert "country" in form.errors


def test_analyst_without_scope_is_told_why(client, population, db):
    analyst = UserFactory(role="Ministry analyst", profile=False)
    client.force_login(analyst)
    html = client.get(URL).content.decode()
    assert "No countries are assigned to your account yet" in html
    assert 'data-table="' not in html


def test_learners_and_trainers_are_refused(client, population, db):
    for role in ("Learner", "Trainer"):
        user = UserFactory(role=role)
        client.force_login(user)
        response = client.get(URL)
        assert response.status_code in (302, 403)
        assert b'data-table="' not in response.content


def test_site_admin_sees_every_country(client, population, db):
    admin = UserFactory(role="Site admin", profile=False)
    client.force_login(admin)
    html = client.get(URL).content.decode()
    labels = [row[0] for row in cells_of(html, "country")]
    assert {"Kenya", "Uganda", "Tanzania"} <= set(labels)
    assert "Not stated" in labels  # the learner without a country


def test_screen_shows_the_report_cells(client, ke_analyst):
    client.force_login(ke_analyst)
    html = client.get(URL, {"month_from": "2026-02", "month_to": "2026-11"}).content.decode()
    report = services.build_report(
        ReportScope(frozenset({"KE"})),
        ReportFilters(month_from=__import__("datetime").date(2026, 2, 1),
                      month_to=__import__("datetime").date(2026, 11, 1)),
    )  # fmt: skip
    for key, table in report.tables.items():
        rows = cells_of(html, key)[1:]
        expected = [[row.label, *(c.display for c in row.cells)] for row in table.rows]
        if table.total:
            expected.append([table.total.label, *(c.display for c in table.total.cells)])
        assert rows == expected or (not table.rows and len(rows) == 1), key
    assert "fewer than 10" in html
    assert html.count("<svg") >= len(report.tables) - 1


def test_dashboard_query_count_does_not_grow_with_data(
    client, ke_analyst, django_assert_max_num_queries
):
    client.force_login(ke_analyst)
    with django_assert_max_num_queries(45):
        assert client.get(URL, {"month_from": "2026-03"}).status_code == 200
