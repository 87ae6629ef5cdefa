"""The brand plan: one row per plan, typed fields for every answer a step asks for.

Answers that are single values (the story, the chosen Incoterm, the per-unit costs) are
columns, so they validate as what they are and the price build-up can compute from them;
answers that are lists of like things (markets, competitors, name checks, trademark
filings, budget lines, milestones) are child rows in ``rows.py``.
"""

import secrets

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..pricing import (
    COST_KEYS,
    INCOTERM_CHOICES,
    NamedPlace,
    PriceBuildUp,
    build_up,
    compare_rules,
)

currency_code = RegexValidator(
    r"^[A-Z]{3}$", _("Use the three-letter ISO 4217 code, for example USD, EUR or RWF.")
)
hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Use a hex colour code such as #6B3E26 (a # and six digits).")
)


def _cost(label, help_text):
    """A per-unit cost in the plan's currency: optional, never negative."""
    return models.DecimalField(
        label,
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=help_text,
    )


def logo_upload_to(instance, filename: str) -> str:
    """Logos live under a random name; the uploader's file name is never used."""
    return f"brandplan/logos/{secrets.token_hex(16)}.png"


class PricePosition(models.TextChoices):
    BUDGET = "budget", _("Budget")
    MID = "mid", _("Mid-market")
    PREMIUM = "premium", _("Premium")


class DomainStatus(models.TextChoices):
    NOT_CHECKED = "not_checked", _("Not checked yet")
    AVAILABLE = "available", _("Available")
    REGISTERED = "registered", _("Registered by us")
    TAKEN = "taken", _("Taken by someone else")


class Channel(models.TextChoices):
    OWN_SHOP = "own_shop", _("Our own online shop")
    GLOBAL_MARKETPLACE = "global_marketplace", _("International marketplace")
    REGIONAL_MARKETPLACE = "regional_marketplace", _("Regional or local marketplace")
    SOCIAL = "social", _("Social media shops")
    DISTRIBUTOR = "distributor", _("Importer or distributor")
    RETAIL = "retail", _("Retailers, cafés or hotels")
    B2B_PLATFORM = "b2b_platform", _("B2B platform or trade portal")
    TRADE_FAIR = "trade_fair", _("Trade fairs and buyer missions")


