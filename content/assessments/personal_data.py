"""A learner's self-assessment results (see ``lms.accounts.personal_data``)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.personal_data import register

from .models import AssessmentResult


def export_assessment_results(user) -> list[dict]:
    return [
        {
            "assessment": result.assessment.title,
            "taken_at": result.created_at,
            "overall": result.overall,
            "level": result.level,
            "dimension_scores": result.dimension_scores,
            "answers": result.answers,
            "country": result.country.code if result.country else "",
            "sector": result.get_sector_display() if result.sector else "",
        }
        for result in AssessmentResult.objects.filter(owner=user)
        .select_related("assessment")
        .order_by("created_at", "pk")
    ]


register(
    "assessment_results",
    _("Self-assessment results"),
    export=export_assessment_results,
    order=31,
    kept=_("Kept without your name, so the toolkit's anonymous totals stay correct."),
)
