"""The reports API: token authentication, scope, parameters, and the dashboard's numbers."""

import json

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.reports.api.tokens import create_api_token, revoke_api_token
from lms.reports.filters import ReportFilterForm
from lms.reports.models import ReportAPIToken, hash_token
from lms.reports.scope import scope_for
from lms.reports.services import build_report
from tests.factories import UserFactory
from tests.html_checks import without_enhancement_script
from tests.reports.population import analyst_for

pytestmark = pytest.mark.django_db

BASE = "/api/reports/v1/"
ENDPOINTS = [
    "summary/",
    "report/",
    "timeseries/",
    "funnel/",
    *(
        f"breakdowns/{d}/"
        for d in (
            "country",
            "region",
            "sector",
            "size",
            "gender",
            "export_stage",
            "programme",
            "track",
            "course",
        )
    ),
]


@pytest.fixture
def kenya(population, db):
    """An analyst for Kenya and Uganda, with a live token."""
    analyst = analyst_for(["KE", "UG"], "kenya-analyst@example.org")
    _token, secret = create_api_token(analyst, "Power BI")
    return analyst, secret


def get(client, path, secret=None, **params):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"} if secret else {}
    return client.get(BASE + path, params, **headers)


def expected(analyst, **params):
    form = ReportFilterForm(params, scope=scope_for(analyst))
    assert form.is_valid(), form.errors
    return build_report(scope_for(analyst), form.filters())


def cells(cell_list):
    return [(c["value"], c["display"], c["suppressed"]) for c in cell_list]


def test_summary_equals_build_report(client, kenya):
    analyst, secret = kenya
    response = get(client, "summary/", secret, month_from="2026-03", month_to="2026-11")
    assert response.status_code == 200
    body = response.json()
    report = expected(analyst, month_from="2026-03", month_to="2026-11")
    assert [(f["key"], f["cell"]["value"], f["cell"]["display"]) for f in body["figures"]] == [
        (f.key, f.cell.value, f.cell.display) for f in report.figures
    ]
    assert body["about"]["scope"] == ["KE", "UG"]
    assert body["about"]["filters"]["month_from"] == "2026-03"
    assert "fewer than 10" in body["about"]["suppression_rule"]


def test_every_table_equals_build_report(client, kenya, population):
    analyst, secret = kenya
    programme = population["programme"].pk
    body = get(client, "report/", secret, programme=programme).json()
    report = expected(analyst, programme=str(programme))
    assert [t["key"] for t in body["tables"]] == list(report.tables)
    for table in body["tables"]:
        published = report.tables[table["key"]]
        assert [r["key"] for r in table["rows"]] == [r.key for r in published.rows]
        for row, published_row in zip(table["rows"], published.rows, strict=True):
            assert cells(row["cells"]) == [
                (c.value, c.display, c.suppressed) for c in published_row.cells
            ]
        if published.total:
            assert cells(table["total"]["cells"]) == [
                (c.value, c.display, c.suppressed) for c in published.total.cells
            ]
    # Counts are numbers, not strings.
    figure = next(f for f in body["figures"] if f["key"] == "registered")
    assert isinstance(figure["cell"]["value"], int)


def test_breakdown_time_series_and_funnel_are_the_report_tables(client, kenya):
    analyst, secret = kenya
    report = expected(analyst, country="KE")
    for path, key in (
        ("breakdowns/sector/", "sector"),
        ("timeseries/", "monthly"),
        ("funnel/", "funnel"),
    ):
        table = get(client, path, secret, country="KE").json()["table"]
        assert table["key"] == key
        assert [cells(r["cells"]) for r in table["rows"]] == [
            [(c.value, c.display, c.suppressed) for c in r.cells] for r in report.tables[key].rows
        ]


def test_a_country_outside_the_scope_is_refused_naming_the_parameter(client, kenya):
    _analyst, secret = kenya
    for path in ENDPOINTS:
        response = get(client, path, secret, country="TZ")
        assert response.status_code == 403, path
        assert "country" in response.json()
        assert "outside your scope" in response.json()["country"][0]