class BrandPlan(models.Model):
    """A learner's plan for taking one brand abroad, filled in step by step.

    Only its owner can see or edit it; a read-only link, when the owner creates one, opens
    it for anyone holding the link until revoked. The link's token is stored only as a
    SHA-256 hash.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="brand_plans",
        verbose_name=_("owner"),
    )
    brand_name = models.CharField(_("brand name"), max_length=80)

    # 1. Brand story and values
    tagline = models.CharField(
        _("tagline"),
        max_length=120,
        blank=True,
        help_text=_("One short line that says what the brand promises."),
    )
    story = models.TextField(
        _("brand story"),
        blank=True,
        help_text=_("Where the brand comes from, who makes it and why it matters."),
    )
    values = models.TextField(
        _("brand values"),
        blank=True,
        help_text=_("One value per line, for example “Fair prices for growers”."),
    )

    # 2. Target markets (rows: TargetMarket)
    ideal_customer = models.TextField(
        _("ideal customer abroad"),
        blank=True,
        help_text=_("Who buys from you abroad: a business or a consumer, their needs, budget."),
    )

    # 3. Positioning (rows: Competitor)
    price_position = models.CharField(
        _("price position"),
        max_length=10,
        choices=PricePosition.choices,
        blank=True,
        help_text=_(
            "Budget: cheaper than most local brands. Mid-market: priced like the local "
            "leaders. Premium: above them."
        ),
    )
    positioning_statement = models.TextField(
        _("positioning statement"),
        blank=True,
        help_text=_(
            "For [customer] who [need], [brand] is the [category] that [main benefit], "
            "unlike [local competitor]."
        ),
    )

    # 4. Name check (rows: NameCheck)
    domain_name = models.CharField(
        _("domain name"), max_length=253, blank=True, help_text=_("For example umucyo.coffee")
    )
    domain_status = models.CharField(
        _("domain status"),
        max_length=12,
        choices=DomainStatus.choices,
        default=DomainStatus.NOT_CHECKED,
    )
    marketplace_handles = models.TextField(
        _("marketplace and social media handles"),
        blank=True,
        help_text=_("One per line: the platform, the handle and whether it is free."),
    )
    register_search_done = models.BooleanField(
        _("searched the trademark registers"),
        default=False,
        help_text=_(
            "WIPO's Global Brand Database and the national registers of each target market."
        ),
    )

    # 5. Visual identity
    logo = models.FileField(_("logo"), upload_to=logo_upload_to, blank=True)
    primary_colour = models.CharField(
        _("main colour"), max_length=7, blank=True, validators=[hex_colour]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, blank=True, validators=[hex_colour]
    )
    visual_notes = models.TextField(
        _("typography, packaging and photo style"),
        blank=True,
        help_text=_("What should stay the same in every market, and what may adapt."),
    )

    # 6. Channels and marketplaces
    channels = models.JSONField(_("sales channels"), default=list, blank=True)
    channel_plan = models.TextField(
        _("channel plan"),
        blank=True,
        help_text=_("Which marketplaces and partners, in which market, and in what order."),
    )

    # 7. Price build-up (per unit, in ``currency``)
    incoterm = models.CharField(
        _("Incoterms® 2020 rule"), max_length=3, choices=INCOTERM_CHOICES, blank=True
    )
    named_place = models.CharField(
        _("named place"),
        max_length=120,
        blank=True,
        help_text=_(
            "The place the rule names, for example “Mombasa port” or “buyer’s warehouse, Hamburg”."
        ),
    )
    named_place_kind = models.CharField(
        _("the named place is"),
        max_length=20,
        choices=NamedPlace.choices,
        blank=True,
        help_text=_(
            "It decides who pays the legs at either end: FCA at your own premises leaves the "
            "inland transport to the buyer; CPT, CIP or a D rule to the buyer’s warehouse puts "
            "the destination handling and onward delivery on you. Leave empty for the rule’s "
            "usual place."
        ),
    )
    currency = models.CharField(
        _("currency"), max_length=3, default="USD", validators=[currency_code]
    )
    price_unit = models.CharField(
        _("unit"),
        max_length=60,
        blank=True,
        help_text=_("For example “250 g bag” or “carton of 12”."),
    )
    ex_works_price = _cost(
        _("ex-works price"), _("Your price for one unit at your premises: cost plus margin.")
    )
    export_packaging = _cost(
        _("export packaging"), _("Cartons, pallets, labels and marking for the trip.")
    )
    inland_transport = _cost(
        _("inland transport"), _("From your premises to the export port, airport or depot.")
    )
    export_clearance = _cost(
        _("export clearance"), _("Customs broker, export licences and documents.")
    )
    origin_handling = _cost(
        _("loading and origin handling"), _("Terminal handling and loading on board.")
    )
    main_freight = _cost(
        _("main carriage"),
        _("Sea, air or road freight to the destination port, airport or terminal."),
    )
    insurance = _cost(
        _("insurance"),
        _(
            "Cargo insurance for one unit's share of the value. Only CIF and CIP oblige you to "
            "insure; under other rules it is optional and covers the risk of whoever bears it."
        ),
    )
    destination_handling = _cost(
        _("destination terminal handling"),
        _("Unloading and handling at the destination port, airport or terminal."),
    )
    onward_delivery = _cost(
        _("onward delivery"),
        _("From the destination terminal to the named place, such as the buyer's warehouse."),
    )
    destination_unloading = _cost(
        _("unloading at the named place"), _("Unloading from the arriving vehicle there.")
    )
    import_clearance = _cost(
        _("import clearance"), _("Customs broker and documents in the buyer's country.")
    )
    import_duties = _cost(
        _("import duties and taxes"),
        _("Duty, VAT or sales tax on import; check the tariff in ITC Market Access Map."),
    )

    # 8. Trademark plan (rows: TrademarkFiling); 9. Budget and timeline (BudgetLine, Milestone)

    completed_steps = models.JSONField(_("completed steps"), default=list, blank=True)
    share_token_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    shared_at = models.DateTimeField(_("shared since"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("brand plan")
        verbose_name_plural = _("brand plans")
        indexes = [models.Index(fields=["owner", "-updated_at"])]

    def __str__(self):
        return self.brand_name

    @property
    def value_list(self) -> list[str]:
        return [line.strip() for line in self.values.splitlines() if line.strip()]

    @property
    def handle_list(self) -> list[str]:
        return [line.strip() for line in self.marketplace_handles.splitlines() if line.strip()]

    @property
    def channel_labels(self) -> list[str]:
        labels = dict(Channel.choices)
        return [labels[code] for code in self.channels if code in labels]

    @property
    def costs(self) -> dict:
        return {key: getattr(self, key) for key in COST_KEYS}

    def price_build_up(self) -> PriceBuildUp | None:
        """The per-unit breakdown under the chosen rule, once a rule and a price are set."""
        if not self.incoterm or self.ex_works_price is None:
            return None
        return build_up(self.incoterm, self.costs, self.named_place_kind or None)

    def price_by_rule(self) -> list:
        if self.ex_works_price is None:
            return []
        return compare_rules(self.costs, self.named_place_kind or None)

    @property
    def is_shared(self) -> bool:
        return bool(self.share_token_hash)
