"""Wagtail admin for accounts: which countries each ministry analyst may see."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from . import roles
from .admin_permissions import PermissionCheckedSnippetChooserViewSet
from .models import AnalystScope, User


def scope_country_names(scope: AnalystScope) -> str:
    """The scope's countries by name ("Kenya, Rwanda"), for the scopes listing."""
    return ", ".join(sorted(str(country.name) for country in scope.countries)) or "—"


class AnalystScopeCreateView(CreateView):
    """Adding a scope from a user's row in the users listing starts with that user chosen."""

    def get_initial_form_instance(self):
        user_id = self.request.GET.get("user", "")
        if user_id.isdigit() and User.objects.filter(pk=user_id).exists():
            return AnalystScope(user_id=int(user_id))
        return super().get_initial_form_instance()


class AnalystScopeViewSet(SnippetViewSet):
    """Settings → Analyst scopes, also reached from each analyst's row under Users.

    Changes are audited ("gga.scope.change") by lms.accounts.audit_signals.
    """

    model = AnalystScope
    icon = "globe"
    menu_label = _("Analyst scopes")
    list_display = [
        "user",
        Column("countries", label=_("Countries"), accessor=scope_country_names),
    ]
    search_fields = []
    add_to_settings_menu = True
    add_view_class = AnalystScopeCreateView
    panels = [
        FieldPanel("user"),
        FieldPanel(
            "countries",
            widget=forms.CheckboxSelectMultiple(attrs={"class": "gga-country-picker"}),
            help_text=_("The analyst sees aggregate figures for these countries only."),
        ),
    ]
    # Wagtail's own chooser would list every scope to anyone with admin access.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet


register_snippet(AnalystScopeViewSet)


def analyst_scope_for_user(request, user_id: int):
    """From the users listing to the user's scope: its edit form, or a new one for them."""
    if not request.user.has_perm("accounts.change_analystscope"):
        messages.error(request, _("Only site admins set analysts' scopes."))
        return redirect("wagtailusers_users:index")
    user = get_object_or_404(User, pk=user_id)
    if roles.MINISTRY_ANALYST not in roles.role_names(user):
        messages.error(
            request,
            _("%(user)s is not a ministry analyst: give them that role first.") % {"user": user},
        )
        return redirect("wagtailusers_users:index")
    scope = AnalystScope.objects.filter(user=user).first()
    if scope:
        return redirect("wagtailsnippets_accounts_analystscope:edit", scope.pk)
    add = reverse("wagtailsnippets_accounts_analystscope:add")
    return redirect(f"{add}?{urlencode({'user': user.pk})}")


@hooks.register("register_admin_urls")
def register_analyst_scope_urls():
    return [
        path(
            "analyst-scope/<int:user_id>/",
            analyst_scope_for_user,
            name="accounts_analyst_scope_for_user",
        )
    ]


@hooks.register("register_user_listing_buttons")
def analyst_scope_button(user, request_user):
    """An "Analyst scope" entry in each user's "More" menu, for those who may set scopes."""
    if request_user.has_perm("accounts.change_analystscope"):
        yield Button(
            _("Analyst scope"),
            reverse("accounts_analyst_scope_for_user", args=[user.pk]),
            icon_name="globe",
            priority=60,
        )


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    """The platform's audited actions (lms.accounts.audit), shown in Site history."""
    from .audit import ACTIONS

    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("construct_admin_api", order=1)
def narrow_admin_api_media(router):
    """The admin API lists only the images and documents the user may choose, and pages
    only to those with a page permission.

    Runs after Wagtail's own hooks (order 1), replacing the endpoints they register.
    """
    from .admin_permissions import (
        PermittedDocumentsAdminAPIViewSet,
        PermittedImagesAdminAPIViewSet,
        PermittedPagesAdminAPIViewSet,
    )

    router.register_endpoint("pages", PermittedPagesAdminAPIViewSet)
    router.register_endpoint("images", PermittedImagesAdminAPIViewSet)
    router.register_endpoint("documents", PermittedDocumentsAdminAPIViewSet)


@hooks.register("construct_reports_menu")
def site_history_for_site_admins(request, menu_items):
    """Site history (the audit log) is listed for site admins only (see audit_views)."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