def test_nothing_about_another_country_through_any_endpoint_or_parameter(client, kenya, population):
    """Tanzania is outside the scope: no endpoint, with any filter, names it or its pilot."""
    _analyst, secret = kenya
    tanzania_programme = population["other_programme"]
    for path in ENDPOINTS:
        for params in ({}, {"country": "KE"}, {"month_from": "2026-01", "month_to": "2026-12"}):
            response = get(client, path, secret, **params)
            assert response.status_code == 200, (path, params)
            text = json.dumps(response.json())
            assert '"TZ"' not in text and "Tanzania" not in text, (path, params)
        response = get(client, path, secret, programme=tanzania_programme.pk)
        assert response.status_code == 400 and "programme" in response.json()
        assert "Tanzania" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"month_from": "2026-13"}, "month_from"),
        ({"month_to": "last year"}, "month_to"),
        ({"month_from": "2026-05", "month_to": "2026-01"}, "month_to"),
        ({"country": "ZZ"}, "country"),
        ({"course": "abc"}, "course"),
        ({"track": "99999999"}, "track"),
        ({"countrie": "KE"}, "countrie"),
    ],
)
def test_bad_parameters_answer_400_naming_the_field(client, kenya, params, field):
    _analyst, secret = kenya
    response = get(client, "summary/", secret, **params)
    assert response.status_code == 400
    assert field in response.json()


def test_a_null_character_is_refused(client, kenya):
    _analyst, secret = kenya
    assert get(client, "summary/", secret, country="K\x00E").status_code == 400


def test_unknown_breakdown_is_404(client, kenya):
    _analyst, secret = kenya
    response = get(client, "breakdowns/salary/", secret)
    assert response.status_code == 404
    assert "choose one of" in response.json()["detail"]


def test_no_token_no_figures(client, kenya):
    response = get(client, "summary/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_signed_in_session_does_not_open_the_api(client, kenya):
    analyst, _secret = kenya
    client.force_login(analyst)
    assert get(client, "summary/").status_code == 401


def test_a_wrong_token_is_refused(client, kenya):
    _analyst, secret = kenya
    assert get(client, "summary/", secret[:-2] + "xx").status_code == 401
    assert get(client, "summary/", "not-even-a-token").status_code == 401


def test_only_a_hash_is_stored_and_last_use_is_noted(client, kenya):
    analyst, secret = kenya
    token = ReportAPIToken.objects.get(user=analyst)
    assert token.key_hash == hash_token(secret) and secret not in token.key_hash
    assert token.last_used_at is None
    get(client, "summary/", secret)
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_revoked_token_is_refused_at_once_and_audited(client, kenya):
    analyst, secret = kenya
    assert get(client, "summary/", secret).status_code == 200
    token = ReportAPIToken.objects.get(user=analyst)
    revoke_api_token(token, by=analyst)
    assert get(client, "summary/", secret).status_code == 401
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"gga.api_token.create", "gga.api_token.revoke"} <= actions


def test_a_narrowed_scope_narrows_the_api_at_once(client, kenya):
    analyst, secret = kenya
    analyst.analyst_scope.countries = ["KE"]
    analyst.analyst_scope.save()
    assert get(client, "summary/", secret, country="UG").status_code == 403
    assert get(client, "summary/", secret).json()["about"]["scope"] == ["KE"]


def test_an_analyst_without_scope_is_told_why(client, population, db):
    analyst = UserFactory(role="Ministry analyst", profile=False)
    _token, secret = create_api_token(analyst, "BI")
    response = get(client, "summary/", secret)
    assert response.status_code == 403
    assert "No countries are assigned" in response.json()["detail"]


def test_learners_cannot_hold_tokens(learner):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        create_api_token(learner, "mine")


def test_calls_are_rate_limited_per_token_holder(client, kenya, settings):
    _analyst, secret = kenya
    settings.REPORTS_API_RATE = "2/minute"
    assert get(client, "funnel/", secret).status_code == 200
    assert get(client, "funnel/", secret).status_code == 200
    response = get(client, "funnel/", secret)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def test_only_get_is_allowed(client, kenya):
    _analyst, secret = kenya
    response = client.post(BASE + "summary/", {}, HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 405


def test_openapi_document_describes_every_endpoint(client, db):
    response = client.get(reverse("reports_api:schema"), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/reports/v1/summary/",
        "/api/reports/v1/report/",
        "/api/reports/v1/timeseries/",
        "/api/reports/v1/funnel/",
        "/api/reports/v1/breakdowns/{dimension}/",
    } <= set(schema["paths"])
    params = {p["name"] for p in schema["paths"]["/api/reports/v1/summary/"]["get"]["parameters"]}
    assert params == {"month_from", "month_to", "country", "programme", "track", "course"}
    assert "bearerAuth" in json.dumps(schema["components"]["securitySchemes"])


def test_the_human_docs_page_lists_every_endpoint_without_a_token(client, db):
    response = client.get(reverse("reports_api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    for path in ("summary/", "report/", "timeseries/", "funnel/", "breakdowns/{dimension}/"):
        assert f"GET /api/reports/v1/{path}" in html
    assert "month_from" in html and "export_stage" in html
    assert "<script" not in without_enhancement_script(html.split("</header>", 1)[1])
