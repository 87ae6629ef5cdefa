"""The "Content to review" report in Wagtail's Reports menu: lessons past their review date
for moderators and for the trainers of each course (their own only), and, for moderators,
market checklists and library resources. Rows come from courses.services.freshness."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from courses.services import freshness


class ContentReviewReportView(ReportView):
    """Everything the signed-in user should check again, most overdue first; CSV and XLSX
    downloads list the same rows."""

    page_title = _("Content to review")
    header_icon = "date"
    index_url_name = "content_review_report"
    index_results_url_name = "content_review_report_results"
    results_template_name = "courses/admin/content_review_results.html"
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda item: item.edit_url),
        Column("kind", label=_("Type")),
        Column("course", label=_("Course")),
        DateColumn("checked_on", label=_("Checked on")),
        DateColumn("review_by", label=_("Review by")),
        Column("days_overdue", label=_("Days overdue")),
    ]
    list_export = ["title", "kind", "course", "checked_on", "review_by", "days_overdue"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "course": _("Course"),
        "checked_on": _("Checked on"),
        "review_by": _("Review by"),
        "days_overdue": _("Days overdue"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not freshness.may_view_review_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_export_filename(self):
        return "content-to-review"

    def get_queryset(self):
        return freshness.review_items(self.request.user)


# --- Registered from courses.wagtail_hooks -------------------------------------------------


@hooks.register("register_admin_urls")
def register_content_review_urls():
    return [
        path(
            "reports/content-review/",
            ContentReviewReportView.as_view(),
            name="content_review_report",
        ),
        path(
            "reports/content-review/results/",
            ContentReviewReportView.as_view(results_only=True),
            name="content_review_report_results",
        ),
    ]


class ContentReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return freshness.may_view_review_report(request.user)


@hooks.register("register_reports_menu_item")
def content_review_menu_item():
    return ContentReviewMenuItem(
        _("Content to review"), reverse("content_review_report"), icon_name="date", order=700
    )
