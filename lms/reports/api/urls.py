"""URLs of the reports API, mounted at /api/reports/v1/ outside the language prefixes."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from . import docs, schema, views  # noqa: F401 (schema registers the auth extension)

app_name = "reports_api"

urlpatterns = [
    path("summary/", views.SummaryView.as_view(), name="summary"),
    path("report/", views.ReportView.as_view(), name="report"),
    path("timeseries/", views.TimeSeriesView.as_view(), name="timeseries"),
    path("funnel/", views.FunnelView.as_view(), name="funnel"),
    path("breakdowns/<str:dimension>/", views.BreakdownView.as_view(), name="breakdown"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", docs.api_docs, name="docs"),
]
