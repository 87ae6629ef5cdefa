"""Wagtail admin for accounts: which countries each ministry analyst may see."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_permissions import PermissionCheckedSnippetChooserViewSet
from .models import AnalystScope


class AnalystScopeViewSet(SnippetViewSet):
    model = AnalystScope
    icon = "globe"
    menu_label = "Analyst scopes"
    list_display = ["user", "countries"]
    search_fields = []
    add_to_settings_menu = True
    # Wagtail's own chooser would list every scope to anyone with admin access.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet


register_snippet(AnalystScopeViewSet)


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    """The platform's audited actions (lms.accounts.audit), shown in Site history."""
    from .audit import ACTIONS

    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("construct_admin_api", order=1)
def narrow_admin_api_media(router):
    """The admin API lists only the images and documents the user may choose.

    Runs after Wagtail's own hooks (order 1), replacing the endpoints they register.
    """
    from .admin_permissions import (
        PermittedDocumentsAdminAPIViewSet,
        PermittedImagesAdminAPIViewSet,
    )

    router.register_endpoint("images", PermittedImagesAdminAPIViewSet)
    router.register_endpoint("documents", PermittedDocumentsAdminAPIViewSet)


@hooks.register("construct_reports_menu")
def site_history_for_site_admins(request, menu_items):
    """Site history (the audit log) is listed for site admins only (see audit_views)."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
