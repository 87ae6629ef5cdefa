"""Read-only endpoints of the reports API: the dashboard's numbers as JSON.

Every view asks ``scope_for`` for the caller's countries and publishes the cells of
``build_report`` as they are, through ``cached_report`` as the dashboard does: nothing is
counted here. Parameters are the dashboard's filters, checked by the dashboard's own form;
a country outside the caller's scope is refused with 403 naming the parameter, any other
bad parameter with 400 naming it.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django_countries import countries
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from lms.reports.filters import ReportFilterForm, ReportFilters
from lms.reports.prepared import report_or_request
from lms.reports.scope import ReportScope, refusal_reason, scope_for
from lms.reports.services import Report

from . import serializers

PARAMETERS = ("month_from", "month_to", "country", "programme", "track", "course")
BREAKDOWNS = (
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

FILTER_PARAMETERS = [
    OpenApiParameter(
        "month_from",
        str,
        description="First month counted, YYYY-MM (periods are whole months).",
        pattern=r"^\d{4}-\d{2}$",
    ),
    OpenApiParameter(
        "month_to", str, description="Last month counted, YYYY-MM.", pattern=r"^\d{4}-\d{2}$"
    ),
    OpenApiParameter(
        "country",
        str,
        description="ISO 3166-1 alpha-2 code of a country in your scope, e.g. KE.",
        pattern=r"^[A-Z]{2}$",
    ),
    OpenApiParameter("programme", int, description="A programme's id (see the programme table)."),
    OpenApiParameter("track", int, description="A track's id (see the track table)."),
    OpenApiParameter("course", int, description="A course's id (see the course table)."),
]
ERRORS = {
    400: OpenApiResponse(description="A parameter is not valid; the body names it."),
    401: OpenApiResponse(description="No token, or a revoked or unknown one."),
    403: OpenApiResponse(description="No scope, or a country outside it; the body says which."),
    429: OpenApiResponse(description="Too many calls; retry after the Retry-After seconds."),
    503: OpenApiResponse(
        description="On a large platform, a report not counted ahead is being counted; "
        "retry after the Retry-After seconds."
    ),
}


class ReportCounting(exceptions.APIException):
    status_code = 503
    default_detail = "This report is being counted; retry after the Retry-After seconds."
    default_code = "report_counting"

    def __init__(self):
        super().__init__()
        self.wait = 30  # DRF's exception handler sends it as Retry-After


def _month(value) -> str | None:
    return value.strftime("%Y-%m") if value else None


def about(report: Report) -> dict:
    """The header every response carries: scope, filters, suppression rule, extraction time."""
    filters: ReportFilters = report.filters
    return {
        "scope": sorted(report.scope.countries) if report.scope.countries is not None else None,
        "scope_label": report.scope.label,
        "filters": {
            "month_from": _month(filters.month_from),
            "month_to": _month(filters.month_to),
            "country": filters.country,
            "programme": filters.programme_id,
            "track": filters.track_id,
            "course": filters.course_id,
        },
        "suppression_rule": report.rule,
        "extracted_at": report.generated_at,
    }


class ReportAPIView(APIView):
    """Base of every endpoint: the caller's scope, checked filters, and the built report."""

    http_method_names = ["get", "head", "options"]

    def scope(self, request) -> ReportScope:
        scope = scope_for(request.user)
        if scope is None:
            raise exceptions.PermissionDenied(refusal_reason(request.user))
        return scope

    def filters(self, request, scope: ReportScope) -> ReportFilters:
        unknown = sorted(set(request.query_params) - set(PARAMETERS))
        if unknown:
            raise exceptions.ValidationError(
                {
                    name: [
                        _("Unknown parameter; the parameters are %(names)s.")
                        % {"names": ", ".join(PARAMETERS)}
                    ]
                    for name in unknown[:10]
                }
            )
        data = {name: request.query_params.get(name, "") for name in PARAMETERS}
        country = data["country"].strip().upper()
        if country in dict(countries) and not scope.allows(country):
            raise exceptions.PermissionDenied(
                {"country": [_("%(code)s is outside your scope.") % {"code": country}]}
            )
        data["country"] = country
        form = ReportFilterForm(data, scope=scope)
        if not form.is_valid():
            raise exceptions.ValidationError(
                {name: [str(message) for message in errors] for name, errors in form.errors.items()}
            )
        return form.filters()

    def report(self, request) -> Report:
        # The dashboard's reports: the same scope and filters give the screen's very numbers
        # and extraction time (a prepared report, or one counted on request).
        scope = self.scope(request)
        report = report_or_request(scope, self.filters(request, scope))
        if report is None:
            raise ReportCounting
        return report


class SummaryView(ReportAPIView):
    @extend_schema(
        operation_id="summary",
        summary="Headline figures",
        description="The dashboard's headline figures, each against the programme's target "
        "when a programme is chosen.",
        parameters=FILTER_PARAMETERS,
        responses={200: serializers.SummarySerializer, **ERRORS},
    )
    def get(self, request):
        report = self.report(request)
        return Response(
            serializers.SummarySerializer({"about": about(report), "figures": report.figures}).data
        )


class ReportView(ReportAPIView):
    @extend_schema(
        operation_id="report",
        summary="The whole report",
        description="Figures and every table (time series, funnel and breakdowns) in one call.",
        parameters=FILTER_PARAMETERS,
        responses={200: serializers.ReportSerializer, **ERRORS},
    )
    def get(self, request):
        report = self.report(request)
        data = {
            "about": about(report),
            "figures": report.figures,
            "tables": list(report.tables.values()),
        }
        return Response(serializers.ReportSerializer(data).data)


class TableView(ReportAPIView):
    """One table of the report; subclasses name it."""

    table_key = ""

    def table_response(self, request, key: str):
        report = self.report(request)
        table = report.tables.get(key)
        if table is None:
            raise exceptions.NotFound(_("There is no table %(key)s.") % {"key": key})
        return Response(
            serializers.TableResponseSerializer({"about": about(report), "table": table}).data
        )

    def get(self, request):
        return self.table_response(request, self.table_key)


def _table_view(key: str, summary: str, description: str) -> type[TableView]:
    def get(self, request):
        return self.table_response(request, key)

    get = extend_schema(
        operation_id=key,
        summary=summary,
        description=description,
        parameters=FILTER_PARAMETERS,
        responses={200: serializers.TableResponseSerializer, **ERRORS},
    )(get)
    return type(f"{key.title()}TableView", (TableView,), {"table_key": key, "get": get})


TimeSeriesView = _table_view(
    "monthly", "Time series", "Registrations, enrollments, completions and certificates by month."
)
FunnelView = _table_view(
    "funnel",
    "Funnel",
    "Registered → enrolled → started → half done → completed → certified.",
)


class BreakdownView(TableView):
    @extend_schema(
        operation_id="breakdown",
        summary="A breakdown",
        description="Counts by country, region, sector (ISIC section), enterprise size, owner's "
        "gender, export stage, programme, track or course. Profile breakdowns count only "
        "learners who consented, with a “Not shared” row so each column adds up to its total.",
        parameters=[
            OpenApiParameter("dimension", str, OpenApiParameter.PATH, enum=list(BREAKDOWNS)),
            *FILTER_PARAMETERS,
        ],
        responses={200: serializers.TableResponseSerializer, 404: OpenApiResponse(), **ERRORS},
    )
    def get(self, request, dimension: str):
        if dimension not in BREAKDOWNS:
            raise exceptions.NotFound(
                _("Unknown breakdown; choose one of %(names)s.") % {"names": ", ".join(BREAKDOWNS)}
            )
        return self.table_response(request, dimension)
