"""The market-entry checklist items a learner ticked (see ``lms.accounts.personal_data``)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.personal_data import register

from .models import ChecklistTick


def export_checklist_ticks(user) -> list[dict]:
    return [
        {"checklist": tick.item.checklist.name, "item": tick.item.text, "ticked_at": tick.ticked_at}
        for tick in ChecklistTick.objects.filter(user=user)
        .select_related("item__checklist")
        .order_by("ticked_at", "pk")
    ]


register(
    "checklist_ticks",
    _("Checklist items ticked"),
    export=export_checklist_ticks,
    order=32,
    kept=_("Kept without your name."),
)
