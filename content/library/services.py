"""The rules of the resource library: what a filter and search return, and how a download
is counted. The library page, the download view and reports call these."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, QuerySet
from django.http import HttpRequest, HttpResponse
from wagtail import hooks
from wagtail.search.backends import get_search_backend

from content import freshness
from content.markets import services as markets
from content.markets.models import MarketChecklist

from .models import Resource, ResourceDownload


@dataclass(frozen=True)
class ResourceFilters:
    """What a learner asked the library for; empty strings mean "any"."""

    query: str = ""
    topic: str = ""
    market: str = ""  # the slug of a checklist the reader may open (published_checklists)
    format: str = ""
    language: str = ""


def resources_due_for_review(on: datetime.date | None = None) -> QuerySet[Resource]:
    """Resources past their review date (content.freshness), oldest first."""
    return Resource.objects.filter(freshness.overdue_filter(on)).order_by("review_by", "title")


def find_resources(filters: ResourceFilters):
    """Resources matching the filters, by title, or by relevance when there is a search
    query (Wagtail's search backend: full text on PostgreSQL)."""
    resources: QuerySet[Resource] = Resource.objects.select_related(
        "document", "market", "market__locale"
    )
    if filters.topic:
        resources = resources.filter(topic=filters.topic)
    if filters.format:
        resources = resources.filter(format=filters.format)
    if filters.language:
        resources = resources.filter(language=filters.language)
    if filters.market:
        # The market the reader picked, in every language: a resource may name its source or
        # any translation of it. Resolved to ids first (one query): search backends filter
        # on the model's own columns only.
        picked = markets.published_checklists().filter(slug=filters.market)
        market_ids = list(
            MarketChecklist.objects.filter(
                translation_key__in=picked.values("translation_key")[:1]
            ).values_list("pk", flat=True)
        )
        resources = resources.filter(market_id__in=market_ids) if market_ids else resources.none()
    if filters.query:
        return get_search_backend().search(filters.query, resources)
    return resources.order_by("title")


def show_markets(resources) -> None:
    """Each resource's market as learners know it, in place: a translation a trainer picked
    as the market becomes its source, then every market is shown in the reader's language
    (``markets.localize_checklists``), as the filter lists them."""
    resources = list(resources)
    for resource, market in zip(
        resources, markets.sources_of([r.market for r in resources]), strict=True
    ):
        resource.market = market
    markets.localize_checklists([resource.market for resource in resources])


def denied_response(resource: Resource, request: HttpRequest) -> HttpResponse | None:
    """Wagtail's own checks before a document is served (collection privacy: login or
    password): the response that asks for them, or None when the visitor may download."""
    for check in hooks.get_hooks("before_serve_document"):
        result = check(resource.document, request)
        if isinstance(result, HttpResponse):
            return result
    return None


@transaction.atomic
def record_download(resource: Resource) -> None:
    """Count one download: an atomic increment on the resource (no lost updates under
    concurrent downloads) and a dated row for reports over time."""
    Resource.objects.filter(pk=resource.pk).update(download_count=F("download_count") + 1)
    ResourceDownload.objects.create(resource=resource)
