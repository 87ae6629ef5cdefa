"""Market checklists in several languages (Wagtail's TranslatableMixin and simple
translation): one checklist per market for ticks, counts and reports, shown in the reader's
language where a live translation exists, in English (marked as English) otherwise."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from content.markets import services
from content.markets.models import ChecklistTick, MarketChecklist
from content.translations import locale_for
from lms.demo.markets import translate_checklist
from tests.markets.test_checklists import item_ids, make_checklist

pytestmark = pytest.mark.django_db

FRENCH = {
    "name": "Union européenne",
    "summary": "Vendre dans l’Union européenne.",
    "introduction": "<p>Un seul territoire douanier.</p>",
    "items": [
        ("Cherchez dans le registre", "<p>Avant de déposer.</p>", ""),
        ("Choisissez la voie de dépôt", "", ""),
        ("Étiquetez dans la langue du pays", "", ""),
        ("Inscrivez-vous à l’IOSS", "", ""),
    ],
}
ARABIC = {
    "name": "الاتحاد الأوروبي",
    "summary": "البيع في الاتحاد الأوروبي.",
    "introduction": "<p>إقليم جمركي واحد.</p>",
    "items": [
        ("ابحث في السجل", "", ""),
        ("اختر طريق الإيداع", "", ""),
        ("ضع الملصق بلغة البلد", "", ""),
        ("سجّل في IOSS", "", ""),
    ],
}


def url(checklist, language="en", view="markets:detail"):
    with translation.override(language):
        return reverse(view, args=[checklist.slug]) if view == "markets:detail" else reverse(view)


@pytest.fixture
def eu():
    """The EU checklist in English, published in French; Arabic is a draft (not live)."""
    checklist = make_checklist()
    translate_checklist(checklist, "fr", FRENCH)
    draft = checklist.copy_for_translation(locale_for("ar"))
    draft.name = ARABIC["name"]
    draft.save()
    return checklist


def test_a_translation_copies_every_item_in_order_and_starts_as_a_draft():
    checklist = make_checklist()
    checklist.save_revision().publish()
    copy = checklist.copy_for_translation(locale_for("fr"))
    copy.save()

    copy.refresh_from_db()
    assert copy.translation_key == checklist.translation_key
    assert copy.locale.language_code == "fr" and copy.slug == checklist.slug
    assert not copy.live and copy.live_revision is None and copy.last_published_at is None
    assert [(i.category, i.text) for i in copy.items.all()] == [
        (i.category, i.text) for i in checklist.items.all()
    ]
    assert set(copy.items.values_list("pk", flat=True)).isdisjoint(
        checklist.items.values_list("pk", flat=True)
    )


def test_name_and_slug_are_unique_per_language_not_across_languages(eu):
    french = eu.get_translation(locale_for("fr"))
    assert french.slug == eu.slug  # the same address in every language

    twin = MarketChecklist(name="European Union", slug=eu.slug, summary="Again.")
    with pytest.raises(ValidationError) as error:
        twin.full_clean()
    assert set(error.value.message_dict) == {"name", "slug"}
    assert "in this language" in error.value.message_dict["slug"][0]

    other = MarketChecklist(
        name="Union européenne", slug="union-europeenne", summary="Doublon.", locale=french.locale
    )
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert set(error.value.message_dict) == {"name"}


def test_french_reader_sees_the_french_checklist_at_the_same_address(client, eu):
    response = client.get(url(eu, "fr"))
    html = response.content.decode()

    assert response.status_code == 200
    assert url(eu, "fr") == f"/fr/toolkit/markets/{eu.slug}/"
    assert "Union européenne" in html and "Étiquetez dans la langue du pays" in html
    assert "Avant de déposer." in html
    assert "Label in the local language" not in html
    assert 'lang="en"' not in html.split("<main", 1)[1]  # nothing shown is English
    # The boxes are the English items': a tick is the same in every language.
    for pk in item_ids(eu, "Search the register", "Register for IOSS"):
        assert f'value="{pk}"' in html


def test_a_draft_translation_is_not_shown_the_english_one_is_marked_as_english(client, eu):
    html = client.get(url(eu, "ar")).content.decode()

    assert ARABIC["name"] not in html
    assert '<label for="item-' in html
    label = html.split('<label for="item-', 1)[1].split("</label>", 1)[0]
    assert 'lang="en" dir="ltr"' in label and "Search the register" in label
    assert '<p class="lead" lang="en" dir="ltr">Selling in European Union.</p>' in html
    # The English name keeps its place at the start of the Arabic heading (isolated).
    assert '<h1><span lang="en" dir="ltr">European Union</span>: ' in html


def test_a_tick_on_the_french_page_shows_on_the_english_page_and_back(client, learner, eu):
    client.force_login(learner)
    french = eu.get_translation(locale_for("fr"))
    source_pk = item_ids(eu, "Label in the local language")[0]

    response = client.post(url(eu, "fr"), {"items": [source_pk]})
    assert response.status_code == 302
    assert response["Location"] == f"/fr/toolkit/markets/{eu.slug}/#progress"
    tick = ChecklistTick.objects.get(user=learner)
    assert tick.item.checklist_id == eu.pk  # on the source, never on the translation
    assert not ChecklistTick.objects.filter(item__checklist=french).exists()

    english = client.get(url(eu)).content.decode()
    assert f'value="{source_pk}" id="item-{source_pk}" checked' in english
    assert "1 of 4 done" in english

    other_pk = item_ids(eu, "Register for IOSS")[0]
    client.post(url(eu), {"items": [source_pk, other_pk]})
    french_html = client.get(url(eu, "fr")).content.decode()
    assert f'value="{other_pk}" id="item-{other_pk}" checked' in french_html


def test_a_translations_own_item_cannot_be_ticked(client, learner, eu):
    client.force_login(learner)
    french_item = eu.get_translation(locale_for("fr")).items.first()

    response = client.post(url(eu, "fr"), {"items": [french_item.pk]})
    assert response.status_code == 400
    assert not ChecklistTick.objects.exists()
    with pytest.raises(ValueError):
        services.save_ticks(learner, eu.get_translation(locale_for("fr")), [french_item])


def test_a_market_is_listed_and_counted_once_in_every_language(client, learner, eu):
    make_checklist(slug="gcc", name="Gulf Cooperation Council", items=[("taxes", "VAT")])
    services.save_ticks(learner, eu, list(eu.items.all()[:2]))
    client.force_login(learner)

    assert services.published_checklists().count() == 2
    for language, name in (("en", "European Union"), ("fr", "Union européenne")):
        html = client.get(url(eu, language, "markets:list")).content.decode()
        assert html.count('class="card__title"') == 2
        assert html.count(f">{name}</a></h2>") == 1
        assert html.count(f'href="{url(eu, language)}"') == 1
    french = client.get(url(eu, "fr", "markets:list")).content.decode()
    assert '<progress max="4" value="2"' in french
    # The French list is in French alphabetical order; the untranslated market is English.
    assert french.index(">Gulf Cooperation Council<") < french.index(">Union européenne<")
    assert '<h2 class="card__title" lang="en" dir="ltr">' in french


def test_content_to_review_lists_the_source_only(eu):
    import datetime

    MarketChecklist.objects.update(review_by=datetime.date(2020, 1, 1))
    assert list(services.checklists_due_for_review()) == [eu]


def test_a_translated_slug_resolves_to_the_same_checklist(client, eu):
    french = eu.get_translation(locale_for("fr"))
    MarketChecklist.objects.filter(pk=french.pk).update(slug="union-europeenne")

    with translation.override("fr"):
        response = client.get(reverse("markets:detail", args=["union-europeenne"]))
    assert response.status_code == 200
    assert "Union européenne" in response.content.decode()
    assert client.get("/toolkit/markets/union-europeenne/").status_code == 404  # English


def test_library_filter_names_markets_in_the_readers_language(client, eu):
    with translation.override("fr"):
        html = client.get(reverse("library:list")).content.decode()
    assert f'<option value="{eu.slug}">Union européenne</option>' in html


@pytest.mark.parametrize("role", ["moderator", "trainer"])
def test_translate_action_in_the_snippet_admin_makes_a_draft_with_every_item(client, request, role):
    user = request.getfixturevalue(role)
    checklist = make_checklist()
    checklist.save_revision().publish()
    client.force_login(user)

    listing = client.get(reverse("wagtailsnippets_markets_marketchecklist:list")).content.decode()
    translate_url = reverse(
        "simple_translation:submit_snippet_translation",
        args=["markets", "marketchecklist", checklist.pk],
    )
    assert translate_url in listing
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    response = client.post(translate_url, {"locales": [arabic.pk]})

    copy = checklist.get_translation(arabic)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailsnippets_markets_marketchecklist:edit", args=[copy.pk]
    )
    assert not copy.live and copy.items.count() == 4
    assert client.get(response["Location"]).status_code == 200
    # Learners keep reading the English checklist until a moderator publishes the Arabic one.
    client.logout()
    assert "Search the register" in client.get(url(checklist, "ar")).content.decode()


def test_learner_cannot_use_the_translate_action(client, learner):
    checklist = make_checklist()
    client.force_login(learner)
    response = client.get(
        reverse(
            "simple_translation:submit_snippet_translation",
            args=["markets", "marketchecklist", checklist.pk],
        )
    )
    assert response.status_code in (302, 403)
    assert MarketChecklist.objects.count() == 1


def test_course_translations_report_lists_checklist_translations_and_their_status(
    client, moderator, eu
):
    client.force_login(moderator)

    def csv():
        response = client.get("/admin/reports/course-translations/", {"export": "csv"})
        return b"".join(response.streaming_content).decode()

    assert "Union européenne,French,European Union,Market checklist,Up to date" in csv()
    assert f"{ARABIC['name']},Arabic,European Union,Market checklist,Not published" in csv()

    eu.summary = "The rules changed."
    eu.save_revision().publish()
    assert "Union européenne,French,European Union,Market checklist,Out of date" in csv()


def test_french_checklist_queries_do_not_grow_with_items(client, learner, eu):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    big = make_checklist(slug="big", name="Big", items=[("taxes", f"Item {n}") for n in range(12)])
    translate_checklist(
        big,
        "fr",
        {"name": "Grand", "summary": "Vendre.", "introduction": "", "items": [("x", "", "")] * 12},
    )
    client.force_login(learner)
    counts = []
    for checklist in (eu, big):
        client.get(url(checklist, "fr"))  # warm the caches a running site has
        with CaptureQueriesContext(connection) as queries:
            client.get(url(checklist, "fr"))
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 6  # + the translation and its items over English


def test_snippet_admin_lists_and_searches_each_language(client, moderator, eu):
    client.force_login(moderator)
    listing = reverse("wagtailsnippets_markets_marketchecklist:list")
    fr = Locale.objects.get(language_code="fr")

    assert "Union européenne" in client.get(listing).content.decode()  # every language
    english = client.get(listing, {"locale": "en"}).content.decode()
    assert "European Union" in english and "Union européenne" not in english
    french = client.get(listing, {"locale": "fr"}).content.decode()
    assert "Union européenne" in french and ">European Union<" not in french
    edit = reverse("wagtailsnippets_markets_marketchecklist:edit", args=[eu.get_translation(fr).pk])
    assert client.get(edit).status_code == 200


@pytest.mark.search
def test_snippet_admin_searches_within_one_language(client, moderator, eu):
    # On SQLite too: Wagtail's SQLite search backend cannot search named fields
    # (content.admin_search), so the listing searches name and summary with the ORM there.
    client.force_login(moderator)
    listing = reverse("wagtailsnippets_markets_marketchecklist:list")

    found = client.get(listing, {"locale": "fr", "q": "Union"}).content.decode()

    assert "Union européenne" in found and ">European Union<" not in found
    by_summary = client.get(listing, {"locale": "fr", "q": "Vendre"}).content.decode()
    assert "Union européenne" in by_summary
    english = client.get(listing, {"locale": "en", "q": "Union"}).content.decode()
    assert "European Union" in english and "Union européenne" not in english
    nothing = client.get(listing, {"locale": "fr", "q": "Mercosur"}).content.decode()
    assert "Union européenne" not in nothing
