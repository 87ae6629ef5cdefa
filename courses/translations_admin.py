"""The "Course translations" report in Wagtail's Reports menu: every translated page of the
courses a trainer may edit (all of them for moderators), out-of-date ones first, with CSV
and XLSX downloads. Rows come from courses.services.translation_status."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from courses.services import freshness
from courses.services.translation_status import translation_rows


class CourseTranslationsReportView(ReportView):
    """Which translations need updating after their English source changed."""

    page_title = _("Course translations")
    header_icon = "globe"
    index_url_name = "course_translations_report"
    index_results_url_name = "course_translations_report_results"
    results_template_name = "courses/admin/translations_results.html"
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Translation"), get_url=lambda row: row.edit_url),
        Column("language", label=_("Language")),
        Column("source_title", label=_("Source page")),
        Column("course", label=_("Course")),
        StatusTagColumn("status", label=_("Status"), primary=lambda row: not row.out_of_date),
        DateColumn("source_published_at", label=_("Source published")),
        DateColumn("published_at", label=_("Translation published")),
    ]
    list_export = [
        "title",
        "language",
        "source_title",
        "course",
        "status",
        "source_published_at",
        "published_at",
    ]
    export_headings = {
        "title": _("Translation"),
        "language": _("Language"),
        "source_title": _("Source page"),
        "course": _("Course"),
        "status": _("Status"),
        "source_published_at": _("Source published"),
        "published_at": _("Translation published"),
    }

    def dispatch(self, request, *args, **kwargs):
        # Those who may edit courses: trainers (their own), moderators and site admins.
        if not freshness.may_view_review_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_export_filename(self):
        return "course-translations"

    def get_queryset(self):
        return translation_rows(self.request.user)


@hooks.register("register_admin_urls")
def register_course_translations_urls():
    return [
        path(
            "reports/course-translations/",
            CourseTranslationsReportView.as_view(),
            name="course_translations_report",
        ),
        path(
            "reports/course-translations/results/",
            CourseTranslationsReportView.as_view(results_only=True),
            name="course_translations_report_results",
        ),
    ]


class CourseTranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return freshness.may_view_review_report(request.user)


@hooks.register("register_reports_menu_item")
def course_translations_menu_item():
    return CourseTranslationsMenuItem(
        _("Course translations"),
        reverse("course_translations_report"),
        icon_name="globe",
        order=710,
    )
