"""The table rows of a brand plan: markets, competitors, name checks, trademark filings,
budget lines and milestones. Each belongs to one plan and is only reached through it."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from .plan import BrandPlan, PricePosition

NICE_CLASSES = range(1, 46)  # 1–34 goods, 35–45 services (Nice Classification)


def parse_nice_classes(text: str) -> list[int]:
    """``"30, 43"`` → ``[30, 43]``; raises ValidationError naming what is wrong."""
    parts = [part for part in re.split(r"[\s,;]+", text.strip()) if part]
    if not parts:
        raise ValidationError(_("Give at least one Nice class, for example 30."))
    classes = []
    for part in parts:
        if not part.isdigit() or int(part) not in NICE_CLASSES:
            raise ValidationError(
                _("“%(value)s” is not a Nice class: classes run from 1 to 45."),
                params={"value": part},
            )
        classes.append(int(part))
    return sorted(set(classes))


def validate_nice_classes(text: str) -> None:
    parse_nice_classes(text)


class TargetMarket(models.Model):
    """A country the brand will sell in, with why and in what order."""

    plan = models.ForeignKey(BrandPlan, on_delete=models.CASCADE, related_name="markets")
    country = CountryField(_("country"))
    priority = models.PositiveSmallIntegerField(
        _("priority"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
        help_text=_("1 for the market you enter first."),
    )
    reason = models.TextField(
        _("why this market"),
        max_length=1000,
        blank=True,
        help_text=_("Demand, diaspora, trade agreements, buyers you already know …"),
    )

    class Meta:
        ordering = ["priority", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "country"], name="brandplan_market_once")
        ]

    def __str__(self):
        return str(self.country.name)


class Competitor(models.Model):
    """A local brand the plan positions against in one market."""

    plan = models.ForeignKey(BrandPlan, on_delete=models.CASCADE, related_name="competitors")
    name = models.CharField(_("competitor"), max_length=100)
    market = CountryField(_("market"), blank=True)
    price_position = models.CharField(
        _("their price"), max_length=10, choices=PricePosition.choices, blank=True
    )
    strengths = models.TextField(_("what they do well"), max_length=1000, blank=True)
    our_difference = models.TextField(_("how we differ"), max_length=1000, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.name


class Pronunciation(models.TextChoices):
    EASY = "easy", _("Easy to say")
    AWKWARD = "awkward", _("Awkward but possible")
    HARD = "hard", _("Hard to say or often misread")


class NameCheck(models.Model):
    """How the brand name reads and sounds in one language or culture."""

    plan = models.ForeignKey(BrandPlan, on_delete=models.CASCADE, related_name="name_checks")
    language = models.CharField(_("language or culture"), max_length=60)
    meaning = models.CharField(_("what the name means or suggests"), max_length=200, blank=True)
    negative_meaning = models.BooleanField(
        _("has a negative, rude or unlucky meaning"), default=False
    )
    pronunciation = models.CharField(
        _("pronunciation"), max_length=10, choices=Pronunciation.choices, blank=True
    )
    native_speaker_checked = models.BooleanField(_("checked with a native speaker"), default=False)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.language

    @property
    def is_clear(self) -> bool:
        return (
            self.native_speaker_checked
            and not self.negative_meaning
            and self.pronunciation == Pronunciation.EASY
        )


class TrademarkRoute(models.TextChoices):
    MADRID = "madrid", _("Madrid System (international application through WIPO)")
    NATIONAL = "national", _("National office of the market")
    REGIONAL = "regional", _("Regional office (for example EUIPO, ARIPO, OAPI)")


class TrademarkStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    SEARCHED = "searched", _("Register searched")
    FILED = "filed", _("Filed")
    REGISTERED = "registered", pgettext_lazy("trademark status", "Registered")
    OPPOSED = "opposed", _("Opposed or refused")


class TrademarkFiling(models.Model):
    """Where and how the brand name will be protected in one market or region."""

    plan = models.ForeignKey(BrandPlan, on_delete=models.CASCADE, related_name="trademark_filings")
    market = CountryField(
        _("market"),
        blank=True,
        help_text=_("Leave empty for a regional filing that covers several countries."),
    )
    route = models.CharField(_("route"), max_length=10, choices=TrademarkRoute.choices)
    office = models.CharField(
        _("office"),
        max_length=100,
        help_text=_("For example “WIPO, through our home office”, “EUIPO” or “KIPI (Kenya)”."),
    )
    nice_classes = models.CharField(
        _("Nice classes"),
        max_length=120,
        validators=[validate_nice_classes],
        help_text=_("Numbers from 1 to 45, separated by commas, for example 30, 43."),
    )
    estimated_fee = models.DecimalField(
        _("estimated fee"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=TrademarkStatus.choices,
        default=TrademarkStatus.PLANNED,
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_route_display()}: {self.office}"

    def save(self, *args, **kwargs):
        self.nice_classes = ", ".join(str(n) for n in parse_nice_classes(self.nice_classes))
        super().save(*args, **kwargs)


class BudgetCategory(models.TextChoices):
    TRADEMARKS = "trademarks", _("Trademarks and legal")
    DESIGN = "design", _("Design, packaging and labels")
    TRANSLATION = "translation", _("Translation and localisation")
    MARKETPLACE = "marketplace", _("Marketplace and platform fees")
    MARKETING = "marketing", _("Marketing and advertising")
    SAMPLES = "samples", _("Samples and shipping")
    FAIRS = "fairs", _("Trade fairs and travel")
    CERTIFICATION = "certification", _("Certification and testing")
    OTHER = "other", _("Other")


class BudgetLine(models.Model):
    """One budgeted cost of taking the brand abroad, in the plan's currency."""

    plan = models.ForeignKey(BrandPlan, on_delete=models.CASCADE, related_name="budget_lines")
    category = models.CharField(_("category"), max_length=14, choices=BudgetCategory.choices)
    description = models.CharField(_("what for"), max_length=150)
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.description


class Milestone(models.Model):
    """A dated step on the plan's timeline."""

    plan = models.ForeignKey(BrandPlan, on_delete=models.CASCADE, related_name="milestones")
    due = models.DateField(_("by"))
    title = models.CharField(_("milestone"), max_length=150)
    done = models.BooleanField(_("done"), default=False)

    class Meta:
        ordering = ["due", "pk"]

    def __str__(self):
        return self.title
