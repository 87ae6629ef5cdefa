"""The market-entry checklists in the Wagtail admin (registered in content/wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MarketChecklist


class MarketChecklistViewSet(SnippetViewSet):
    model = MarketChecklist
    icon = "tasks"
    menu_label = _("Market checklists")
    list_display = ["name", "summary", "review_by", "live"]
    list_filter = ["live"]
    search_fields = ["name", "summary"]
    ordering = ["name"]
