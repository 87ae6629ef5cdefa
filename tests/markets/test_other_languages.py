"""Checklists that do not start from an English source, and resources that name a
translation as their market.

A moderator may write a checklist directly in French, with no English source: it stands
for itself (its own ticks and review date) and is listed for French readers, the only ones
who can read it. A trainer may pick a checklist's translation as a resource's market: the
library's market filter finds it under the market the reader picked, in every language,
and the resource shows the market's name in the reader's language.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

from content.library import services as library
from content.markets import services
from content.markets.models import ChecklistItem, ChecklistTick, MarketChecklist
from content.translations import locale_for
from lms.demo.markets import translate_checklist
from tests.library.test_library import make_resource
from tests.markets.test_checklists import make_checklist
from tests.markets.test_translations import FRENCH

pytestmark = pytest.mark.django_db


def url(view, language="en", *args):
    with translation.override(language):
        return reverse(view, args=args)


def card_titles(html: str) -> list[tuple[str, str]]:
    """(attributes, name) of each checklist card on the market list."""
    return re.findall(r'<h2 class="card__title"([^>]*)><a href="[^"]*">([^<]*)</a>', html)


@pytest.fixture
def french_only():
    """« Afrique de l’Ouest », written and published in French, with no English source."""
    checklist = MarketChecklist(
        locale=locale_for("fr"),
        name="Afrique de l’Ouest",
        slug="afrique-de-l-ouest",
        summary="Vendre dans la CEDEAO.",
        live=True,
    )
    checklist.items = [
        ChecklistItem(sort_order=0, category="taxes", text="Vérifiez le tarif extérieur commun"),
        ChecklistItem(sort_order=1, category="labelling", text="Étiquetez en français"),
    ]
    checklist.save()
    return checklist


def test_a_french_only_checklist_is_listed_and_opened_by_french_readers(
    client, learner, french_only
):
    make_checklist()  # the English EU checklist, with no French translation

    french = client.get(url("markets:list", "fr")).content.decode()
    assert card_titles(french) == [
        ("", "Afrique de l’Ouest"),  # French words, nothing to mark
        (' lang="en" dir="ltr"', "European Union"),
    ]
    page = client.get(url("markets:detail", "fr", french_only.slug))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Étiquetez en français" in html and 'lang="en"' not in html.split("<main", 1)[1]

    # Ticks land on its own items (it is its own source) and count on the list.
    client.force_login(learner)
    item = french_only.items.get(text="Étiquetez en français")
    response = client.post(url("markets:detail", "fr", french_only.slug), {"items": [item.pk]})
    assert response.status_code == 302
    assert ChecklistTick.objects.get(user=learner).item == item
    listing = client.get(url("markets:list", "fr")).content.decode()
    assert "Points cochés\u00a0: 1 sur 2" in listing


def test_readers_of_other_languages_are_not_offered_a_french_only_checklist(client, french_only):
    make_checklist()

    for language in ("en", "ar"):
        html = client.get(url("markets:list", language)).content.decode()
        assert "Afrique de l’Ouest" not in html, language
        assert "European Union" in html
    assert client.get(url("markets:detail", "en", french_only.slug)).status_code == 404


def test_a_french_only_checklist_comes_up_for_review(french_only):
    MarketChecklist.objects.filter(pk=french_only.pk).update(review_by=datetime.date(2020, 1, 1))

    assert list(services.checklists_due_for_review()) == [french_only]


@pytest.fixture
def resource_on_french_market():
    """A guide whose market a trainer set to the French translation of the EU checklist."""
    eu = make_checklist()
    french_eu = translate_checklist(eu, "fr", FRENCH)
    make_resource("Other guide")
    return make_resource("EU customs guide", market=french_eu)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_market_filter_finds_a_resource_linked_to_a_translation(
    resource_on_french_market, language
):
    with translation.override(language):
        found = list(library.find_resources(library.ResourceFilters(market="european-union")))

    assert found == [resource_on_french_market]


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "<li>European Union</li>"),
        ("fr", "<li>Union européenne</li>"),
        ("ar", '<li><span lang="en" dir="ltr">European Union</span></li>'),
    ],
)
def test_library_shows_the_market_in_the_readers_language(
    client, resource_on_french_market, language, shown
):
    html = client.get(url("library:list", language), {"market": "european-union"})

    assert shown in html.content.decode()
    assert "EU customs guide" in html.content.decode()
