"""The nine steps of the brand plan builder, in order: what each asks and with which forms."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import forms


@dataclass(frozen=True)
class RowSet:
    """A table of rows on a step: its form-field prefix, heading and formset class."""

    prefix: str
    heading: Promise
    formset_class: type


@dataclass(frozen=True)
class Step:
    slug: str
    title: Promise
    intro: Promise
    form_class: type | None = None
    rowsets: tuple[RowSet, ...] = field(default_factory=tuple)
    guide: str | None = None  # a template with more guidance, shown above the form


STEPS: tuple[Step, ...] = (
    Step(
        "story",
        _("Brand story and values"),
        _(
            "Buyers abroad do not know you yet. A short, true story and a few values they "
            "can check give them a reason to trust a small brand from far away."
        ),
        forms.StoryForm,
    ),
    Step(
        "markets",
        _("Target markets"),
        _(
            "Pick one to three markets to start with. Trade statistics by HS code (ITC Trade "
            "Map) and tariffs (ITC Market Access Map) help you compare them."
        ),
        forms.MarketsForm,
        (RowSet("markets", _("Markets"), forms.MarketFormSet),),
    ),
    Step(
        "positioning",
        _("Positioning against local competitors"),
        _(
            "In each market your buyer already has local choices. Say who they are, what "
            "they do well, and why someone would choose you instead."
        ),
        forms.PositioningForm,
        (RowSet("competitors", _("Local competitors"), forms.CompetitorFormSet),),
    ),
    Step(
        "name",
        _("Name check across languages and cultures"),
        _(
            "A name should be easy to say in every target language and mean nothing bad in "
            "any of them. Ask native speakers, then check the domain, the marketplace "
            "handles and the trademark registers before you print anything."
        ),
        forms.NameForm,
        (RowSet("names", _("Languages and cultures"), forms.NameCheckFormSet),),
        guide="brandplan/help/name.html",
    ),
    Step(
        "identity",
        _("Visual identity"),
        _(
            "Keep the logo and colours the same everywhere so buyers recognise you; adapt "
            "labels, languages and photos to each market."
        ),
        forms.IdentityForm,
        guide="brandplan/help/identity.html",
    ),
    Step(
        "channels",
        _("Channels and marketplaces"),
        _(
            "A marketplace is one channel among several: it brings buyers but sets the rules "
            "and the fees. Most small exporters combine one or two channels at first."
        ),
        forms.ChannelsForm,
    ),
    Step(
        "pricing",
        _("Price build-up"),
        _(
            "Enter each cost per unit. The Incoterms® 2020 rule you offer decides which of "
            "them are in your price and which the buyer pays on top."
        ),
        forms.PricingForm,
        guide="brandplan/help/pricing.html",
    ),
    Step(
        "trademarks",
        _("Trademark plan"),
        _(
            "A trademark protects your name only where it is registered. Plan one filing "
            "per market or region: nationally, regionally, or through the Madrid System."
        ),
        None,
        (RowSet("trademarks", _("Filings"), forms.TrademarkFormSet),),
        guide="brandplan/help/trademarks.html",
    ),
    Step(
        "budget",
        _("Budget and timeline"),
        _(
            "Put a figure and a date on each thing the plan needs, so you can see what it "
            "costs and what comes first."
        ),
        None,
        (
            RowSet(
                "budget", pgettext_lazy("brand plan rows of costs", "Budget"), forms.BudgetFormSet
            ),
            RowSet("milestones", _("Timeline"), forms.MilestoneFormSet),
        ),
    ),
)
STEP_SLUGS = tuple(step.slug for step in STEPS)
_BY_SLUG = {step.slug: step for step in STEPS}


def get_step(slug: str) -> Step:
    """The step with this slug; KeyError if there is none."""
    return _BY_SLUG[slug]


def neighbours(slug: str) -> tuple[Step | None, Step | None]:
    """The steps before and after ``slug``."""
    index = STEP_SLUGS.index(slug)
    before = STEPS[index - 1] if index > 0 else None
    after = STEPS[index + 1] if index + 1 < len(STEPS) else None
    return before, after
