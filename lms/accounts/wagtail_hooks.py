"""Wagtail admin for accounts: which countries each ministry analyst may see."""

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
