"""Taking a self-assessment and reading results. Saved results are reached only through their
owner: anyone else, signed in or not, gets a 404."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from content.toolkit import toolkit_link

from . import scoring, services, validation
from .chart import bar_chart
from .forms import AnswerForm
from .models import AssessmentPage, AssessmentResult


def serve_assessment(request, page: AssessmentPage):
    """The assessment page: GET shows the questions; POST scores them. A signed-in learner's
    result is saved and shown at its own address; a visitor's is shown once and kept in
    their session only, to be saved if they sign in (``services.save_kept_result``)."""
    context = page.get_context(request)
    if validation.assessment_problems(page.assessment):
        # Published with a rule broken (e.g. approved from an old revision): say so, not 500.
        context["not_ready"] = True
        return TemplateResponse(request, page.get_template(request), context)
    form = AnswerForm(page.assessment, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if request.user.is_authenticated:
            result = services.record_result(request.user, page, form.answers())
            messages.success(request, _("Your result is saved. You can find it in My learning."))
            return redirect(result.get_absolute_url())
        outcome = scoring.score(page.assessment, form.answers())
        services.keep_for_sign_in(request.session, page, form.answers())
        context.update(
            result_context(
                request,
                page,
                scores=list(outcome.dimensions),
                overall=outcome.overall,
                level=outcome.level.label,
                level_description=outcome.level.description,
            )
        )
        return TemplateResponse(request, "assessments/assessment_result.html", context)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context)


def result_context(
    request,
    page: AssessmentPage,
    *,
    scores: list[scoring.DimensionScore],
    overall: int,
    level: str,
    level_description: str,
    result: AssessmentResult | None = None,
) -> dict:
    """What the result page shows, for a saved result or a visitor's unsaved one."""
    previous = services.previous_result(result) if result is not None else None
    low = [s.id for s in scores if s.is_low]
    return {
        "page": page,
        "assessment_page": page,
        # Breadcrumbs: the toolkit and the assessment, then "Your result".
        "crumbs": [*page.get_ancestors(), page],
        "result": result,
        "previous": previous,
        "overall": overall,
        "overall_change": overall - previous.overall if previous is not None else None,
        "level": level,
        "level_description": level_description,
        "levels": page.assessment.levels,
        "rows": services.compare(scores, previous),
        "chart": bar_chart(scores),
        "recommendations": services.recommendations(page, low),
    }


def result(request, result_id: int):
    """One saved result, for its owner only."""
    saved = get_object_or_404(
        services.owned_results(request.user).select_related("assessment"), pk=result_id
    )
    page = saved.assessment
    context = result_context(
        request,
        page,
        scores=saved.scores,
        overall=saved.overall,
        level=saved.level,
        level_description=saved.level_description,
        result=saved,
    )
    return TemplateResponse(request, "assessments/assessment_result.html", context)


def take(request):
    """Where "Take a self-assessment" leads: the list on the toolkit's front page."""
    toolkit = toolkit_link(request)
    if toolkit is None:
        raise Http404(_("The toolkit is not published."))
    return redirect(toolkit.url + "#assessments-heading")


@login_required
def result_list(request):
    """Every result the learner saved, newest first."""
    results = (
        services.owned_results(request.user)
        .select_related("assessment")
        .defer("answers", "assessment__dimensions", "assessment__levels")
    )
    return TemplateResponse(request, "assessments/result_list.html", {"results": results})


@require_POST
def delete_result(request, result_id: int):
    """Delete one of the learner's own results."""
    saved = get_object_or_404(services.owned_results(request.user), pk=result_id)
    saved.delete()
    messages.success(request, _("The result is deleted."))
    return redirect("assessments:results")
