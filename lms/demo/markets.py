"""The demo market-entry checklists (EU, US, ASEAN, GCC) and the demo learner's ticks."""

from django.db import transaction

from content.markets import services
from content.markets.models import ChecklistItem, MarketChecklist
from lms.accounts.models import User

from . import freshness as demo_freshness
from .data.markets import CHECKLISTS, LEARNER_TICKS


def _checklist(spec: dict) -> MarketChecklist:
    checklist = MarketChecklist(
        name=spec["name"],
        slug=spec["slug"],
        countries=spec["countries"],
        summary=spec["summary"],
        introduction=spec["introduction"],
        **demo_freshness.checklist_dates(spec["slug"]),
    )
    checklist.items = [
        ChecklistItem(
            sort_order=position,
            category=category,
            text=text,
            guidance=guidance,
            link_url=url,
            link_label=label,
        )
        for position, (category, text, guidance, url, label) in enumerate(spec["items"])
    ]
    checklist.save()
    # A first revision, so the admin shows its history and a trainer's edits are drafts of it.
    checklist.save_revision().publish()
    return checklist


@transaction.atomic
def load_market_checklists() -> list[MarketChecklist]:
    """Create the checklists that are missing (by slug) and the demo learner's ticks;
    checklists already there are left as a trainer may have edited them."""
    existing = {checklist.slug: checklist for checklist in MarketChecklist.objects.all()}
    checklists = [existing.get(spec["slug"]) or _checklist(spec) for spec in CHECKLISTS]
    for email, by_slug in LEARNER_TICKS.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            continue
        for slug, texts in by_slug.items():
            checklist = MarketChecklist.objects.get(slug=slug)
            if user.checklist_ticks.filter(item__checklist=checklist).exists():
                continue  # the learner's own ticks since the last load are kept
            items = list(checklist.items.filter(text__in=texts))
            services.save_ticks(user, checklist, items)
    return checklists
