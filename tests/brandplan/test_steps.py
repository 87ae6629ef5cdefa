"""The builder saves step by step, keeps what was typed when a step fails, and resumes."""

import re

import pytest
from django.urls import reverse

from content.brandplan import services
from content.brandplan.models import BrandPlan, TargetMarket


def step_url(plan, slug):
    return reverse("brandplan:step", args=[plan.pk, slug])


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "1",
        f"{prefix}-MAX_NUM_FORMS": "10",
    }


def test_a_learner_starts_a_plan_and_lands_on_step_one(owner_client, learner):
    response = owner_client.post(reverse("brandplan:create"), {"brand_name": "Umucyo Coffee"})
    plan = BrandPlan.objects.get(owner=learner)
    assert response.url == step_url(plan, "story")
    page = owner_client.get(response.url).content.decode()
    assert "Step 1 of 9" in page
    assert 'aria-current="step"' in page


def test_saving_a_step_marks_it_done_and_goes_to_the_next(owner_client, plan):
    response = owner_client.post(
        step_url(plan, "story"),
        {
            "brand_name": "Umucyo Coffee",
            "tagline": "Bright coffee from Rwanda",
            "story": "Roasted in Kigali.",
            "values": "Fresh\n\nFair ",
            "action": "next",
        },
    )
    assert response.status_code == 302
    assert response.url == step_url(plan, "markets")
    plan.refresh_from_db()
    assert plan.completed_steps == ["story"]
    assert plan.value_list == ["Fresh", "Fair"]

    page = owner_client.get(response.url).content.decode()
    assert "“Brand story and values” is saved." in page
    assert "Step 2 of 9" in page
    assert re.search(r"Brand story and values<span class=\"visually-hidden\"> \(done\)", page)


def test_back_saves_then_goes_to_the_step_before(owner_client, plan):
    response = owner_client.post(
        step_url(plan, "channels"),
        {"channels": ["own_shop", "distributor"], "channel_plan": "", "action": "back"},
    )
    assert response.url == step_url(plan, "identity")
    plan.refresh_from_db()
    assert plan.channels == ["own_shop", "distributor"]
    assert plan.channel_labels == ["Our own online shop", "Importer or distributor"]


def test_a_failed_step_keeps_what_was_typed_and_names_each_field_and_row(owner_client, plan):
    data = {
        "ideal_customer": "Cafés in Nairobi that roast nothing themselves",
        **management("markets", 3),
        "markets-0-country": "KE",
        "markets-0-priority": "1",
        "markets-0-reason": "Two cafés already buy from us",
        "markets-1-country": "",
        "markets-1-priority": "12",
        "markets-1-reason": "Big speciality market",
        "markets-2-country": "",
        "markets-2-priority": "1",
        "markets-2-reason": "",
        "action": "next",
    }
    response = owner_client.post(step_url(plan, "markets"), data)

    assert response.status_code == 200  # shown again, not saved
    page = response.content.decode()
    assert "Nothing was saved yet" in page
    assert '<a href="#id_markets-1-country">Market 2: Country</a>' in page
    assert '<a href="#id_markets-1-priority">Market 2: Priority</a>' in page
    assert "Cafés in Nairobi that roast nothing themselves" in page
    assert "Two cafés already buy from us" in page
    assert "Big speciality market" in page
    assert 'value="12"' in page
    # Nothing of the step is saved, not even its valid parts.
    plan.refresh_from_db()
    assert plan.ideal_customer == ""
    assert not TargetMarket.objects.exists()
    assert plan.completed_steps == []


def test_rows_are_added_edited_and_removed_without_javascript(owner_client, plan):
    owner_client.post(
        step_url(plan, "markets"),
        {
            **management("markets", 3),
            "markets-0-country": "KE",
            "markets-0-priority": "1",
            "markets-1-country": "DE",
            "markets-1-priority": "2",
            "markets-2-priority": "1",  # a blank row as shown, left untouched
        },
    )
    kenya, germany = plan.markets.all()
    assert [kenya.country.code, germany.country.code] == ["KE", "DE"]

    page = owner_client.get(step_url(plan, "markets")).content.decode()
    assert 'name="markets-TOTAL_FORMS" value="4"' in page  # two saved + two blank rows

    owner_client.post(
        step_url(plan, "markets"),
        {
            **management("markets", 2, initial=2),
            "markets-0-id": kenya.pk,
            "markets-0-country": "KE",
            "markets-0-priority": "1",
            "markets-0-reason": "Next door",
            "markets-1-id": germany.pk,
            "markets-1-country": "DE",
            "markets-1-priority": "2",
            "markets-1-DELETE": "on",
        },
    )
    assert [(m.country.code, m.reason) for m in plan.markets.all()] == [("KE", "Next door")]


def test_the_same_market_twice_is_refused_on_the_row(owner_client, plan):
    response = owner_client.post(
        step_url(plan, "markets"),
        {
            **management("markets", 2),
            "markets-0-country": "KE",
            "markets-0-priority": "1",
            "markets-1-country": "KE",
            "markets-1-priority": "2",
        },
    )
    assert response.status_code == 200  # shown again, not saved
    page = response.content.decode()
    assert "Markets</a>: Each country can be in your list only once." in page
    assert "Market 2</a>: This country is already in your list." in page
    assert not plan.markets.exists()


