"""Wagtail admin hooks for ministry reports: the dashboard's URLs and menu item, and the
admin home page panel that leads analysts to it."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import views
from .filters import ReportFilters
from .prepared import report_or_request
from .scope import refusal_reason, scope_for


@hooks.register("register_admin_urls")
def register_report_urls():
    """/admin/reports/: the dashboard and its exports."""
    return [path("reports/", include((views.urlpatterns, "reports_admin")))]


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return views.ReportsMenuItem(
        _("Ministry reports"),
        reverse("reports_admin:dashboard"),
        icon_name="table",
        order=90,  # near the top: for an analyst it is the reason to be here
    )


@hooks.register("insert_global_admin_css")
def reports_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("reports/dashboard.css"))


class ReportsPanel(Component):
    """The admin home's first panel for analysts and site admins: headline figures of
    their scope, all time, and the way into the dashboard."""

    name = "ministry_reports"
    order = 10
    template_name = "reports/home_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        scope = scope_for(self.user)
        context = {"scope": scope, "url": reverse("reports_admin:dashboard")}
        if scope is None:
            context["refusal"] = refusal_reason(self.user)
        else:
            # None on a large platform until Celery has counted it; the panel says so.
            context["report"] = report_or_request(scope, ReportFilters(), public=True)
        return context


@hooks.register("construct_homepage_panels")
def add_reports_panel(request, panels):
    if views.may_open_reports(request.user):
        panels.insert(0, ReportsPanel(request.user))


# Scheduled reports, their archive, API tokens and the learner-level export register beside.
from . import wagtail_hooks_distribution  # noqa: E402, F401
