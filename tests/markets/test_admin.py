"""Trainers author checklists in the Wagtail admin: items inline, saved as drafts that a
moderator publishes; the Toolkit menu lists checklists, resources and the glossary."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from content.markets.models import MarketChecklist

pytestmark = pytest.mark.django_db


def checklist_form(**extra):
    data = nested_form_data(
        {
            "name": "Kenya",
            "slug": "kenya",
            "summary": "Selling in Kenya.",
            "introduction": rich_text("<p>East African Community member.</p>"),
            "items": inline_formset(
                [
                    {
                        "category": "trademark",
                        "text": "Search the Kenya Industrial Property Institute register",
                        "guidance": rich_text("<p>Names are first come, first served.</p>"),
                        "link_url": "",
                        "link_label": "",
                        "ORDER": 1,
                    },
                    {
                        "category": "taxes",
                        "text": "Check VAT on imports",
                        "guidance": rich_text(""),
                        "link_url": "",
                        "link_label": "",
                        "ORDER": 2,
                    },
                ]
            ),
            **extra,
        }
    )
    data["countries"] = ["KE"]  # a multiple select: posted as a list, not nested
    return data


def test_trainer_saves_a_draft_checklist_with_inline_items(client, trainer):
    client.force_login(trainer)
    response = client.post(reverse("wagtailsnippets_markets_marketchecklist:add"), checklist_form())

    assert response.status_code == 302, response.content.decode()[:2000]
    checklist = MarketChecklist.objects.get(slug="kenya")
    assert not checklist.live  # a trainer cannot publish
    assert [item.category for item in checklist.items.all()] == ["trademark", "taxes"]
    assert checklist.countries[0].code == "KE"
    assert client.get(reverse("markets:detail", args=["kenya"])).status_code == 404


def test_moderator_publishes_and_learners_see_it(client, moderator):
    client.force_login(moderator)
    response = client.post(
        reverse("wagtailsnippets_markets_marketchecklist:add"),
        checklist_form(**{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    client.logout()
    html = client.get(reverse("markets:detail", args=["kenya"])).content.decode()
    assert "Search the Kenya Industrial Property Institute register" in html
    assert "Check VAT on imports" in html


def test_toolkit_menu_lists_the_three_snippets(client, trainer):
    client.force_login(trainer)
    for name in (
        "wagtailsnippets_markets_marketchecklist:list",
        "wagtailsnippets_library_resource:list",
        "wagtailsnippets_content_glossaryterm:list",
    ):
        assert client.get(reverse(name)).status_code == 200, name
