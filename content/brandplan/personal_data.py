"""A learner's brand plans, with every row and the logo's file name (see
``lms.accounts.personal_data``). Deleting the account deletes the plans, their logos (by the
plan's delete signal) and their share links."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.personal_data import model_row, register

from .models import BrandPlan

ROWS = ("markets", "competitors", "name_checks", "trademark_filings", "budget_lines", "milestones")


def export_brand_plans(user) -> list[dict]:
    plans = BrandPlan.objects.filter(owner=user).prefetch_related(*ROWS).order_by("created_at")
    return [
        {
            **model_row(plan, exclude=("share_token_hash",)),
            "shared": plan.is_shared,
            **{
                name: [model_row(row, exclude=("plan",)) for row in getattr(plan, name).all()]
                for name in ROWS
            },
        }
        for plan in plans
    ]


def erase_brand_plans(user) -> None:
    # Deleted one by one so each plan's post_delete signal removes its logo file.
    for plan in BrandPlan.objects.filter(owner=user):
        plan.delete()


register(
    "brand_plans",
    _("Brand plans"),
    export=export_brand_plans,
    erase=erase_brand_plans,
    order=30,
    kept=_("Erased, with their logos and share links."),
)
