"""The programmes a learner joined (see ``lms.accounts.personal_data``)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.personal_data import register

from .models import ProgrammeMembership


def export_memberships(user) -> list[dict]:
    return [
        {
            "programme": str(membership.programme),
            "joined_at": membership.joined_at,
            "code": membership.code.code if membership.code else "",
        }
        for membership in ProgrammeMembership.objects.filter(user=user)
        .select_related("programme", "code")
        .order_by("joined_at", "pk")
    ]


register(
    "programme_memberships",
    _("Programme memberships"),
    export=export_memberships,
    order=20,
    kept=_("Kept without your name, so programme totals stay correct."),
)