def test_a_step_with_rows_needs_at_least_one(owner_client, plan):
    response = owner_client.post(
        step_url(plan, "trademarks"), {**management("trademarks", 0), "action": "next"}
    )
    assert response.status_code == 200  # shown again, not saved
    assert "Plan at least one trademark filing" in response.content.decode()


def test_trademark_classes_are_checked_and_normalised(owner_client, plan):
    row = {
        **management("trademarks", 1),
        "trademarks-0-market": "KE",
        "trademarks-0-route": "madrid",
        "trademarks-0-office": "WIPO, through our home office",
        "trademarks-0-status": "planned",
        "trademarks-0-estimated_fee": "",
    }
    response = owner_client.post(
        step_url(plan, "trademarks"), {**row, "trademarks-0-nice_classes": "30, 46"}
    )
    assert response.status_code == 200  # shown again, not saved
    assert "“46” is not a Nice class: classes run from 1 to 45." in response.content.decode()

    response = owner_client.post(
        step_url(plan, "trademarks"), {**row, "trademarks-0-nice_classes": "43 30;30"}
    )
    assert response.url == step_url(plan, "budget")
    assert plan.trademark_filings.get().nice_classes == "30, 43"


def test_the_pricing_step_shows_the_breakdown_of_the_saved_figures(owner_client, plan):
    response = owner_client.post(
        step_url(plan, "pricing"),
        {
            "incoterm": "FOB",
            "named_place": "Dar es Salaam port",
            "currency": "usd",
            "price_unit": "250 g bag",
            "ex_works_price": "8.00",
            "export_packaging": "0.40",
            "inland_transport": "0.30",
            "export_clearance": "0.15",
            "origin_handling": "0.10",
            "main_freight": "1.20",
            "insurance": "0.05",
            "import_duties": "0.90",
            "action": "stay",
        },
    )
    assert response.url == step_url(plan, "pricing")
    page = owner_client.get(response.url).content.decode()
    assert "Per 250 g bag, under FOB – Free On Board" in page
    assert "Your export price per unit (FOB)" in page
    assert ">8.95<" in page  # 8.00 + 0.40 + 0.30 + 0.15 + 0.10
    assert ">11.10<" in page  # the landed cost: everything, whoever pays it
    plan.refresh_from_db()
    assert plan.currency == "USD"


def test_the_named_place_decides_the_inland_leg_and_insurance_is_labelled(owner_client, plan):
    figures = {
        "currency": "USD",
        "ex_works_price": "4000",
        "inland_transport": "120",
        "export_clearance": "80",
        "insurance": "60",
        "action": "stay",
    }
    response = owner_client.post(
        step_url(plan, "pricing"),
        {
            **figures,
            "incoterm": "FCA",
            "named_place": "Kigali",
            "named_place_kind": "seller_premises",
        },
    )
    page = owner_client.get(response.url).content.decode()
    assert "Kigali (your own premises)" in page
    assert ">4,080.00<" in page  # the buyer's carrier collects: inland transport is the buyer's
    assert "(optional, covers the buyer’s own risk)" in page

    response = owner_client.post(
        step_url(plan, "pricing"), {**figures, "incoterm": "DAP", "named_place_kind": ""}
    )
    page = owner_client.get(response.url).content.decode()
    assert "(optional, covers your own risk)" in page
    response = owner_client.post(step_url(plan, "pricing"), {**figures, "incoterm": "CIF"})
    page = owner_client.get(response.url).content.decode()
    assert "(required under CIF and CIP, Incoterms 2020 A5)" in page

    response = owner_client.post(
        step_url(plan, "pricing"),
        {**figures, "incoterm": "FOB", "named_place_kind": "seller_premises"},
    )
    assert response.status_code == 200  # shown again, not saved
    assert "Under FOB the named place is: A port, airport or depot in your country." in (
        response.content.decode()
    )


def test_negative_costs_and_bad_currency_are_refused(owner_client, plan):
    response = owner_client.post(
        step_url(plan, "pricing"),
        {"incoterm": "EXW", "currency": "US$", "ex_works_price": "-2"},
    )
    page = response.content.decode()
    assert response.status_code == 200  # shown again, not saved
    assert "Use the three-letter ISO 4217 code" in page
    assert '<a href="#id_ex_works_price">Ex-works price</a>' in page


def test_resuming_goes_to_the_first_unfinished_step(owner_client, plan):
    plan.completed_steps = ["story", "markets", "positioning"]
    plan.save()
    page = owner_client.get(reverse("brandplan:detail", args=[plan.pk])).content.decode()
    assert "3 of 9 steps done" in page
    assert f'href="{step_url(plan, "name")}">Continue: Name check across languages' in page
    assert services.next_unfinished_step(plan).slug == "name"


def test_an_unknown_step_is_404(owner_client, plan):
    assert owner_client.get(step_url(plan, "colours")).status_code == 404


@pytest.mark.parametrize("count", [1, 3])
def test_the_dashboard_lists_the_learners_plans(owner_client, learner, count):
    for n in range(count):
        services.create_plan(learner, f"Brand {n}")
    page = owner_client.get(reverse("courses:dashboard")).content.decode()
    assert "Your brand plans" in page
    assert page.count("0 of 9 steps done") == count


def test_errors_on_choice_groups_link_to_their_fieldset(owner_client, plan):
    page = owner_client.post(step_url(plan, "channels"), {"channel_plan": "Later"}).content.decode()
    assert '<a href="#id_channels">Where you will sell</a>: Tick at least one channel.' in page
    assert '<fieldset class="choices" id="id_channels">' in page
    assert "Later" in page
