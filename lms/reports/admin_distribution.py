"""Wagtail admin for an analyst's own report subscriptions, their archive and API tokens.

Each analyst sees and changes only their own subscriptions, deliveries and tokens (site
admins included: these are personal). The rules live in ``schedules`` and ``api.tokens``;
these views speak HTTP.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import models as generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from .admin_learners import forbidden
from .api.tokens import create_api_token, may_hold_api_token, revoke_api_token
from .filters import ReportFilterForm
from .models import ReportAPIToken, ReportDelivery, ReportSubscription
from .schedules import FILTER_KEYS, may_subscribe, open_archived_report
from .scope import scope_for

# --- Subscriptions -------------------------------------------------------------------------


class OwnSubscriptionsPolicy(BasePermissionPolicy):
    """Analysts with a scope (and site admins) manage their own subscriptions, no one else's."""

    def user_has_permission(self, user, action):
        return action in {"add", "change", "delete", "view"} and may_subscribe(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and instance.analyst_id == user.pk

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model.objects.none()
        return self.model.objects.filter(analyst=user)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return self.model.objects.filter(analyst=user)


class SubscriptionForm(WagtailAdminModelForm):
    """Name, frequency and the dashboard's filters (months come from each period)."""

    class Meta:
        model = ReportSubscription
        fields = ["name", "frequency", "active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["frequency"].help_text = _(
            "Within an hour after each month (or Monday-to-Sunday week) ends, its report is "
            "e-mailed to you as XLSX and kept in your archive. A weekly report covers the whole "
            "months the week falls in, since reports count whole months. It always covers the "
            "countries of your scope as they are when it is built."
        )
        self.scope = scope_for(self.for_user)
        if self.scope is None:
            return
        filter_form = ReportFilterForm(scope=self.scope)
        for key in FILTER_KEYS:
            field = filter_form.fields[key]
            self.fields[key] = field
            self.initial.setdefault(key, (self.instance.filters or {}).get(key, ""))

    def clean(self):
        cleaned = super().clean()
        if self.scope is None:
            raise forms.ValidationError(_("You have no countries to report on."))
        data = {key: self.data.get(self.add_prefix(key), "") for key in FILTER_KEYS}
        check = ReportFilterForm(data, scope=self.scope)
        if not check.is_valid():
            for key, errors in check.errors.items():
                for error in errors:
                    self.add_error(key if key in self.fields else None, error)
        else:
            cleaned["filters"] = {
                key: check.cleaned_data[key]
                for key in FILTER_KEYS
                if check.cleaned_data.get(key) not in (None, "")
            }
        return cleaned

    def save(self, commit=True):
        self.instance.filters = self.cleaned_data.get("filters", {})
        if not self.instance.analyst_id:
            self.instance.analyst = self.for_user
        return super().save(commit=commit)


class SubscriptionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(analyst=self.request.user)


class OwnSubscriptionMixin:
    """Another analyst's subscription is answered 404, as if it did not exist."""

    def get_object(self, *args, **kwargs):
        subscription = super().get_object(*args, **kwargs)
        if subscription.analyst_id != self.request.user.pk:
            raise Http404
        return subscription


class SubscriptionEditView(OwnSubscriptionMixin, generic.EditView):
    pass


class SubscriptionDeleteView(OwnSubscriptionMixin, generic.DeleteView):
    pass


class SubscriptionHistoryView(OwnSubscriptionMixin, HistoryView):
    pass


class SubscriptionUsageView(OwnSubscriptionMixin, UsageView):
    pass


class SubscriptionViewSet(ModelViewSet):
    model = ReportSubscription
    index_view_class = SubscriptionIndexView
    edit_view_class = SubscriptionEditView
    delete_view_class = SubscriptionDeleteView
    history_view_class = SubscriptionHistoryView
    usage_view_class = SubscriptionUsageView
    icon = "mail"
    menu_label = _("Scheduled reports")
    menu_hook = "register_reports_menu_item"
    list_display = ["name", "frequency", "active", "created_at"]
    list_filter = []
    search_fields = None
    inspect_view_enabled = False
    copy_view_enabled = False
    name = "report_subscriptions"
    url_prefix = "reports/subscriptions"

    def get_form_class(self, for_update=False):
        return SubscriptionForm


# --- Archive -------------------------------------------------------------------------------


class ArchiveView(WagtailAdminTemplateMixin, TemplateView):
    """The reports built for the analyst's subscriptions, newest first, with downloads."""

    template_name = "reports/subscriptions/archive.html"
    page_title = _("Report archive")
    header_icon = "folder-open-inverse"

    def dispatch(self, request, *args, **kwargs):
        if not may_subscribe(request.user):
            return forbidden(request, _("Scheduled reports are for analysts with a scope."))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("report_subscriptions:index"), "label": _("Scheduled reports")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["deliveries"] = ReportDelivery.objects.filter(
            subscription__analyst=self.request.user
        ).select_related("subscription")[:200]
        return context


def download_delivery(request, pk: int):
    """Stream one archived report to its owner; anyone else gets a 404 (no hint it exists)."""
    delivery = get_object_or_404(ReportDelivery, pk=pk, subscription__analyst=request.user)
    handle = open_archived_report(delivery)
    if handle is None:
        raise Http404(_("This report was not built."))
    return FileResponse(handle, as_attachment=True, filename=delivery.file.name.rsplit("/", 1)[-1])


# --- API tokens ----------------------------------------------------------------------------


class TokenNameForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=120,
        help_text=_("What will use the token, e.g. Ministry Power BI."),
    )


class TokenListView(WagtailAdminTemplateMixin, TemplateView):
    """The analyst's API tokens: when each was made and last used; create and revoke."""

    template_name = "reports/subscriptions/tokens.html"
    page_title = _("Reports API tokens")
    header_icon = "key"
    http_method_names = ["get", "post", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        if not may_hold_api_token(request.user):
            return forbidden(request, _("API tokens are for ministry analysts and site admins."))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, form=None, secret=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            tokens=ReportAPIToken.objects.filter(user=self.request.user),
            form=form or TokenNameForm(),
            secret=secret,
            api_base=self.request.build_absolute_uri("/api/reports/v1/"),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = TokenNameForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        token, secret = create_api_token(request.user, form.cleaned_data["name"])
        messages.success(request, _("Token “%(name)s” created.") % {"name": token.name})
        # Shown once, in this response only; never stored or sent again.
        response = self.render_to_response(self.get_context_data(secret=secret))
        response["Cache-Control"] = "no-store"
        return response


class RevokeTokenView(WagtailAdminTemplateMixin, TemplateView):
    """GET: confirm; POST: revoke one of the analyst's own tokens (others' answer 404)."""

    template_name = "reports/subscriptions/revoke_token.html"
    page_title = _("Revoke token")
    header_icon = "key"
    http_method_names = ["get", "post", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        self.token = get_object_or_404(ReportAPIToken, pk=kwargs["pk"], user=request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("report_api_tokens"), "label": _("Reports API tokens")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "token": self.token}

    def post(self, request, *args, **kwargs):
        revoke_api_token(self.token, by=request.user)
        messages.success(request, _("Token “%(name)s” revoked.") % {"name": self.token.name})
        return redirect("report_api_tokens")
