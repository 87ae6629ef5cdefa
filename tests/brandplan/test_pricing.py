"""The price build-up rule: which cost items each Incoterms 2020 rule puts on the seller."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.brandplan.pricing import COST_KEYS, INCOTERM_CODES, build_up, seller_items

# The teaching allocation, written out rule by rule (independently of the module's table).
BASE = {"ex_works_price", "export_packaging"}
F_RULES = BASE | {"inland_transport", "export_clearance"}
CARRIAGE = F_RULES | {"origin_handling", "main_freight"}
EXPECTED = {
    "EXW": BASE,
    "FCA": F_RULES,
    "FAS": F_RULES,
    "FOB": F_RULES | {"origin_handling"},
    "CFR": CARRIAGE,
    "CIF": CARRIAGE | {"insurance"},
    "CPT": CARRIAGE,
    "CIP": CARRIAGE | {"insurance"},
    "DAP": CARRIAGE | {"insurance"},
    "DPU": CARRIAGE | {"insurance", "destination_unloading"},
    "DDP": CARRIAGE | {"insurance", "import_clearance", "import_duties"},
}
# Chains along which the seller takes on more and more of the journey.
CHAINS = [
    ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF"],
    ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU"],
    ["EXW", "FCA", "CPT", "CIP", "DAP", "DDP"],
]

COSTS = {
    "ex_works_price": Decimal("8.00"),
    "export_packaging": Decimal("0.40"),
    "inland_transport": Decimal("0.30"),
    "export_clearance": Decimal("0.15"),
    "origin_handling": Decimal("0.10"),
    "main_freight": Decimal("1.20"),
    "insurance": Decimal("0.05"),
    "destination_unloading": Decimal("0.08"),
    "import_clearance": Decimal("0.12"),
    "import_duties": Decimal("0.90"),
}


def test_the_eleven_rules_are_covered():
    assert set(INCOTERM_CODES) == set(EXPECTED)
    assert len(INCOTERM_CODES) == 11


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_each_rule_puts_the_expected_items_on_the_seller(rule):
    assert set(seller_items(rule)) == EXPECTED[rule]
    result = build_up(rule, COSTS)
    assert result.seller_price == sum(COSTS[key] for key in EXPECTED[rule])
    assert [line.key for line in result.lines if line.seller_pays] == list(seller_items(rule))


def test_worked_examples():
    assert build_up("EXW", COSTS).seller_price == Decimal("8.40")
    assert build_up("FOB", COSTS).seller_price == Decimal("8.95")
    assert build_up("CIF", COSTS).seller_price == Decimal("10.20")
    assert build_up("DPU", COSTS).seller_price == Decimal("10.28")
    assert build_up("DDP", COSTS).seller_price == Decimal("11.22")
    # Whoever pays, the goods cost the same at the buyer's door.
    assert {build_up(rule, COSTS).landed_cost for rule in INCOTERM_CODES} == {Decimal("11.30")}


def test_missing_costs_count_as_zero():
    result = build_up("CIP", {"ex_works_price": Decimal("5")})
    assert result.seller_price == Decimal("5")
    assert result.buyer_costs == 0


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="negative"):
        build_up("FOB", {"ex_works_price": Decimal("5"), "main_freight": Decimal("-1")})
    with pytest.raises(ValueError, match="Unknown"):
        build_up("DAT", COSTS)  # renamed DPU in 2020


money = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False)


# No deadline: the machine is shared and timing is not what these properties are about.
@settings(deadline=None)
@given(st.fixed_dictionaries(dict.fromkeys(COST_KEYS, money)))
def test_exw_is_least_ddp_most_and_the_price_grows_along_each_chain(costs):
    prices = {rule: build_up(rule, costs).seller_price for rule in INCOTERM_CODES}
    assert prices["EXW"] == min(prices.values())
    # DDP is the most the seller pays, except against DPU, whose unloading DDP leaves to
    # the buyer.
    assert all(prices["DDP"] >= price for rule, price in prices.items() if rule != "DPU")
    for chain in CHAINS:
        for earlier, later in zip(chain, chain[1:], strict=False):
            assert prices[earlier] <= prices[later], (earlier, later)
    for rule in INCOTERM_CODES:
        result = build_up(rule, costs)
        assert result.seller_price + result.buyer_costs == sum(costs.values())


@settings(deadline=None)
@given(st.fixed_dictionaries({key: money.filter(lambda d: d > 0) for key in COST_KEYS}))
def test_with_every_cost_positive_each_extra_item_raises_the_price(costs):
    prices = {rule: build_up(rule, costs).seller_price for rule in INCOTERM_CODES}
    for chain in CHAINS:
        for earlier, later in zip(chain, chain[1:], strict=False):
            if EXPECTED[later] > EXPECTED[earlier]:
                assert prices[earlier] < prices[later], (earlier, later)
    assert prices["DDP"] > prices["DAP"] > prices["EXW"]
