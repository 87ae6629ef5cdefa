"""The rules of the brand plan builder: who reaches a plan, how a step is saved, sharing.

Views, the demo loader and the tests all go through these functions; a plan is never
fetched by bare id.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import BrandPlan
from .steps import STEPS, Step

MAX_PLANS_PER_OWNER = 20


class PlanLimitReached(Exception):
    pass


def plans_of(user) -> QuerySet[BrandPlan]:
    """The plans ``user`` owns, most recently saved first (none for anonymous visitors)."""
    if not user.is_authenticated:
        return BrandPlan.objects.none()
    return BrandPlan.objects.filter(owner=user)


def get_plan(user, plan_id: int) -> BrandPlan:
    """``user``'s plan ``plan_id``; raises BrandPlan.DoesNotExist for anyone else's."""
    return plans_of(user).get(pk=plan_id)


def create_plan(user, brand_name: str) -> BrandPlan:
    """Start a new, empty plan for ``brand_name``."""
    with transaction.atomic():
        if plans_of(user).select_for_update().count() >= MAX_PLANS_PER_OWNER:
            raise PlanLimitReached(
                _("You have %(count)s brand plans, the most we keep for one account.")
                % {"count": MAX_PLANS_PER_OWNER}
            )
        return BrandPlan.objects.create(owner=user, brand_name=brand_name.strip())


@dataclass(frozen=True)
class StepProgress:
    step: Step
    number: int
    done: bool


def progress(plan: BrandPlan) -> list[StepProgress]:
    """Each step in order, numbered from 1, with whether it has been completed."""
    done = set(plan.completed_steps)
    return [
        StepProgress(step, number, step.slug in done) for number, step in enumerate(STEPS, start=1)
    ]


def next_unfinished_step(plan: BrandPlan) -> Step:
    """Where a learner resumes: the first step not yet done (the first step if all are)."""
    for entry in progress(plan):
        if not entry.done:
            return entry.step
    return STEPS[0]


def save_step(plan: BrandPlan, step: Step, form, rowsets: list) -> BrandPlan:
    """Save one validated step (its form and row formsets) and mark it done, all or nothing.

    ``form`` and every formset in ``rowsets`` must already be valid. A logo the form
    cleaned replaces the old one; the old file is deleted once the change is committed.
    """
    with transaction.atomic():
        if form is not None:
            plan = form.save(commit=False)
            cleaned = form.cleaned_data
            if cleaned.get("logo_upload"):
                set_logo(plan, cleaned["logo_upload"])
            elif cleaned.get("remove_logo"):
                set_logo(plan, None)
        if step.slug not in plan.completed_steps:
            plan.completed_steps = [
                slug
                for slug in (s.slug for s in STEPS)
                if slug in {*plan.completed_steps, step.slug}
            ]
        plan.save()
        for formset in rowsets:
            formset.instance = plan
            formset.save()
    return plan


def set_logo(plan: BrandPlan, content) -> None:
    """Put a cleaned logo (from ``logos.clean_logo``) on the plan, or remove it (``None``).

    The caller saves the plan; the replaced file is deleted only after the transaction
    commits, so a rollback never leaves a plan pointing at a missing file.
    """
    old_name = plan.logo.name if plan.logo else ""
    if content is None:
        plan.logo = ""
    else:
        plan.logo.save(content.name, content, save=False)
    if old_name and old_name != plan.logo.name:
        storage = plan.logo.storage
        transaction.on_commit(lambda: storage.delete(old_name))


def delete_plan(plan: BrandPlan) -> None:
    """Delete a plan with its rows; its logo file goes after the commit (``signals.py``)."""
    plan.delete()


# --- Read-only sharing -----------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_share_link(plan: BrandPlan) -> str:
    """Give the plan a new read-only link token and return it; any earlier link stops working.

    Only the token's hash is stored, so the token is shown to the owner once.
    """
    token = secrets.token_urlsafe(32)
    plan.share_token_hash = _token_hash(token)
    plan.shared_at = timezone.now()
    plan.save(update_fields=["share_token_hash", "shared_at"])
    return token


def revoke_share_link(plan: BrandPlan) -> None:
    """Close the read-only link: anyone opening it from now on gets a 404."""
    plan.share_token_hash = None
    plan.shared_at = None
    plan.save(update_fields=["share_token_hash", "shared_at"])


def shared_plan(token: str) -> BrandPlan:
    """The plan a read-only link opens; raises BrandPlan.DoesNotExist if none or revoked."""
    if not token or len(token) > 100:
        raise BrandPlan.DoesNotExist
    # The index is searched by the token's hash, so lookup timing says nothing useful about
    # the token, and a copy of the database holds no working link.
    return BrandPlan.objects.select_related("owner").get(share_token_hash=_token_hash(token))


# --- Reading a whole plan ----------------------------------------------------------------------


def load_rows(plan: BrandPlan) -> BrandPlan:
    """Fetch every row table of the plan in one query each (for the overview and the PDF)."""
    from django.db.models import prefetch_related_objects

    prefetch_related_objects(
        [plan],
        "markets",
        "competitors",
        "name_checks",
        "trademark_filings",
        "budget_lines",
        "milestones",
    )
    return plan


def budget_total(plan: BrandPlan):
    """The sum of the plan's budget lines (rows must be loaded or are fetched)."""
    return sum((line.amount for line in plan.budget_lines.all()), start=Decimal(0))
