"""Pages of the brand plan builder. Every plan is fetched through its owner: anyone else,
signed in or not, gets a 404, as if the plan did not exist."""

import copy

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from content.toolkit import toolkit_breadcrumbs

from . import pdf, services, steps
from .forms import NewPlanForm
from .models import BrandPlan

SHARE_SESSION_KEY = "brandplan-new-share-{}"


def _own_plan(request, plan_id: int) -> BrandPlan:
    try:
        return services.get_plan(request.user, plan_id)
    except BrandPlan.DoesNotExist as exc:
        raise Http404(_("No such brand plan.")) from exc


def _logo_url(plan: BrandPlan, name: str, key) -> str | None:
    """The logo's URL, versioned by its (random) file name so browsers that cached the old
    logo fetch a replaced one at once."""
    if not plan.logo:
        return None
    version = plan.logo.name.rsplit("/", 1)[-1][:12]
    return f"{reverse(name, args=[key])}?v={version}"


@never_cache
@login_required
def plan_list(request):
    """The learner's brand plans and the form to start a new one."""
    plans = list(services.plans_of(request.user))
    for plan in plans:
        plan.done_count = len(plan.completed_steps)
    return render(
        request,
        "brandplan/plan_list.html",
        {
            "plans": plans,
            "form": NewPlanForm(),
            "step_count": len(steps.STEPS),
            "ancestors": toolkit_breadcrumbs(request),
        },
    )


@require_POST
@login_required
def plan_create(request):
    form = NewPlanForm(request.POST)
    if not form.is_valid():
        plans = services.plans_of(request.user)
        return render(
            request,
            "brandplan/plan_list.html",
            {
                "plans": plans,
                "form": form,
                "step_count": len(steps.STEPS),
                "ancestors": toolkit_breadcrumbs(request),
            },
        )
    try:
        plan = services.create_plan(request.user, form.cleaned_data["brand_name"])
    except services.PlanLimitReached as exc:
        messages.error(request, str(exc))
        return redirect("brandplan:list")
    return redirect("brandplan:step", plan_id=plan.pk, step_slug=steps.STEPS[0].slug)


@never_cache
def plan_detail(request, plan_id: int):
    """The whole plan on one page, with export, sharing and the steps left to do."""
    plan = services.load_rows(_own_plan(request, plan_id))
    new_token = request.session.pop(SHARE_SESSION_KEY.format(plan.pk), None)
    share_url = (
        request.build_absolute_uri(reverse("brandplan:shared", args=[new_token]))
        if new_token and plan.is_shared
        else None
    )
    progress = services.progress(plan)
    return render(
        request,
        "brandplan/plan_detail.html",
        {
            "plan": plan,
            "progress": progress,
            "done_count": sum(entry.done for entry in progress),
            "resume_step": services.next_unfinished_step(plan),
            "share_url": share_url,
            "logo_url": _logo_url(plan, "brandplan:logo", plan.pk),
            "budget_total": services.budget_total(plan),
            "ancestors": toolkit_breadcrumbs(request),
        },
    )


def _error_summary(form, rowsets) -> list[dict]:
    """Every error on the step, each naming its field (and row) and linking to it."""
    summary = []
    if form is not None:
        for error in form.non_field_errors():
            summary.append({"label": "", "message": error, "anchor": ""})
        for field in form.visible_fields():
            for error in field.errors:
                # Radio and tick-box groups have no single input: link to their fieldset.
                anchor = field.id_for_label or field.auto_id
                summary.append({"label": field.label, "message": error, "anchor": anchor})
    for rowset, formset in rowsets:
        for error in formset.non_form_errors():
            summary.append(
                {"label": rowset.heading, "message": error, "anchor": f"rows-{rowset.prefix}"}
            )
        for number, row in enumerate(formset.forms, start=1):
            for error in row.non_field_errors():
                first = next(iter(row.visible_fields()), None)
                summary.append(
                    {
                        "label": _("%(row)s %(number)s")
                        % {"row": formset.row_label, "number": number},
                        "message": error,
                        "anchor": first.id_for_label if first else f"rows-{rowset.prefix}",
                    }
                )
            for field in row.visible_fields():
                for error in field.errors:
                    summary.append(
                        {
                            "label": _("%(row)s %(number)s: %(field)s")
                            % {"row": formset.row_label, "number": number, "field": field.label},
                            "message": error,
                            "anchor": field.id_for_label,
                        }
                    )
    return summary


