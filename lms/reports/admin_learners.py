"""Wagtail admin view: learner-level export (site admins only), under Reports.

The rules (who may, what is written, the audit entry) live in ``learner_export``; this
view only speaks HTTP. Analysts, trainers and moderators get a 403 in the admin's layout.
"""

from __future__ import annotations

from django import forms
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_countries import countries
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.admin_views import forbidden
from courses.models import CoursePage
from lms.programmes.models import Programme

from .learner_export import LearnerExportFilter, export_learners, may_export_learners

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class LearnerExportForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.order_by("name"),
        required=False,
        empty_label=_("Any programme"),
    )
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.defer_streamfields().order_by("path"),
        required=False,
        empty_label=_("Any course"),
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("xlsx", "XLSX"), ("csv", "CSV")],
        initial="xlsx",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Any country"))] + list(countries)

    def selection(self) -> LearnerExportFilter:
        data = self.cleaned_data
        return LearnerExportFilter(
            country=data.get("country") or "",
            programme_id=data["programme"].pk if data.get("programme") else None,
            course_id=data["course"].pk if data.get("course") else None,
        )


class LearnerExportView(WagtailAdminTemplateMixin, FormView):
    """Choose a filter and a format; the download is recorded in Site history."""

    template_name = "reports/learners/export.html"
    form_class = LearnerExportForm
    page_title = _("Learner-level export")
    header_icon = "download"
    http_method_names = ["get", "post", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        if not may_export_learners(request.user):
            return forbidden(request, _("Only site admins may export learner-level data."))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("reports_learner_export")
        return context

    def form_valid(self, form):
        export_format = form.cleaned_data["format"]
        content = export_learners(form.selection(), export_format, by=self.request.user)
        response = HttpResponse(content, content_type=CONTENT_TYPES[export_format])
        stamp = timezone.now().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="learners-{stamp}.{export_format}"'
        response["Cache-Control"] = "no-store"
        return response
