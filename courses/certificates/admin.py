"""Certificates in the Wagtail admin: designs (a snippet content moderators edit and
trainers only view and choose, see migration courses 0010) and issued
certificates (a read-only listing for content moderators and site admins, with Revoke).

Issued certificates are never added, edited or deleted by hand: the permission policy
refuses those actions to everyone, superusers included; revoking goes through
``revoke_certificate`` like every other caller.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from content.admin_search import SearchesNamedFieldsMixin
from courses.models import Certificate, CertificateTemplate
from courses.services import certificates as service
from lms.accounts.admin_permissions import PermissionCheckedSnippetChooserViewSet

from .forms import RevokeForm

NAMESPACE = "certificates_admin"


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """View and revoke by permission; add, change and delete for nobody."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class CertificateTemplateIndexView(SearchesNamedFieldsMixin, IndexView):
    """The designs listing; its search box searches names on SQLite too."""


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    index_view_class = CertificateTemplateIndexView
    icon = "doc-full"
    menu_label = _("Certificate designs")
    # Chosen by those who may view designs (trainers included), not by every admin user.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet
    list_display = ["name", "signatory_name", "accent_colour", "is_default"]
    search_fields = ["name"]


def status_of(certificate: Certificate) -> str:
    if certificate.is_revoked:
        return _("Revoked")
    return str(certificate.get_render_status_display())


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.is_revoked and service.may_revoke(self.request.user):
            buttons.append(
                MenuItem(
                    _("Revoke"),
                    url=reverse(f"{NAMESPACE}:revoke", args=[instance.pk]),
                    icon_name="warning",
                    priority=40,
                )
            )
        return buttons


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "tick-inverse"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 250
    url_namespace = NAMESPACE
    # Holders' names and codes: only those who may view certificates may choose one.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet
    inspect_view_enabled = True
    index_view_class = CertificateIndexView
    list_display = [
        "holder_name",
        "course_title",
        Column("code", label=_("Code")),
        DateColumn("issued_at", label=_("Issued")),
        Column("status", label=_("Status"), accessor=status_of),
    ]
    list_filter = ["render_status"]
    search_fields = ["holder_name", "course_title", "code"]
    inspect_view_fields = [
        "holder_name",
        "course_title",
        "hours",
        "score",
        "completed_at",
        "issuer_name",
        "issued_at",
        "code",
        "render_status",
        "emailed_at",
        "revoked_at",
        "revoked_reason",
        "revoked_by",
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("revoke/<int:pk>/", RevokeView.as_view(), name="revoke"),
        ]


class RevokeView(WagtailAdminTemplateMixin, FormView):
    """Revoke one certificate, with a reason that the public verification page shows."""

    form_class = RevokeForm
    template_name = "certificates/admin/revoke.html"
    header_icon = "warning"
    page_title = _("Revoke certificate")

    def dispatch(self, request, *args, pk, **kwargs):
        self.certificate = get_object_or_404(Certificate, pk=pk)
        if not service.may_revoke(request.user):
            messages.error(
                request, _("Only content moderators and site admins revoke certificates.")
            )
            context = {"page_title": self.page_title, "header_title": self.page_title}
            return TemplateResponse(request, "wagtailadmin/generic/base.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.certificate)

    def get_header_title(self):
        return _("Revoke certificate %(code)s") % {"code": self.certificate.code}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{NAMESPACE}:list"), "label": _("Certificates")},
            {"url": "", "label": self.get_header_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(certificate=self.certificate, **kwargs)

    def form_valid(self, form):
        try:
            service.revoke_certificate(
                self.certificate, by=self.request.user, reason=form.cleaned_data["reason"]
            )
        except service.CertificateError as exc:
            form.add_error("reason", str(exc))
            return self.form_invalid(form)
        messages.success(self.request, _("Certificate revoked: %(c)s") % {"c": self.certificate})
        return redirect(f"{NAMESPACE}:list")
