"""Export price build-up under the Incoterms® 2020 rules: the one place the rule lives.

Pure functions, no database: the pricing step, the plan overview, the PDF and the tests all
call :func:`build_up`. Each cost item is listed with the rules under which the *seller* pays
it; the seller's per-unit price under a rule is the sum of the items that rule puts on the
seller. The allocation is the usual teaching simplification of the ICC rules (who pays what
is set out in articles A9/B9 of each rule):

* packaging is the seller's under every rule (A8);
* EXW leaves loading, export clearance and all transport to the buyer;
* FCA, FAS and FOB put inland carriage and export clearance on the seller; FOB adds loading
  on board (FCA stops at handing over to the buyer's carrier, FAS alongside the ship);
* the C rules add the main carriage; CIF and CIP add insurance (CIP at the higher
  Institute Cargo Clauses (A) cover, CIF at (C));
* the D rules carry the goods to the named destination at the seller's risk, so the seller
  prices in carriage and insurance; DPU adds unloading; only DDP adds import clearance,
  duties and taxes.

So the price grows along the chains EXW ≤ FCA = FAS ≤ FOB ≤ CFR ≤ CIF and
FCA ≤ CPT ≤ CIP ≤ DAP ≤ DPU, DAP ≤ DDP: EXW is always the lowest price, and DDP the highest
of all except DPU, whose extra item (unloading at destination) DDP leaves to the buyer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

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

_ALL = frozenset(INCOTERM_CODES)
_MAIN_CARRIAGE = frozenset({"CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"})


@dataclass(frozen=True)
class CostItem:
    """One per-unit cost on the way from the seller's premises to the buyer's door."""

    key: str
    label: str
    seller_pays_under: frozenset[str]


COST_ITEMS: tuple[CostItem, ...] = (
    CostItem("ex_works_price", _("Ex-works price (product and your margin)"), _ALL),
    CostItem("export_packaging", _("Export packaging and marking"), _ALL),
    CostItem("inland_transport", _("Inland transport to the export terminal"), _ALL - {"EXW"}),
    CostItem("export_clearance", _("Export customs clearance and documents"), _ALL - {"EXW"}),
    CostItem(
        "origin_handling",
        _("Loading on board and origin terminal handling"),
        _MAIN_CARRIAGE | {"FOB"},
    ),
    CostItem("main_freight", _("Main carriage to the named destination"), _MAIN_CARRIAGE),
    CostItem("insurance", _("Cargo insurance"), frozenset({"CIF", "CIP", "DAP", "DPU", "DDP"})),
    CostItem("destination_unloading", _("Unloading at destination"), frozenset({"DPU"})),
    CostItem("import_clearance", _("Import customs clearance"), frozenset({"DDP"})),
    CostItem("import_duties", _("Import duties and taxes"), frozenset({"DDP"})),
)
COST_KEYS = tuple(item.key for item in COST_ITEMS)


@dataclass(frozen=True)
class BuildUpLine:
    key: str
    label: str
    amount: Decimal
    seller_pays: bool


@dataclass(frozen=True)
class PriceBuildUp:
    """The breakdown for one rule: every line, who pays it, and the totals."""

    incoterm: str
    lines: tuple[BuildUpLine, ...]
    seller_price: Decimal
    buyer_costs: Decimal

    @property
    def landed_cost(self) -> Decimal:
        """What the goods cost the buyer at their door: the price plus what they pay."""
        return self.seller_price + self.buyer_costs


def seller_items(incoterm: str) -> tuple[str, ...]:
    """The cost items the seller pays under ``incoterm``, in shipping order."""
    if incoterm not in INCOTERM_CODES:
        raise ValueError(f"Unknown Incoterms 2020 rule: {incoterm!r}")
    return tuple(item.key for item in COST_ITEMS if incoterm in item.seller_pays_under)


def build_up(incoterm: str, costs: Mapping[str, Decimal | None]) -> PriceBuildUp:
    """The per-unit export price under ``incoterm`` from per-unit ``costs``.

    Missing or empty costs count as zero; negative costs are refused (a cost item cannot
    lower the price; discounts belong in the ex-works price).
    """
    mine = set(seller_items(incoterm))
    lines = []
    for item in COST_ITEMS:
        amount = costs.get(item.key) or Decimal(0)
        amount = Decimal(amount)
        if amount < 0:
            raise ValueError(f"{item.key} cannot be negative")
        lines.append(BuildUpLine(item.key, item.label, amount, item.key in mine))
    seller = sum((line.amount for line in lines if line.seller_pays), Decimal(0))
    buyer = sum((line.amount for line in lines if not line.seller_pays), Decimal(0))
    return PriceBuildUp(incoterm, tuple(lines), seller, buyer)


def compare_rules(costs: Mapping[str, Decimal | None]) -> list[tuple[Incoterm, Decimal]]:
    """The seller's per-unit price under each of the 11 rules, in the ICC's order."""
    return [(term, build_up(term.code, costs).seller_price) for term in INCOTERMS]
