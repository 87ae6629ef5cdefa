"""A background export's progress page (refreshing itself, no JavaScript) and its download.

Both answer 404 to anyone but the user who asked, and to them once the export's own rule no
longer lets them have the file (``jobs.job_for``).
"""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import jobs


def _job_or_404(request, token: str) -> dict:
    job = jobs.job_for(token, request.user)
    if job is None:
        raise Http404(_("This download does not exist or has expired."))
    return job


class ExportJobView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "exports/export_job.html"
    page_title = _("Preparing your report")
    header_icon = "download"
    http_method_names = ["get", "head", "options"]

    def get(self, request, token):
        self.job = _job_or_404(request, token)
        self.kind = jobs.kind_of(self.job)
        return super().get(request, token=token)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.kind.back_url(self.job["params"]), "label": self.kind.BACK_LABEL},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            job=self.job,
            token=kwargs["token"],
            minutes=jobs.ttl() // 60,
            back_url=self.kind.back_url(self.job["params"]),
            back_label=self.kind.BACK_LABEL,
            failed_message=self.kind.FAILED_MESSAGE,
        )
        return context


class ExportDownloadView(View):
    http_method_names = ["get", "head", "options"]

    def get(self, request, token):
        job = _job_or_404(request, token)
        if job["status"] != "ready":
            raise Http404(_("This download does not exist or has expired."))
        try:
            handle = jobs.open_file(job)
        except FileNotFoundError as error:
            raise Http404(_("This download does not exist or has expired.")) from error
        return FileResponse(
            handle,
            as_attachment=True,
            filename=job["filename"],
            content_type=jobs.FORMATS[job["format"]],
        )


urlpatterns = [
    path("<str:token>/", ExportJobView.as_view(), name="job"),
    path("<str:token>/download/", ExportDownloadView.as_view(), name="file"),
]
