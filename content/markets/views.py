"""Learner pages of the market-entry checklists: pick a market, tick what is done.

Both pages work without JavaScript: the checklist is one form of checkboxes with one save
button. Progress is always read through ``request.user``; there is no URL with a progress id.
Under /fr/ or /ar/ the same address shows the checklist's live translation, or the English
one marked as English; the boxes are the English items', so a tick is the same everywhere.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from content.toolkit import toolkit_breadcrumbs

from . import services
from .forms import ChecklistTicksForm
from .models import ChecklistCategory


@require_GET
def market_list(request):
    checklists = list(services.published_checklists())
    services.localize_checklists(checklists)
    checklists = services.by_name(checklists)
    done = services.done_counts(request.user, checklists)
    for checklist in checklists:
        checklist.done_count = done.get(checklist.pk, 0)
    return render(
        request,
        "markets/market_list.html",
        {"checklists": checklists, "ancestors": toolkit_breadcrumbs(request)},
    )


@require_http_methods(["GET", "POST"])
def market_detail(request, slug: str):
    # Always the source checklist (ticks belong to its items), shown in the reader's language.
    reading = services.checklist_to_read(slug)
    if reading is None:
        raise Http404
    checklist, items = reading
    form = None
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        form = ChecklistTicksForm(request.POST, checklist=checklist)
        if form.is_valid():
            services.save_ticks(request.user, checklist, list(form.cleaned_data["items"]))
            messages.success(request, _("Your checklist is saved."))
            # Back to where the learner pressed Save (a category's button), or the progress.
            anchor = request.POST.get("saved_from", "")
            if anchor not in {f"cat-{value}" for value, _label in ChecklistCategory.choices}:
                anchor = "progress"
            return redirect(f"{checklist.get_absolute_url()}#{anchor}")
    progress = services.checklist_progress(request.user, checklist, items)
    return render(
        request,
        "markets/market_detail.html",
        {
            "checklist": checklist,
            "progress": progress,
            "form": form,
            "ancestors": toolkit_breadcrumbs(request, include_markets=True),
        },
        status=400 if form is not None else 200,
    )
