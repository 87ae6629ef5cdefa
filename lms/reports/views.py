"""The analyst's dashboard in the Wagtail admin, and its CSV/XLSX downloads.

Views speak HTTP only: who may see what is ``scope.scope_for``, the numbers are
``prepared.report_or_request`` (a prepared report, or one counted on request: a download
repeats the screen's numbers and extraction time), files are ``export_jobs`` (large ones
built by Celery through ``lms.exports``). Every page works without JavaScript: the filters
are a GET form, the charts are server-drawn SVG with their tables, a background export's
progress page (``lms.exports``) refreshes itself with a meta refresh.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import export_jobs
from .charts import chart_for
from .filters import ReportFilterForm
from .prepared import ready_report, report_or_request
from .scope import PERMISSION, refusal_reason, scope_for
from .services import cached_report


def may_open_reports(user) -> bool:
    """Who is shown the Reports menu: site admins and holders of the analyst permission
    (an analyst without a scope still gets the page that tells them why it is empty)."""
    return bool(user.is_authenticated and (user.is_superuser or user.has_perm(PERMISSION)))


def forbidden(request, message) -> TemplateResponse:
    messages.error(request, message)
    title = _("Permission denied")
    context = {"page_title": title, "header_title": title, "header_icon": "warning"}
    return TemplateResponse(request, "wagtailadmin/generic/base.html", context, status=403)


class ScopedView(View):
    """Resolves the user's scope; refuses those who may not see reports at all."""

    def dispatch(self, request, *args, **kwargs):
        if not may_open_reports(request.user):
            return forbidden(request, refusal_reason(request.user))
        self.scope = scope_for(request.user)
        return super().dispatch(request, *args, **kwargs)

    def filter_form(self) -> ReportFilterForm:
        return ReportFilterForm(self.request.GET, scope=self.scope)


class DashboardView(WagtailAdminTemplateMixin, ScopedView, TemplateView):
    template_name = "reports/dashboard.html"
    page_title = _("Ministry reports")
    header_icon = "table"
    http_method_names = ["get", "head", "options"]

    def get_page_subtitle(self):
        return self.scope.label if self.scope else ""

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["scope"] = self.scope
        if self.scope is None:
            context["refusal"] = refusal_reason(self.request.user)
            return context
        form = self.filter_form()
        context["form"] = form
        if not form.is_valid():
            return context
        filters = form.filters()
        report = report_or_request(self.scope, filters)
        query = urlencode(filters.as_query())
        if report is None:  # a large platform: Celery is counting it, the page looks again
            context["counting"] = True
            return context
        context.update(
            report=report,
            query=query,
            sections=[(table, *chart_for(table)) for table in report.tables.values()],
            export_links=[
                (fmt.upper(), f"{reverse('reports_admin:export', args=[fmt])}?{query}")
                for fmt in export_jobs.FORMATS
            ],
        )
        return context


class ExportView(ScopedView):
    """A report file: at once when the report is ready or small, else built by Celery
    while the user watches a progress page."""

    http_method_names = ["get", "head", "options"]

    def get(self, request, fmt):
        if fmt not in export_jobs.FORMATS:
            raise Http404(_("Unknown export format."))
        if self.scope is None:
            return forbidden(request, refusal_reason(request.user))
        form = self.filter_form()
        if not form.is_valid():
            messages.error(request, _("The filters are not valid; correct them and try again."))
            return redirect(f"{reverse('reports_admin:dashboard')}?{request.GET.urlencode()}")
        filters = form.filters()
        report = ready_report(self.scope, filters)
        if report is None and export_jobs.is_large():
            token = export_jobs.start(request.user, filters, fmt)
            return redirect("exports:job", token=token)
        report = report or cached_report(self.scope, filters)
        content = export_jobs.render(report, fmt)
        response = HttpResponse(content, content_type=export_jobs.FORMATS[fmt])
        response["Content-Disposition"] = (
            f'attachment; filename="{export_jobs.filename(report, fmt)}"'
        )
        return response


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_open_reports(request.user)


urlpatterns = [
    path("", DashboardView.as_view(), name="dashboard"),
    path("export/<str:fmt>/", ExportView.as_view(), name="export"),
]
