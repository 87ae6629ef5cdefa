"""The resource library's public pages: a filterable, searchable list and counted downloads.

The list is a GET form (works without JavaScript, every filtered view has its own address);
a download is a plain link that counts once and then hands over to Wagtail's document serve
view, so the collection's privacy and the configured serve method apply.
"""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from wagtail.documents.views.serve import serve

from content.markets.services import localize_checklists, published_checklists
from content.toolkit import toolkit_breadcrumbs

from . import services
from .forms import ResourceFilterForm
from .models import Resource

PER_PAGE = 12


@require_GET
def resource_list(request):
    markets = list(published_checklists().only("name", "slug", "translation_key", "locale_id"))
    localize_checklists(markets)  # the market names in the reader's language
    form = ResourceFilterForm(request.GET or None, markets=markets)
    filters = form.filters() if form.is_bound else services.ResourceFilters()
    resources = Paginator(services.find_resources(filters), PER_PAGE).get_page(
        request.GET.get("page")
    )
    services.show_markets(resources)
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return render(
        request,
        "library/resource_list.html",
        {
            "form": form,
            "filters": filters,
            "resources": resources,
            "is_filtered": any(vars(filters).values()),
            "query_without_page": query_without_page.urlencode(),
            "ancestors": toolkit_breadcrumbs(request),
        },
    )


@require_GET
def download(request, resource_id: int):
    resource = get_object_or_404(Resource.objects.select_related("document"), pk=resource_id)
    denied = services.denied_response(resource, request)
    if denied is not None:
        return denied
    services.record_download(resource)
    return serve(request, resource.document.pk, resource.document.filename)
