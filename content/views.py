"""The public glossary of trade terms at /toolkit/glossary/."""

from itertools import groupby

from django.shortcuts import render
from django.utils.html import strip_tags
from django.views.decorators.http import require_GET

from .models import GlossaryTerm
from .toolkit import toolkit_breadcrumbs


def _matches(term: GlossaryTerm, needle: str) -> bool:
    # The definition's text, not its HTML: "p" must not match every "<p>".
    haystack = f"{term.term} {term.abbreviation} {strip_tags(term.definition)}"
    return needle in haystack.casefold()


def _initial(term: GlossaryTerm) -> str:
    first = term.term[:1].upper()
    return first if first.isalpha() else "#"


@require_GET
def glossary(request):
    """Every term, A to Z, each with an anchor (``#term-<slug>``) that lessons link to.

    The search is a plain substring match on term, abbreviation and definition text: with a
    few dozen terms it is instant in Python, and it finds "FOB" or half a word ("incot"),
    which a full-text backend would not.
    """
    query = request.GET.get("q", "").strip()[:100]
    terms = sorted(GlossaryTerm.objects.all(), key=lambda term: term.term.casefold())
    if query:
        terms = [term for term in terms if _matches(term, query.casefold())]
    groups = [(letter, list(items)) for letter, items in groupby(terms, key=_initial)]
    return render(
        request,
        "content/glossary.html",
        {
            "query": query,
            "groups": groups,
            "count": len(terms),
            "ancestors": toolkit_breadcrumbs(request),
        },
    )
