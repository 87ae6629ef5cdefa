"""``{% my_brand_plans %}``: the signed-in learner's brand plans, for the dashboard."""

from django import template

from .. import services
from ..steps import STEPS

register = template.Library()


@register.inclusion_tag("brandplan/includes/dashboard_plans.html", takes_context=True)
def my_brand_plans(context, limit: int = 3):
    """The learner's most recently saved plans (one query) and a link to the builder."""
    plans = list(services.plans_of(context["request"].user)[: limit + 1])
    return {"plans": plans[:limit], "more": len(plans) > limit, "step_count": len(STEPS)}
