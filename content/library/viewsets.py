"""The resource library in the Wagtail admin (registered in content/wagtail_hooks.py).

Content moderators add and change resources; trainers view them (migration library 0003).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from content.admin_search import SearchesNamedFieldsMixin
from lms.accounts.admin_permissions import PermissionCheckedSnippetChooserViewSet
from lms.accounts.spreadsheets import FormulaSafeExportMixin

from .models import Resource


class ResourceIndexView(SearchesNamedFieldsMixin, FormulaSafeExportMixin, IndexView):
    """The listing; its CSV and XLSX exports keep a title like ``=cmd`` as text, and its
    search box searches title and summary on SQLite too."""


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full"
    menu_label = _("Resource library")
    index_view_class = ResourceIndexView
    # Chosen by those who may view resources, not by every admin user.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet
    list_display = ["title", "topic", "market", "format", "language", "review_by", "download_count"]
    list_filter = ["topic", "format", "language", "market"]
    list_export = [
        "title",
        "topic",
        "market",
        "format",
        "language",
        "download_count",
        "created_at",
        "checked_on",
        "review_by",
    ]
    search_fields = ["title", "summary"]
    ordering = ["title"]
