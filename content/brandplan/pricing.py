"""Export price build-up under the Incoterms® 2020 rules: the one place the rule lives.

Pure functions, no database: the pricing step, the plan overview, the PDF and the tests all
call :func:`build_up`. Each cost item says under which rules, and for which kind of named
place, the *seller* pays it; the seller's per-unit price is the sum of the items put on the
seller. The allocation is the usual teaching simplification of the ICC rules (who pays what is
set out in articles A9/B9 of each rule):

* packaging is the seller's under every rule (A8); EXW leaves everything else to the buyer;
* every other rule puts export clearance on the seller (A7);
* the named place decides the inland leg: FCA at the seller's own premises hands the goods to
  the buyer's carrier there, so the buyer pays the inland transport; FCA at a port, airport or
  depot, and FAS and FOB at the port, put the inland leg on the seller;
* FOB, the C rules and the D rules add loading on board and origin terminal handling, and
  the C and D rules the main carriage;
* under CFR and CIF, and CPT or CIP to a destination terminal, the buyer pays unloading and
  handling at the destination port or terminal and the onward delivery; when the named place
  of CPT, CIP or a D rule lies beyond the terminal (the buyer's warehouse), the seller pays
  them; DPU adds unloading at the named place; only DDP adds import clearance and duties;
* only CIF and CIP oblige the seller to insure (A5: CIP at Institute Cargo Clauses (A), CIF at
  (C)); under the D rules the seller carries the risk to the destination and may insure it,
  which the tool prices in as an optional line; under the other rules the buyer may insure.

So CIF differs from DAP, and CFR from CPT, as soon as there are costs after the destination
terminal; CIP and DAP to the same named place cost the seller the same, but the risk differs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Incoterm:
    code: str
    name: str
    sea_only: bool


INCOTERMS: tuple[Incoterm, ...] = (
    Incoterm("EXW", "Ex Works", False),
    Incoterm("FCA", "Free Carrier", False),
    Incoterm("CPT", "Carriage Paid To", False),
    Incoterm("CIP", "Carriage and Insurance Paid To", False),
    Incoterm("DAP", "Delivered at Place", False),
    Incoterm("DPU", "Delivered at Place Unloaded", False),
    Incoterm("DDP", "Delivered Duty Paid", False),
    Incoterm("FAS", "Free Alongside Ship", True),
    Incoterm("FOB", "Free On Board", True),
    Incoterm("CFR", "Cost and Freight", True),
    Incoterm("CIF", "Cost, Insurance and Freight", True),
)
INCOTERM_CODES = tuple(term.code for term in INCOTERMS)
INCOTERM_CHOICES = [
    (
        term.code,
        format_lazy(
            "{} – {}{}",
            term.code,
            term.name,
            _(" (sea and inland waterway)") if term.sea_only else "",
        ),
    )
    for term in INCOTERMS
]


class NamedPlace(models.TextChoices):
    """What kind of place the rule names; it decides who pays the legs at either end."""

    SELLER_PREMISES = "seller_premises", _("Your own premises")
    ORIGIN_TERMINAL = "origin_terminal", _("A port, airport or depot in your country")
    DESTINATION_TERMINAL = (
        "destination_terminal",
        _("The port, airport or terminal of destination"),
    )
    BEYOND_TERMINAL = (
        "beyond_terminal",
        _("A place beyond the destination terminal, such as the buyer’s warehouse"),
    )


_P = NamedPlace
# The kinds of place each rule can name, the usual one first (the default when none is given).
PLACES_BY_RULE: dict[str, tuple[NamedPlace, ...]] = {
    "EXW": (_P.SELLER_PREMISES,),
    "FCA": (_P.SELLER_PREMISES, _P.ORIGIN_TERMINAL),
    "FAS": (_P.ORIGIN_TERMINAL,),
    "FOB": (_P.ORIGIN_TERMINAL,),
    "CFR": (_P.DESTINATION_TERMINAL,),
    "CIF": (_P.DESTINATION_TERMINAL,),
    "CPT": (_P.DESTINATION_TERMINAL, _P.BEYOND_TERMINAL),
    "CIP": (_P.DESTINATION_TERMINAL, _P.BEYOND_TERMINAL),
    "DAP": (_P.BEYOND_TERMINAL, _P.DESTINATION_TERMINAL),
    "DPU": (_P.BEYOND_TERMINAL, _P.DESTINATION_TERMINAL),
    "DDP": (_P.BEYOND_TERMINAL, _P.DESTINATION_TERMINAL),
}

_ALL = frozenset(INCOTERM_CODES)
_C_RULES = frozenset({"CFR", "CIF", "CPT", "CIP"})
_D_RULES = frozenset({"DAP", "DPU", "DDP"})
# Rules whose named place of destination may lie beyond the destination terminal.
_TO_NAMED_PLACE = frozenset({"CPT", "CIP"}) | _D_RULES
_INSURANCE_REQUIRED = frozenset({"CIF", "CIP"})


def _beyond(rule: str, place: NamedPlace) -> bool:
    return rule in _TO_NAMED_PLACE and place == _P.BEYOND_TERMINAL


@dataclass(frozen=True)
class CostItem:
    """One per-unit cost on the way from the seller's premises to the buyer's door."""

    key: str
    label: str
    seller_pays: Callable[[str, NamedPlace], bool]


COST_ITEMS: tuple[CostItem, ...] = (
    CostItem("ex_works_price", _("Ex-works price (product and your margin)"), lambda r, p: True),
    CostItem("export_packaging", _("Export packaging and marking"), lambda r, p: True),
    CostItem(
        "inland_transport",
        _("Inland transport to the export port, airport or depot"),
        lambda r, p: r != "EXW" and not (r == "FCA" and p == _P.SELLER_PREMISES),
    ),
    CostItem(
        "export_clearance", _("Export customs clearance and documents"), lambda r, p: r != "EXW"
    ),
    CostItem(
        "origin_handling",
        _("Loading on board and origin terminal handling"),
        lambda r, p: r in _C_RULES | _D_RULES | {"FOB"},
    ),
    CostItem(
        "main_freight",
        _("Main carriage to the destination port, airport or terminal"),
        lambda r, p: r in _C_RULES | _D_RULES,
    ),
    CostItem("insurance", _("Cargo insurance"), lambda r, p: r in _INSURANCE_REQUIRED | _D_RULES),
    CostItem(
        "destination_handling",
        _("Unloading and handling at the destination port, airport or terminal"),
        lambda r, p: r == "DPU" or _beyond(r, p),
    ),
    CostItem(
        "onward_delivery",
        _("Onward delivery from the destination terminal to the named place"),
        _beyond,
    ),
    CostItem(
        "destination_unloading",
        _("Unloading at the named place"),
        lambda r, p: r == "DPU" and p == _P.BEYOND_TERMINAL,
    ),
    CostItem("import_clearance", _("Import customs clearance"), lambda r, p: r == "DDP"),
    CostItem("import_duties", _("Import duties and taxes"), lambda r, p: r == "DDP"),
)
COST_KEYS = tuple(item.key for item in COST_ITEMS)


@dataclass(frozen=True)
class BuildUpLine:
    key: str
    label: str
    amount: Decimal
    seller_pays: bool
    #: True where no party is obliged to pay the item: insurance outside CIF and CIP.
    optional: bool = False


@dataclass(frozen=True)
class PriceBuildUp:
    """The breakdown for one rule and named place: every line, who pays it, and the totals."""

    incoterm: str
    place: NamedPlace
    lines: tuple[BuildUpLine, ...]
    seller_price: Decimal
    buyer_costs: Decimal

    @property
    def landed_cost(self) -> Decimal:
        """What the goods cost the buyer at their door: the price plus what they pay."""
        return self.seller_price + self.buyer_costs

    @property
    def place_label(self) -> str:
        return self.place.label


def places_for(incoterm: str) -> tuple[NamedPlace, ...]:
    """The kinds of named place ``incoterm`` can name, the usual one first."""
    if incoterm not in INCOTERM_CODES:
        raise ValueError(f"Unknown Incoterms 2020 rule: {incoterm!r}")
    return PLACES_BY_RULE[incoterm]


def resolve_place(incoterm: str, place: str | None) -> NamedPlace:
    """The kind of named place to price: ``place`` if the rule can name it, else refused.

    An empty ``place`` means the rule's usual one (FCA: the seller's premises, as the course
    recommends; CPT and CIP: the destination terminal; the D rules: beyond it).
    """
    allowed = places_for(incoterm)
    if not place:
        return allowed[0]
    if place not in allowed:
        raise ValueError(f"{incoterm} cannot name {place!r} as its place")
    return NamedPlace(place)


def seller_items(incoterm: str, place: str | None = None) -> tuple[str, ...]:
    """The cost items the seller pays under ``incoterm`` at ``place``, in shipping order."""
    where = resolve_place(incoterm, place)
    return tuple(item.key for item in COST_ITEMS if item.seller_pays(incoterm, where))


def build_up(
    incoterm: str, costs: Mapping[str, Decimal | None], place: str | None = None
) -> PriceBuildUp:
    """The per-unit export price under ``incoterm`` at ``place`` from per-unit ``costs``.

    Missing or empty costs count as zero; negative costs are refused (a cost item cannot
    lower the price; discounts belong in the ex-works price).
    """
    where = resolve_place(incoterm, place)
    mine = set(seller_items(incoterm, where))
    lines = []
    for item in COST_ITEMS:
        amount = Decimal(costs.get(item.key) or 0)
        if amount < 0:
            raise ValueError(f"{item.key} cannot be negative")
        optional = item.key == "insurance" and incoterm not in _INSURANCE_REQUIRED
        lines.append(BuildUpLine(item.key, item.label, amount, item.key in mine, optional))
    seller = sum((line.amount for line in lines if line.seller_pays), Decimal(0))
    buyer = sum((line.amount for line in lines if not line.seller_pays), Decimal(0))
    return PriceBuildUp(incoterm, where, tuple(lines), seller, buyer)


def compare_rules(
    costs: Mapping[str, Decimal | None], place: str | None = None
) -> list[tuple[Incoterm, Decimal]]:
    """The seller's per-unit price under each of the 11 rules, in the ICC's order.

    Each rule is priced at ``place`` when it can name that kind of place, else at its usual
    one, so a plan priced to the buyer's warehouse compares CPT, CIP and the D rules there.
    """
    result = []
    for term in INCOTERMS:
        where = place if place in PLACES_BY_RULE[term.code] else None
        result.append((term, build_up(term.code, costs, where).seller_price))
    return result
