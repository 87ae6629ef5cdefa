"""The market-entry checklists in the Wagtail admin (registered in content/wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from content.admin_search import SearchesNamedFieldsMixin

from .models import MarketChecklist


class MarketChecklistIndexView(SearchesNamedFieldsMixin, IndexView):
    """The listing; its search box searches name and summary on SQLite too."""


class MarketChecklistViewSet(SnippetViewSet):
    model = MarketChecklist
    icon = "tasks"
    menu_label = _("Market checklists")
    index_view_class = MarketChecklistIndexView
    list_display = ["name", "summary", "review_by", "live"]
    list_filter = ["live"]
    search_fields = ["name", "summary"]
    ordering = ["name"]
