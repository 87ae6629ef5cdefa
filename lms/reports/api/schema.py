"""How drf-spectacular documents the API's token authentication in the OpenAPI document."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class ReportTokenScheme(OpenApiAuthenticationExtension):
    target_class = "lms.reports.api.authentication.ReportTokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A reports API token from the admin (Reports → Reports API tokens).",
        }


def only_reports_api(endpoints):
    """drf-spectacular preprocessing hook: the document describes the reports API only
    (Wagtail's admin API is internal to the admin)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/reports/v1/")]
