"""Property test: schemathesis generates requests from the API's own OpenAPI document and
sends them to the Django WSGI app with a real token; no request is ever answered 500, every
status is one the document lists, and every 200 matches its response schema."""

import pytest
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from schemathesis import openapi
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from lms.reports.api.tokens import create_api_token
from tests.reports.population import analyst_for

# The document /api/reports/v1/schema/ serves (test_api checks it is served), generated
# here without a request so that collection needs no database.
schema = openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
schema.app = get_wsgi_application()


@pytest.fixture
def token(population, db, settings):
    settings.REPORTS_API_RATE = "100000/minute"
    # The WSGI handler closes the database connection after each request, as in production;
    # here that would end the test's transaction, so (like Django's test client) it does not.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    analyst = analyst_for(["KE", "UG"], "schemathesis@example.org")
    yield create_api_token(analyst, "schemathesis")[1]
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_never_answers_500(case, token):
    case.call_and_validate(
        # Pages and API answers are gzipped for clients that accept it; schemathesis's WSGI
        # transport asks for gzip but reads the body as it comes, so it asks for none here.
        headers={"Authorization": f"Bearer {token}", "Accept-Encoding": "identity"},
        checks=[not_a_server_error, status_code_conformance, response_schema_conformance],
    )
