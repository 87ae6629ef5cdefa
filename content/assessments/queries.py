"""Aggregate use of the self-assessments, for the ministry reports: the one module reports read.

Rows are plain dicts with counts of results ("taken") and of distinct learners, so the report
can suppress cells with fewer than ``REPORT_MIN_CELL`` learners (this module returns every
cell and suppresses nothing). Only results of learners who consent to statistical use are
counted, and country and sector are the snapshot taken with each result. No row names a
learner. Four queries, whatever the number of results.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Avg, Count, QuerySet
from django_countries import countries as country_names

from lms.accounts.choices import Sector

from . import scoring
from .models import AssessmentPage, AssessmentResult

UNKNOWN = ""  # country or sector left blank in the learner's profile


def counted_results(
    countries: Iterable[str] | None = None, since: datetime | None = None
) -> QuerySet[AssessmentResult]:
    """The results aggregates are built from: consenting learners, optionally only in
    ``countries`` (ISO codes) and taken on or after ``since``."""
    results = AssessmentResult.objects.filter(owner__consent_statistics=True)
    if countries is not None:
        results = results.filter(country__in=list(countries))
    if since is not None:
        results = results.filter(created_at__gte=since)
    return results


def _rows(results: QuerySet, *keys: str) -> list[dict]:
    return list(
        results.values("assessment_id", *keys)
        .annotate(
            taken=Count("id"),
            learners=Count("owner_id", distinct=True),
            average_overall=Avg("overall"),
        )
        .order_by("assessment_id", *keys)
    )


def assessment_usage(
    countries: Iterable[str] | None = None, since: datetime | None = None
) -> dict[str, list[dict]]:
    """Self-assessments taken and their average score and level, per assessment, and per
    assessment by country and by sector.

    Returns ``{"assessments": [...], "by_country": [...], "by_sector": [...]}``; every row
    has ``assessment_id``, ``assessment`` (its title), ``taken``, ``learners``,
    ``average_overall`` (0–100, one decimal) and ``average_level`` (the level that average
    reaches on the assessment's current levels); country rows add ``country`` and
    ``country_name``, sector rows ``sector`` and ``sector_name`` ("" when the profile left
    it blank).
    """
    results = counted_results(countries, since)
    totals = _rows(results)
    by_country = _rows(results, "country")
    by_sector = _rows(results, "sector")
    pages = {
        page.pk: page
        for page in AssessmentPage.objects.filter(
            pk__in={row["assessment_id"] for row in totals}
        ).defer("dimensions")
    }
    sectors = dict(Sector.choices)

    def finish(row: dict) -> dict:
        page = pages.get(row["assessment_id"])
        average = round(float(row["average_overall"] or 0), 1)
        row["average_overall"] = average
        row["assessment"] = page.title if page else ""
        levels = page.maturity_levels if page else ()
        row["average_level"] = scoring.level_for(levels, round(average))[1].label if levels else ""
        if "country" in row:
            row["country"] = str(row["country"] or UNKNOWN)
            row["country_name"] = str(country_names.name(row["country"])) if row["country"] else ""
        if "sector" in row:
            row["sector_name"] = str(sectors.get(row["sector"], "")) if row["sector"] else ""
        return row

    return {
        "assessments": [finish(row) for row in totals],
        "by_country": [finish(row) for row in by_country],
        "by_sector": [finish(row) for row in by_sector],
    }
