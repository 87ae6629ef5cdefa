"""The plan page and a step page run a fixed number of queries, however many rows a plan has."""

from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from content.brandplan.models import (
    BudgetLine,
    Competitor,
    Milestone,
    NameCheck,
    TargetMarket,
    TrademarkFiling,
)

COUNTRIES = ["KE", "DE", "FR", "GB", "US", "AE", "JP"]


def add_rows(plan, indexes):
    """One row of every kind per index."""
    for i in indexes:
        TargetMarket.objects.create(plan=plan, country=COUNTRIES[i], priority=i + 1)
        Competitor.objects.create(plan=plan, name=f"Rival {i}", market=COUNTRIES[i])
        NameCheck.objects.create(plan=plan, language=f"Language {i}")
        TrademarkFiling.objects.create(plan=plan, route="national", office="X", nice_classes="30")
        BudgetLine.objects.create(plan=plan, category="other", description="x", amount=Decimal(1))
        Milestone.objects.create(plan=plan, due=date(2027, 1, 1 + i), title=f"Step {i}")


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_plan_and_step_pages_do_not_grow_with_the_rows(owner_client, plan):
    urls = [
        reverse("brandplan:detail", args=[plan.pk]),
        reverse("brandplan:step", args=[plan.pk, "positioning"]),
        reverse("brandplan:step", args=[plan.pk, "budget"]),
    ]
    add_rows(plan, range(1))
    owner_client.get(urls[0])  # warm the session and site caches
    small = [queries(owner_client, url) for url in urls]
    add_rows(plan, range(1, 6))
    large = [queries(owner_client, url) for url in urls]
    assert small == large
    assert max(large) <= 14
