"""Wagtail admin for the toolkit's snippets: market checklists, the resource library and the
glossary of trade terms, grouped under one "Toolkit" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from content.admin_search import SearchesNamedFieldsMixin
from content.library.viewsets import ResourceViewSet
from content.markets.viewsets import MarketChecklistViewSet

from .models import GlossaryTerm


class GlossaryTermIndexView(SearchesNamedFieldsMixin, IndexView):
    """The glossary listing; its search box searches term and abbreviation on SQLite too."""


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    index_view_class = GlossaryTermIndexView
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "abbreviation", "source"]
    search_fields = ["term", "abbreviation"]


class ToolkitViewSetGroup(SnippetViewSetGroup):
    items = (MarketChecklistViewSet, ResourceViewSet, GlossaryTermViewSet)
    menu_icon = "tasks"
    menu_label = _("Toolkit")
    menu_name = "toolkit"
    menu_order = 300


register_snippet(ToolkitViewSetGroup)
