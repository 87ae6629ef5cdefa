"""Prepared reports: the views analysts open first, counted ahead of time by Celery.

At national scale a report takes seconds to tens of seconds to count (docs/performance.md,
"Ministry reports"). Nobody should wait that long for the dashboard, so every
REPORT_PREPARE_MINUTES the beat task ``prepare_reports`` counts, for every scope in use (the
countries of each analyst's scope, and all countries for site admins), in every interface
language:

- the dashboard with no filter, with each country of the scope alone and with each programme
  of the scope alone;
- the admin home panel's all-time totals, and the public national totals page;

and keeps them in the cache until the next run replaces them. Pages show the time a prepared
report was counted ("Figures as of …, counted every 60 minutes"). Any other combination of
filters is counted when asked for: at once on a small platform, and in the background behind
a page that refreshes itself once the data is large (from
REPORT_EXPORT_BACKGROUND_ENROLLMENTS enrollments, the threshold downloads use).

Prepared or not, a report is the same ``build_report`` result, so the numbers, suppression
and rounding do not depend on the path that produced them.
"""

from __future__ import annotations

import dataclasses
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation

from lms.accounts.models import AnalystScope

from . import public as public_page
from .export_jobs import is_large
from .filters import ReportFilterForm, ReportFilters, programmes_in_scope
from .scope import ReportScope
from .services import Report, build_report, cached_report, peek_report, report_cache_key

logger = logging.getLogger(__name__)

LOCK_KEY = "reports:prepare:lock"
LAST_RUN_KEY = "reports:prepare:last-run"
# A report asked for is counted once within this time, however many pages ask for it.
PENDING_SECONDS = 15 * 60


def every_minutes() -> int:
    """How often prepared reports are counted again; 0 switches preparing off."""
    return max(0, int(getattr(settings, "REPORT_PREPARE_MINUTES", 60)))


def _key(scope: ReportScope, filters: ReportFilters, public: bool) -> str:
    return report_cache_key(scope, filters, public=public, kind="prepared")


def _lifetime() -> int:
    """A prepared report outlives two missed runs, then the page counts it again itself."""
    return 3 * every_minutes() * 60


def prepared(scope: ReportScope, filters: ReportFilters, *, public: bool = False) -> Report | None:
    """The prepared report for this scope, filters and language, if there is one."""
    if not every_minutes():
        return None
    return cache.get(_key(scope, filters, public))


def store(report: Report) -> None:
    report = dataclasses.replace(report, prepared_every=every_minutes())
    cache.set(_key(report.scope, report.filters, report.public), report, _lifetime())


# --- What is prepared ----------------------------------------------------------------------


def scopes_in_use() -> list[ReportScope]:
    """Every analyst scope with countries (each distinct set once), and all countries."""
    seen: set[frozenset[str]] = set()
    scopes = [ReportScope(countries=None)]
    for analyst_scope in AnalystScope.objects.all():
        countries = frozenset(str(getattr(c, "code", c)) for c in analyst_scope.countries)
        if countries and countries not in seen:
            seen.add(countries)
            scopes.append(ReportScope(countries=countries))
    return scopes


def views_of(scope: ReportScope) -> list[tuple[ReportFilters, bool]]:
    """(filters, public) pairs prepared for one scope: the views a page opens with."""
    queries: list[dict[str, str]] = [{}]
    if scope.countries is not None:
        queries += [{"country": code} for code in sorted(scope.countries)]
    programmes = programmes_in_scope(scope).values_list("pk", flat=True)
    queries += [{"programme": str(pk)} for pk in programmes]
    views = []
    for query in queries:
        form = ReportFilterForm(query, scope=scope)
        if form.is_valid():
            views.append((form.filters(), False))
    views.append((ReportFilters(), True))  # the admin home panel's totals
    return views


def prepare_all() -> dict[str, float]:
    """Count every prepared view again; one run at a time (a run still going is left alone).

    Returns what was done, which the task logs: the number of reports and the seconds taken.
    """
    minutes = every_minutes()
    if not minutes:
        return {"reports": 0, "seconds": 0.0, "skipped": 1}
    if not cache.add(LOCK_KEY, True, minutes * 60):
        return {"reports": 0, "seconds": 0.0, "skipped": 1}
    started = time.monotonic()
    count = 0
    try:
        for scope in scopes_in_use():
            for filters, public in views_of(scope):
                for code, _name in settings.LANGUAGES:
                    with translation.override(code):
                        store(build_report(scope, filters, public=public))
                    count += 1
        for code, _name in settings.LANGUAGES:  # the public page as it opens, no months chosen
            with translation.override(code):
                public_page.store(public_page.national_totals(ReportFilters()), _lifetime())
            count += 1
    finally:
        cache.delete(LOCK_KEY)
    seconds = round(time.monotonic() - started, 1)
    cache.set(LAST_RUN_KEY, {"reports": count, "seconds": seconds}, _lifetime() or None)
    logger.info("Prepared %s reports in %.1f s", count, seconds)
    return {"reports": count, "seconds": seconds, "skipped": 0}


# --- What a page shows ---------------------------------------------------------------------


def ready_report(scope: ReportScope, filters: ReportFilters, *, public: bool = False):
    """A report already counted for these scope, filters and language, prepared or on
    request; never counts one."""
    return prepared(scope, filters, public=public) or peek_report(scope, filters, public=public)


def report_or_request(scope: ReportScope, filters: ReportFilters, *, public: bool = False):
    """The report a page shows: a ready one; one counted now where counting is quick; or,
    on a large platform, None while Celery counts it (the page says so and looks again)."""
    report = ready_report(scope, filters, public=public)
    if report is not None:
        return report
    if is_large():
        request_report(scope, filters, public=public)
        return None
    return cached_report(scope, filters, public=public)


# --- Counting one report on request, in the background -----------------------------------


def _pending_key(scope: ReportScope, filters: ReportFilters, public: bool) -> str:
    return report_cache_key(scope, filters, public=public, kind="pending")


def is_pending(scope: ReportScope, filters: ReportFilters, *, public: bool = False) -> bool:
    return cache.get(_pending_key(scope, filters, public)) is not None


def request_report(scope: ReportScope, filters: ReportFilters, *, public: bool = False) -> None:
    """Have Celery count this report once, however many pages ask while it is counted; it
    then waits in the report cache (REPORT_CACHE_SECONDS) like any report counted on request."""
    from .tasks import count_report

    pending = _pending_key(scope, filters, public)
    if not cache.add(pending, True, PENDING_SECONDS):
        return
    countries = None if scope.countries is None else sorted(scope.countries)
    language = translation.get_language()
    query = filters.as_query()
    transaction.on_commit(lambda: count_report.delay(countries, query, public, language, pending))


def count_requested(countries, query: dict, public: bool, language: str, pending: str) -> None:
    """The task's work: count the report asked for and keep it in the report cache."""
    scope = ReportScope(countries=None if countries is None else frozenset(countries))
    try:
        with translation.override(language):
            form = ReportFilterForm(query, scope=scope)
            if form.is_valid():  # the scope may have changed since: then nothing is counted
                cached_report(scope, form.filters(), public=public)
    finally:
        cache.delete(pending)
