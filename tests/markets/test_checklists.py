"""Market-entry checklists: reading, ticking and unticking, progress, and ownership."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from wagtail.models import Locale

from content.markets import services
from content.markets.models import ChecklistItem, ChecklistTick, MarketChecklist
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def make_checklist(slug="european-union", name="European Union", items=None, live=True):
    checklist = MarketChecklist(name=name, slug=slug, summary=f"Selling in {name}.", live=live)
    checklist.items = [
        ChecklistItem(sort_order=position, category=category, text=text)
        for position, (category, text) in enumerate(
            items
            or [
                ("trademark", "Search the register"),
                ("trademark", "Choose the filing route"),
                ("labelling", "Label in the local language"),
                ("taxes", "Register for IOSS"),
            ]
        )
    ]
    checklist.save()
    return checklist


def item_ids(checklist, *texts):
    return [checklist.items.get(text=text).pk for text in texts]


def test_anonymous_reads_the_checklist_grouped_by_category_and_is_asked_to_sign_in(client):
    checklist = make_checklist()
    html = client.get(reverse("markets:detail", args=[checklist.slug])).content.decode()

    assert "Trademark and brand protection" in html and "Labelling and language" in html
    assert html.index("Trademark and brand protection") < html.index("Taxes and duties")
    assert "Product safety and conformity" not in html  # empty categories are left out
    assert html.index("Search the register") < html.index("Choose the filing route")
    assert "Search the register" in html and "disabled" in html
    assert "Sign in to save your progress" in html
    assert "Save my checklist" not in html


def test_anonymous_post_saves_nothing_and_goes_to_sign_in(client):
    checklist = make_checklist()
    url = reverse("markets:detail", args=[checklist.slug])
    response = client.post(url, {"items": item_ids(checklist, "Search the register")})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not ChecklistTick.objects.exists()


def test_ticking_and_unticking_saves_the_whole_list_in_one_post(client, learner):
    checklist = make_checklist()
    url = reverse("markets:detail", args=[checklist.slug])
    client.force_login(learner)

    response = client.post(
        url, {"items": item_ids(checklist, "Search the register", "Register for IOSS")}
    )
    assert response.status_code == 302 and response["Location"].endswith("#progress")
    assert set(learner.checklist_ticks.values_list("item__text", flat=True)) == {
        "Search the register",
        "Register for IOSS",
    }

    client.post(
        url, {"items": item_ids(checklist, "Register for IOSS", "Label in the local language")}
    )
    assert set(learner.checklist_ticks.values_list("item__text", flat=True)) == {
        "Register for IOSS",
        "Label in the local language",
    }

    client.post(url, {})  # every box unticked
    assert not learner.checklist_ticks.exists()


def test_a_categorys_save_button_returns_to_that_category(client, learner):
    checklist = make_checklist()
    client.force_login(learner)
    url = reverse("markets:detail", args=[checklist.slug])
    html = client.get(url).content.decode()
    assert 'name="saved_from" value="cat-labelling"' in html

    ticked = item_ids(checklist, "Label in the local language")
    response = client.post(url, {"items": ticked, "saved_from": "cat-labelling"})
    assert response["Location"].endswith("#cat-labelling")
    assert learner.checklist_ticks.count() == 1
    # Anything else in saved_from is not echoed into the redirect.
    response = client.post(url, {"items": ticked, "saved_from": "javascript:alert(1)"})
    assert response["Location"].endswith("#progress")


def test_progress_is_shown_per_category_and_overall(client, learner):
    checklist = make_checklist()
    client.force_login(learner)
    url = reverse("markets:detail", args=[checklist.slug])
    client.post(url, {"items": item_ids(checklist, "Search the register", "Register for IOSS")})

    response = client.get(url)
    html = response.content.decode()
    assert "2 of 4 done" in html
    assert "Trademark and brand protection</a>: 1 of 2" in html
    assert "Taxes and duties</a>: 1 of 1" in html
    assert (
        'value="{}" id="item-{}" checked'.format(*item_ids(checklist, "Search the register") * 2)
        in html
    )
    progress = response.context["progress"]
    assert [(c.value, c.done, c.total) for c in progress.categories] == [
        ("trademark", 1, 2),
        ("labelling", 0, 1),
        ("taxes", 1, 1),
    ]


def test_market_list_shows_each_markets_progress(client, learner):
    eu = make_checklist()
    make_checklist(slug="gcc", name="GCC", items=[("payments", "Offer cash on delivery")])
    client.force_login(learner)
    client.post(
        reverse("markets:detail", args=[eu.slug]), {"items": item_ids(eu, "Search the register")}
    )

    html = client.get(reverse("markets:list")).content.decode()
    assert "1 of 4 done" in html and "0 of 1 done" in html


def test_another_users_ticks_never_show(client, learner):
    checklist = make_checklist()
    other = UserFactory(role="Learner")
    services.save_ticks(other, checklist, list(checklist.items.all()))
    client.force_login(learner)

    response = client.get(reverse("markets:detail", args=[checklist.slug]))
    assert response.context["progress"].done == 0
    assert " checked" not in response.content.decode()
    assert "4 of 4" not in client.get(reverse("markets:list")).content.decode()
    # Saving one's own list leaves the other user's ticks alone.
    client.post(reverse("markets:detail", args=[checklist.slug]), {})
    assert other.checklist_ticks.count() == 4


def test_an_item_from_another_checklist_is_refused_with_a_message_and_nothing_saved(
    client, learner
):
    checklist = make_checklist()
    other = make_checklist(slug="gcc", name="GCC", items=[("payments", "Offer cash on delivery")])
    client.force_login(learner)
    foreign = item_ids(other, "Offer cash on delivery")[0]

    response = client.post(
        reverse("markets:detail", args=[checklist.slug]),
        {"items": [*item_ids(checklist, "Search the register"), foreign]},
    )
    assert response.status_code == 400
    assert f"Item {foreign} is not on this checklist" in response.content.decode()
    assert not ChecklistTick.objects.exists()


def test_unpublished_checklists_are_not_found(client):
    draft = make_checklist(slug="draft-market", name="Draft market", live=False)
    assert client.get(reverse("markets:detail", args=[draft.slug])).status_code == 404
    assert draft.name not in client.get(reverse("markets:list")).content.decode()


def test_no_url_takes_a_progress_id():
    """Progress is only ever reached through the signed-in user: the checklists' only URLs
    are the market list and a checklist by its slug."""
    from content.markets.urls import urlpatterns

    assert [(str(p.pattern), p.name) for p in urlpatterns] == [
        ("", "list"),
        ("<slug:slug>/", "detail"),
    ]


def test_save_ticks_refuses_items_of_another_checklist(learner):
    checklist = make_checklist()
    other = make_checklist(slug="gcc", name="GCC", items=[("payments", "Offer cash on delivery")])
    with pytest.raises(ValueError):
        services.save_ticks(learner, checklist, list(other.items.all()))


def test_demo_checklists_cover_every_category_for_four_markets(db):
    from lms.demo import accounts, markets

    accounts.load_accounts()
    markets.load_market_checklists()
    markets.load_market_checklists()  # idempotent

    assert sorted(services.sources().values_list("slug", flat=True)) == [
        "asean",
        "european-union",
        "gcc",
        "united-states",
    ]
    for checklist in services.sources():
        counts = {
            c.value: c.total
            for c in services.checklist_progress(AnonymousUser(), checklist).categories
        }
        assert len(counts) == 8, checklist
        assert all(2 <= n <= 4 for n in counts.values()), (checklist, counts)
    eu = services.sources().get(slug="european-union")
    assert eu.items.first().text.startswith("Search the EU and national trademark registers")
    learner = accounts.User.objects.get(email="learner@example.org")
    assert learner.checklist_ticks.count() == 5
    assert ChecklistTick.objects.count() == 5
    assert {tick.item.checklist_id for tick in ChecklistTick.objects.all()} == {eu.pk}


def test_demo_checklists_are_published_in_french_and_arabic_item_for_item(db):
    from lms.demo import markets

    markets.load_market_checklists()
    eu = services.sources().get(slug="european-union")
    french = eu.get_translation(Locale.objects.get(language_code="fr"))
    french.name = "Union européenne (revue par la formatrice)"
    french.save(update_fields=["name"])
    markets.load_market_checklists()  # idempotent: a trainer's edit is kept

    assert MarketChecklist.objects.count() == 12
    for source in services.sources():
        translations = {t.locale.language_code: t for t in source.get_translations()}
        assert set(translations) == {"fr", "ar"}, source
        for language, copy in translations.items():
            assert copy.live and copy.slug == source.slug, (source, language)
            assert [i.category for i in copy.items.all()] == [
                i.category for i in source.items.all()
            ]
            assert [i.link_url for i in copy.items.all()] == [
                i.link_url for i in source.items.all()
            ]
            assert not {i.text for i in copy.items.all()} & {i.text for i in source.items.all()}
    assert eu.get_translation(french.locale).name == "Union européenne (revue par la formatrice)"
    arabic = eu.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.name == "الاتحاد الأوروبي"
    assert arabic.items.get(sort_order=10).text.startswith("امنح المستهلك حقه في العدول")
