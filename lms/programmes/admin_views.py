"""Wagtail admin for programmes, for site admins only: the programme editor (a ModelViewSet),
each programme's members, and the bulk import of learners (upload → check → confirm).

Every view here answers 403 to anyone but a site admin (a superuser); the permission
policy does the same for the viewset's own views and hides the menu item.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from lms.formats.lists import join_clauses, join_series

from . import imports
from .forms import LearnerImportForm
from .models import EnrollmentCode, ImportStatus, LearnerImport, Programme, ProgrammeMembership
from .resources import COLUMNS

NAMESPACE = "programmes_admin"


def is_site_admin(user) -> bool:
    """Site admins are superusers (lms.accounts.roles.assign_role makes them so)."""
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


class SiteAdminOnlyPolicy(ModelPermissionPolicy):
    """Programmes are for site admins alone, whatever permissions a group was given."""

    def user_has_permission(self, user, action):
        return is_site_admin(user)

    def user_has_any_permission(self, user, actions):
        return is_site_admin(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def user_has_permission_for_instance(self, user, action, instance):
        return is_site_admin(user)

    def instances_user_has_any_permission_for(self, user, actions):
        return (
            self.model._default_manager.all()
            if is_site_admin(user)
            else self.model._default_manager.none()
        )


def forbidden(request, title):
    context = {"page_title": title, "header_title": title}
    response = TemplateResponse(request, "programmes/admin/forbidden.html", context, status=403)
    return response


class SiteAdminRequiredMixin:
    page_title = ""

    def dispatch(self, request, *args, **kwargs):
        if not is_site_admin(request.user):
            return forbidden(request, self.page_title)
        return super().dispatch(request, *args, **kwargs)


# --- The programme editor ------------------------------------------------------------------


def country_names(programme: Programme) -> str:
    return join_series(country.name for country in programme.countries)


def starts(programme: Programme) -> str:
    return date_format(programme.starts_on, "DATE_FORMAT")


def ends(programme: Programme) -> str:
    return date_format(programme.ends_on, "DATE_FORMAT")


def grouped(number: int) -> str:
    """A count with the admin's language's thousands separator: "1,500", "1 500"."""
    return formats.number_format(number, use_l10n=True, force_grouping=True)


def codes_in_use(programme: Programme) -> str:
    """Each code with its uses in the admin's language, e.g. "EXPORT-KE-2027 (12/1,500)",
    "EXPORT-KE-2027 (12/1 500) — inactive" in French words and digits, the codes separated
    as the language separates list items ("; ", "؛ " in Arabic, "；" in Chinese)."""
    parts = []
    for code in programme.codes.all():
        values = {
            "code": code.code,
            "used": grouped(code.used_count),
            "limit": "∞" if code.max_uses is None else grouped(code.max_uses),
        }
        if code.is_active:
            parts.append(gettext("%(code)s (%(used)s/%(limit)s)") % values)
        else:
            parts.append(gettext("%(code)s (%(used)s/%(limit)s) — inactive") % values)
    return join_clauses(parts)


class MembersColumn(Column):
    """The member count, linking to the members listing."""

    cell_template_name = "programmes/admin/members_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = reverse(f"{NAMESPACE}:members", args=[instance.pk])
        return context


class ProgrammeIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(member_count=Count("memberships"))
            .prefetch_related(Prefetch("codes", queryset=EnrollmentCode.objects.order_by("code")))
        )


class ProgrammeViewSet(ModelViewSet):
    model = Programme
    name = "programmes"  # /admin/programmes/
    url_namespace = NAMESPACE  # "programmes" is the learners' namespace
    icon = "group"
    menu_label = _("Programmes")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ProgrammeIndexView
    list_display = [
        "name",
        "sponsor",
        Column("countries", label=_("Countries"), accessor=country_names),
        # Plain dates: DateColumn speaks of "4 months ago" and says "just now" of the future.
        Column("starts_on", label=_("Starts"), accessor=starts, sort_key="starts_on"),
        Column("ends_on", label=_("Ends"), accessor=ends, sort_key="ends_on"),
        MembersColumn("member_count", label=_("Members"), sort_key="member_count"),
        Column("codes", label=_("Codes (used/limit)"), accessor=codes_in_use),
    ]
    list_filter = ["starts_on"]
    search_fields = ["name", "sponsor"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("sponsor"), FieldPanel("description")],
            heading=_("Programme"),
        ),
        FieldPanel(
            "countries",
            widget=forms.CheckboxSelectMultiple(attrs={"class": "gga-country-picker"}),
            help_text=_("Tick every country the programme serves."),
        ),
        FieldPanel("tracks", widget=forms.CheckboxSelectMultiple),
        FieldPanel("courses", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Dates")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("target_enrollments"),
                        FieldPanel("target_completions"),
                        FieldPanel("target_certificates"),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("target_women_owned_share"), FieldPanel("target_micro_share")]
                ),
            ],
            heading=_("Targets"),
        ),
        InlinePanel(
            "codes",
            heading=_("Enrollment codes"),
            label=_("Code"),
            panels=[
                FieldRowPanel([FieldPanel("code"), FieldPanel("max_uses")]),
                FieldRowPanel([FieldPanel("expires_at"), FieldPanel("is_active")]),
            ],
        ),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("members/<int:pk>/", MembersView.as_view(), name="members"),
            path("import/", ImportUploadView.as_view(), name="import"),
            path("import/<uuid:token>/", ImportStatusView.as_view(), name="import_status"),
            path(
                "import/<uuid:token>/confirm/", ImportConfirmView.as_view(), name="import_confirm"
            ),
        ]


# --- Members ---------------------------------------------------------------------------------


class MembersView(SiteAdminRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The learners of one programme, newest first, 100 a page."""

    template_name = "programmes/admin/members.html"
    header_icon = "group"
    page_title = _("Programme members")

    def dispatch(self, request, *args, pk, **kwargs):
        self.programme = get_object_or_404(Programme, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.programme.name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{NAMESPACE}:index"), "label": _("Programmes")},
            {"url": "", "label": self.programme.name},
        ]

    def get_context_data(self, **kwargs):
        members = (
            ProgrammeMembership.objects.filter(programme=self.programme)
            .select_related("user", "code")
            .order_by("-joined_at", "pk")
        )
        page = Paginator(members, 100).get_page(self.request.GET.get("p"))
        return super().get_context_data(programme=self.programme, page=page, **kwargs)


