"""The rules of the market-entry checklists: which checklists a learner sees, how their
progress is counted and how their ticks are saved. Views, admin and the demo call these."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, QuerySet

from content import freshness

from .models import ChecklistCategory, ChecklistItem, ChecklistTick, MarketChecklist


def checklists_due_for_review(on: datetime.date | None = None) -> QuerySet[MarketChecklist]:
    """Checklists past their review date (content.freshness), published or not, oldest first."""
    return MarketChecklist.objects.filter(freshness.overdue_filter(on)).order_by(
        "review_by", "name"
    )


def published_checklists() -> QuerySet[MarketChecklist]:
    """Checklists a visitor may open: published ones, with their item count."""
    return MarketChecklist.objects.filter(live=True).annotate(item_count=Count("items"))


@dataclass
class CategoryProgress:
    """One category of a checklist: its items and how many the learner has ticked."""

    value: str
    label: str
    items: list[ChecklistItem] = field(default_factory=list)
    done: int = 0

    @property
    def total(self) -> int:
        return len(self.items)


@dataclass
class ChecklistProgress:
    """A learner's progress through one checklist, by category and overall."""

    categories: list[CategoryProgress]
    ticked_ids: frozenset[int]

    @property
    def done(self) -> int:
        return sum(category.done for category in self.categories)

    @property
    def total(self) -> int:
        return sum(category.total for category in self.categories)


def _ticked_item_ids(user, checklist: MarketChecklist) -> frozenset[int]:
    """The items of ``checklist`` that ``user`` has ticked, always read through the owner."""
    if not user.is_authenticated:
        return frozenset()
    return frozenset(
        user.checklist_ticks.filter(item__checklist=checklist).values_list("item_id", flat=True)
    )


def checklist_progress(user, checklist: MarketChecklist) -> ChecklistProgress:
    """The checklist's items grouped by category (in the categories' order, empty ones
    left out) with the learner's ticks; an anonymous visitor has ticked nothing."""
    ticked = _ticked_item_ids(user, checklist)
    by_category = {
        value: CategoryProgress(value=value, label=label)
        for value, label in ChecklistCategory.choices
    }
    for item in checklist.items.all():  # ordered by sort_order
        category = by_category.get(item.category)
        if category is None:  # a category removed from the choices: keep the item visible
            category = by_category.setdefault(
                item.category, CategoryProgress(value=item.category, label=item.category)
            )
        category.items.append(item)
        category.done += item.pk in ticked
    return ChecklistProgress(
        categories=[category for category in by_category.values() if category.items],
        ticked_ids=ticked,
    )


def done_counts(user, checklists) -> dict[int, int]:
    """How many items of each checklist the learner has ticked, in one query."""
    if not user.is_authenticated:
        return {}
    rows = (
        user.checklist_ticks.filter(item__checklist__in=checklists)
        .values("item__checklist_id")
        .annotate(done=Count("id"))
    )
    return {row["item__checklist_id"]: row["done"] for row in rows}


@transaction.atomic
def save_ticks(user, checklist: MarketChecklist, items) -> tuple[int, int]:
    """Make the learner's ticks on ``checklist`` exactly ``items`` (one form post for the
    whole list): tick the new ones, untick the rest. Returns (ticked, unticked) counts.

    ``items`` must belong to ``checklist``; the caller validates them (the form's choices).
    """
    wanted = {item.pk for item in items}
    if any(item.checklist_id != checklist.pk for item in items):
        raise ValueError("Every ticked item must belong to the checklist being saved.")
    mine = user.checklist_ticks.filter(item__checklist=checklist)
    unticked, _ = mine.exclude(item_id__in=wanted).delete()
    already = set(mine.values_list("item_id", flat=True))
    new = [ChecklistTick(user=user, item_id=pk) for pk in wanted - already]
    # ignore_conflicts: a double submit racing this one must not fail on the unique rule.
    ChecklistTick.objects.bulk_create(new, ignore_conflicts=True)
    return len(new), unticked