@never_cache
def plan_step(request, plan_id: int, step_slug: str):
    """One step of the builder: GET shows it, POST validates and saves it, then moves on.

    On an error the step is shown again with everything typed, and a summary that names
    each wrong field (and row) and links to it.
    """
    plan = _own_plan(request, plan_id)
    try:
        step = steps.get_step(step_slug)
    except KeyError as exc:
        raise Http404(_("No such step.")) from exc
    before, after = steps.neighbours(step.slug)
    is_post = request.method == "POST"
    data, files = (request.POST, request.FILES) if is_post else (None, None)
    # The form works on a copy, so a rejected POST never shows as saved in the page's header.
    form = step.form_class(data, files, instance=copy.copy(plan)) if step.form_class else None
    rowsets = [
        (rowset, rowset.formset_class(data, instance=plan, prefix=rowset.prefix))
        for rowset in step.rowsets
    ]

    if is_post:
        results = [form.is_valid() if form is not None else True]
        results += [formset.is_valid() for _, formset in rowsets]
        if all(results):
            services.save_step(plan, step, form, [formset for _, formset in rowsets])
            messages.success(request, _("“%(step)s” is saved.") % {"step": step.title})
            action = request.POST.get("action")
            if action == "back" and before:
                return redirect("brandplan:step", plan_id=plan.pk, step_slug=before.slug)
            if action == "stay":
                return redirect("brandplan:step", plan_id=plan.pk, step_slug=step.slug)
            if after and action != "finish":
                return redirect("brandplan:step", plan_id=plan.pk, step_slug=after.slug)
            return redirect("brandplan:detail", plan_id=plan.pk)

    progress = services.progress(plan)
    number = steps.STEP_SLUGS.index(step.slug) + 1
    errors = _error_summary(form, rowsets) if is_post else []
    return render(
        request,
        "brandplan/plan_step.html",
        {
            "plan": plan,
            "step": step,
            "number": number,
            "step_count": len(steps.STEPS),
            "before": before,
            "after": after,
            "form": form,
            "rowsets": rowsets,
            "progress": progress,
            "errors": errors,
            # A good file on a step with other errors must be chosen again: browsers
            # never re-send a file.
            "reupload_logo": bool(
                errors and files and files.get("logo_upload") and "logo_upload" not in form.errors
            ),
            "logo_url": _logo_url(plan, "brandplan:logo", plan.pk),
            "ancestors": toolkit_breadcrumbs(request),
        },
    )


def _pdf_response(plan: BrandPlan) -> HttpResponse:
    document = pdf.plan_pdf(plan)
    response = HttpResponse(document, content_type="application/pdf")
    filename = f"brand-plan-{slugify(plan.brand_name) or plan.pk}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
def plan_pdf(request, plan_id: int):
    """The plan as a designed A4 PDF, downloaded."""
    return _pdf_response(_own_plan(request, plan_id))


def _logo_response(plan: BrandPlan):
    if not plan.logo:
        raise Http404(_("This plan has no logo."))
    response = FileResponse(plan.logo.open("rb"), content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def plan_logo(request, plan_id: int):
    """The plan's logo, served only to its owner (media URLs would be public)."""
    return _logo_response(_own_plan(request, plan_id))


@require_POST
def plan_share(request, plan_id: int):
    """Create a read-only link (replacing any earlier one); it is shown to the owner once."""
    plan = _own_plan(request, plan_id)
    token = services.create_share_link(plan)
    request.session[SHARE_SESSION_KEY.format(plan.pk)] = token
    messages.success(
        request,
        _("Read-only link created. Copy it now: for your security it is shown only once."),
    )
    return redirect(reverse("brandplan:detail", args=[plan.pk]) + "#share")


@require_POST
def plan_unshare(request, plan_id: int):
    plan = _own_plan(request, plan_id)
    services.revoke_share_link(plan)
    messages.success(request, _("The read-only link is revoked; it no longer opens the plan."))
    return redirect(reverse("brandplan:detail", args=[plan.pk]) + "#share")


@never_cache
def plan_delete(request, plan_id: int):
    """Confirm, then delete the plan and its logo."""
    plan = _own_plan(request, plan_id)
    if request.method == "POST":
        name = plan.brand_name
        services.delete_plan(plan)
        messages.success(request, _("The brand plan “%(name)s” is deleted.") % {"name": name})
        return redirect("brandplan:list")
    return render(request, "brandplan/plan_delete.html", {"plan": plan})


# --- Read-only link --------------------------------------------------------------------------


def _shared(token: str) -> BrandPlan:
    try:
        return services.shared_plan(token)
    except BrandPlan.DoesNotExist as exc:
        raise Http404(_("This link does not open a brand plan, or it has been revoked.")) from exc


def _private(response):
    """Shared pages stay out of search engines, caches and other sites' referrer logs."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


def shared_plan(request, token: str):
    """A plan opened through its read-only link: no edit controls, never indexed."""
    plan = services.load_rows(_shared(token))
    return _private(
        render(
            request,
            "brandplan/shared_plan.html",
            {
                "plan": plan,
                "token": token,
                "logo_url": _logo_url(plan, "brandplan:shared_logo", token),
                "budget_total": services.budget_total(plan),
            },
        )
    )


def shared_logo(request, token: str):
    return _private(_logo_response(_shared(token)))


def shared_pdf_rate(group, request) -> str:
    """Shared-plan PDF downloads per client address (BRANDPLAN_SHARED_PDF_RATE, in
    django-ratelimit's syntax), read per request so tests and deployments can change it."""
    return getattr(settings, "BRANDPLAN_SHARED_PDF_RATE", "10/m")


# Counted per client address as lms.http.client_ip sees it (RATELIMIT_IP_META_KEY), so
# visitors behind the deployment's proxies do not share one bucket.
@ratelimit(key="ip", rate=shared_pdf_rate, group="brandplan:shared_pdf", block=False)
def shared_pdf(request, token: str):
    """The shared plan's PDF. Public, so limited per client: each download after a change
    is served from the cache, and the limit keeps anyone from running up the bandwidth."""
    if getattr(request, "limited", False):
        response = render(request, "brandplan/rate_limited.html", status=429)
        response["Retry-After"] = "60"
        return _private(response)
    return _private(_pdf_response(_shared(token)))
