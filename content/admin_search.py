"""Searching a snippet listing in the admin on every database the site runs on.

Wagtail's listings search with ``search_fields`` through the search backend. On PostgreSQL
(production, CI) that backend searches the named fields. Wagtail's SQLite backend cannot:
``SQLiteSearchQueryCompiler.search`` (modelsearch 1.3.2, ``backends/database/sqlite``) puts
the field names into the FTS5 ``MATCH`` as column filters (``{name summary} : (…)``), but
its FTS table only has the columns ``title``, ``body`` and ``autocomplete``, so any field
list fails with "no such column: name" (wagtail/django-modelsearch#47, open). There the
listing searches the same fields with the ORM instead (``icontains``, Wagtail's own path
when a view names no search backend): a few hundred snippets at most, on a laptop's
database.
"""

from __future__ import annotations

from wagtail.search.backends import get_search_backend


def backend_cannot_search_fields(backend_name: str) -> bool:
    """Whether the search backend ``backend_name`` fails on a list of fields to search."""
    backend = get_search_backend(backend_name)
    return type(backend).__module__.startswith("modelsearch.backends.database.sqlite")


class SearchesNamedFieldsMixin:
    """For a Wagtail listing view (``IndexView``) with ``search_fields``: search them with
    the ORM where the search backend cannot search named fields (SQLite), else as Wagtail
    does."""

    def search_queryset(self, queryset):
        if (
            self.is_searching
            and self.search_fields
            and self.search_backend_name
            and backend_cannot_search_fields(self.search_backend_name)
        ):
            self.search_backend_name = None  # this request's view only: Wagtail's ORM search
        return super().search_queryset(queryset)