# --- Bulk import -------------------------------------------------------------------------------


class ImportMixin(SiteAdminRequiredMixin, WagtailAdminTemplateMixin):
    header_icon = "upload"
    page_title = _("Import learners")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{NAMESPACE}:index"), "label": _("Programmes")},
            {"url": reverse(f"{NAMESPACE}:import"), "label": _("Import learners")},
        ]


class ImportUploadView(ImportMixin, FormView):
    """Upload a file; it is checked in the background and the status page shows the result."""

    form_class = LearnerImportForm
    template_name = "programmes/admin/import_upload.html"

    def get_context_data(self, **kwargs):
        recent = LearnerImport.objects.select_related("uploaded_by").defer("content")[:10]
        return super().get_context_data(columns=COLUMNS, recent=recent, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        job = imports.start_import(
            file_name=upload.name,
            content=upload.read(),
            add_existing=form.cleaned_data["add_existing"],
            by=self.request.user,
        )
        return redirect(f"{NAMESPACE}:import_status", token=job.token)


class ImportStatusView(ImportMixin, TemplateView):
    """Progress (refreshing itself, no JavaScript), then the errors, preview or summary."""

    template_name = "programmes/admin/import_status.html"
    refresh_seconds = 2

    def dispatch(self, request, *args, token, **kwargs):
        self.job = get_object_or_404(LearnerImport.objects.defer("content"), token=token)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.job.file_name

    def get_context_data(self, **kwargs):
        job = self.job
        running = job.status in (ImportStatus.CHECKING, ImportStatus.IMPORTING)
        done = imports.progress(job)
        return super().get_context_data(
            job=job,
            running=running,
            refresh_seconds=self.refresh_seconds,
            done_rows=done,
            percent=round(100 * done / job.row_count) if job.row_count else 0,
            statuses=ImportStatus,
            **kwargs,
        )


class ImportConfirmView(SiteAdminRequiredMixin, View):
    """POST: import the checked file for real, reusing the stored upload."""

    http_method_names = ["post"]

    def post(self, request, token):
        job = get_object_or_404(LearnerImport.objects.defer("content"), token=token)
        imports.confirm_import(job)
        return redirect(f"{NAMESPACE}:import_status", token=job.token)
