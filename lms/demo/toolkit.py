"""The demo toolkit page; each tool's demo content hangs below it or links from it."""

from django.db import transaction
from wagtail.models import Page

from content.models import HomePage, ToolkitPage

TOOLKIT = {
    "title": "Brand-going-abroad toolkit",
    "slug": "toolkit",
    "introduction": (
        "Courses teach; the toolkit is where you work on your own business. Check how ready "
        "you are to export, plan your brand for foreign markets, tick off what a market "
        "requires before you sell there, and download guides and templates."
    ),
    "search_description": (
        "Self-assessments, a brand plan builder, market-entry checklists and a resource "
        "library for small businesses selling across borders."
    ),
}


@transaction.atomic
def load_toolkit_page(home: HomePage) -> ToolkitPage:
    """The toolkit's front page under the home page (created once, then left as edited)."""
    existing = ToolkitPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    page = ToolkitPage(
        title=TOOLKIT["title"],
        slug=TOOLKIT["slug"],
        introduction=TOOLKIT["introduction"],
        search_description=TOOLKIT["search_description"],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific
