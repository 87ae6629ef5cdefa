"""The public national totals page: anonymous, cached, headline figures only."""

import datetime as dt
import re

import pytest
from django.test import override_settings
from django.urls import reverse

from lms.reports.disclosure import Cell, hidden_to_protect
from lms.reports.filters import ReportFilters
from lms.reports.public import national_totals, protect_columns
from lms.reports.scope import ReportScope
from lms.reports.services import build_report

pytestmark = pytest.mark.django_db

URL = "/reports/national/"


def figures_on_page(html: str, country: str) -> list[str]:
    row = re.search(rf'<tr data-country="{country}">(.*?)</tr>', html, re.S)
    assert row, country
    return re.findall(r'<td class="num">(.*?)</td>', row.group(1))


def test_anonymous_visitors_see_the_published_totals(client, population):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    overall = build_report(ReportScope(None), ReportFilters(), public=True)
    assert figures_on_page(html, "all") == [f.cell.display for f in overall.figures]
    assert [f.key for f in overall.figures] == [
        "registered",
        "enrolled",
        "completions",
        "certificates",
    ]
    # One line per country a programme runs in; Kenya's numbers are its public report's.
    kenya = build_report(ReportScope(frozenset({"KE"})), ReportFilters(), public=True)
    assert figures_on_page(html, "KE")[0] == kenya.figures[0].cell.display
    assert {"KE", "UG", "TZ"} <= set(re.findall(r'data-country="([A-Z]{2})"', html))


def test_no_profile_breakdown_is_published(client, population):
    html = client.get(URL).content.decode()
    for word in ("sector", "Sector", "gender", "Women", "Micro", "export stage", "region"):
        assert word not in html, word


def test_small_countries_are_suppressed(client, population):
    html = client.get(URL).content.decode()
    # Tanzania is 7 % of the population: its certificates are fewer than 10.
    assert "fewer than 10" in figures_on_page(html, "TZ")


def test_the_page_is_cacheable_and_sets_no_cookie(client, population):
    response = client.get(URL, {"month_from": "2026-01", "month_to": "2026-06"})
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=900" in response["Cache-Control"]
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_figures_are_computed_once_per_period(client, population, django_assert_num_queries):
    client.get(URL, {"month_from": "2026-02"})
    with django_assert_num_queries(0):
        assert client.get(URL, {"month_from": "2026-02"}).status_code == 200


def test_month_filter_narrows_the_period(client, population):
    html = client.get(URL, {"month_from": "2026-03", "month_to": "2026-03"}).content.decode()
    march = build_report(
        ReportScope(None),
        ReportFilters(month_from=dt.date(2026, 3, 1), month_to=dt.date(2026, 3, 1)),
        public=True,
    )
    assert figures_on_page(html, "all") == [f.cell.display for f in march.figures]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"month_from": "2026-13"}, "Enter a month"),
        ({"month_from": "2026-05", "month_to": "2026-01"}, "cannot come before"),
    ],
)
def test_a_bad_month_is_explained(client, db, params, message):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_one_hidden_country_cell_hides_a_second():
    def count(value):
        return Cell(value=value, display=str(value), suppressed=False)

    small = Cell(value=None, display="fewer than 10", suppressed=True)
    lines = [[count(100), small], [count(40), count(20)], [count(15), count(30)]]
    protected = protect_columns([list(line) for line in lines])
    assert [line[0] for line in protected] == [line[0] for line in lines]  # nothing hidden
    assert protected[1][1] == hidden_to_protect()  # the smallest other cell goes too
    assert protected[2][1] == count(30)


@override_settings(LANGUAGE_CODE="en")
def test_the_page_is_linkable_by_name(population, db):
    assert reverse("reports_public_totals") == URL
    totals = national_totals(ReportFilters())
    assert totals.labels == tuple(f.label for f in totals.overall.figures)


@pytest.mark.parametrize(
    "months", [{}, {"month_from": dt.date(2026, 3, 1), "month_to": dt.date(2026, 8, 1)}]
)
def test_grouped_totals_equal_one_report_per_country(population, db, months):
    """The page counts every country in one grouped pass; its lines must be exactly the
    countries' own public reports (then protected together), the overall line the public
    report of every country."""
    filters = ReportFilters(**months)
    totals = national_totals(filters)
    everywhere = build_report(ReportScope(None), filters, public=True)
    assert [f.cell for f in totals.overall.figures] == [f.cell for f in everywhere.figures]
    assert totals.lines, "the population's programmes run in some countries"
    one_by_one = [
        [
            f.cell
            for f in build_report(ReportScope(frozenset({line.code})), filters, public=True).figures
        ]
        for line in totals.lines
    ]
    assert [list(line.cells) for line in totals.lines] == protect_columns(one_by_one)
