"""Wagtail admin for accounts: which countries each ministry analyst may see."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AnalystScope


class AnalystScopeViewSet(SnippetViewSet):
    model = AnalystScope
    icon = "globe"
    menu_label = "Analyst scopes"
    list_display = ["user", "countries"]
    search_fields = []
    add_to_settings_menu = True


register_snippet(AnalystScopeViewSet)


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    """The platform's audited actions (lms.accounts.audit), shown in Site history."""
    from .audit import ACTIONS

    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)
