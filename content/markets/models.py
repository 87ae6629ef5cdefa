"""Market-entry checklists: what a market asks of a small exporter, item by item.

A trainer authors one ``MarketChecklist`` snippet per market or region with its items inline;
a learner ticks items and each tick is a ``ChecklistTick`` row owned by that learner.

Checklists are translatable snippets (Wagtail's ``TranslatableMixin``): the admin's
"Translate" copies a checklist and its items into another locale as a draft. Ticks always
belong to the items of the default-locale checklist (``content.markets.services``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Locale, Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index

from content.freshness import ReviewDates

GUIDANCE_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class ChecklistCategory(models.TextChoices):
    """The eight areas every market checklist covers, in the order a learner meets them."""

    TRADEMARK = "trademark", _("Trademark and brand protection")
    LABELLING = "labelling", _("Labelling and language")
    PRODUCT_SAFETY = "product_safety", _("Product safety and conformity")
    CONSUMER_LAW = "consumer_law", _("Consumer law and returns")
    DATA_PROTECTION = "data_protection", _("Data protection")
    PAYMENTS = "payments", _("Payments")
    LOGISTICS = "logistics", _("Logistics and customs")
    TAXES = "taxes", _("Taxes and duties")


class MarketChecklist(
    TranslatableMixin,
    ReviewDates,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """A market or region (e.g. the European Union) and what to check before selling there,
    with the day its items were last checked and when they must be checked again.

    Drafts and revisions come from Wagtail: a trainer saves drafts, a moderator publishes.
    Each locale has its own copy (same ``translation_key``); ``name`` and ``slug`` are unique
    within a locale, so a translation keeps its source's address.
    """

    name = models.CharField(_("market"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "The end of the address, e.g. “european-union” in /toolkit/markets/european-union/."
        ),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        max_length=1000,
        help_text=_(
            "The countries the checklist covers; leave empty for a region without fixed members."
        ),
    )
    summary = models.CharField(
        _("summary"),
        max_length=250,
        help_text=_("One or two sentences shown on the list of markets."),
    )
    introduction = RichTextField(_("introduction"), blank=True, features=GUIDANCE_FEATURES)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("countries"),
                FieldPanel("summary"),
            ],
            heading=_("Market"),
        ),
        FieldPanel("introduction"),
        *ReviewDates.review_panels,
        InlinePanel(
            "items",
            heading=_("Checklist items"),
            label=_("Item"),
            help_text=_("Give each category two to four items; drag to reorder within a category."),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("summary"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]
    # A translation starts as an unpublished draft: it is the source's words until a trainer
    # translates them, and a moderator publishes it (see copy_for_translation).
    exclude_fields_in_copy = ["live_revision", "first_published_at", "last_published_at"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("market checklist")
        verbose_name_plural = _("market checklists")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_checklist_slug_per_locale"
            ),
            models.UniqueConstraint(
                fields=["locale", "name"], name="unique_checklist_name_per_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        """Name and slug are unique within the checklist's language: said on the field (the
        admin form has no locale field, so Django's own unique check would skip them)."""
        super().clean()
        locale_id = self.locale_id or Locale.get_default().pk
        others = MarketChecklist.objects.filter(locale_id=locale_id).exclude(pk=self.pk)
        errors = {}
        if self.slug and others.filter(slug=self.slug).exists():
            errors["slug"] = _("Another checklist in this language already has this slug.")
        if self.name and others.filter(name=self.name).exists():
            errors["name"] = _("Another checklist in this language already has this name.")
        if errors:
            raise ValidationError(errors)

    def copy_for_translation(self, locale, exclude_fields=None):
        """A copy in ``locale`` with every item (in order), unsaved and not live: the words
        are the source's until someone translates them and a moderator publishes."""
        translation = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        translation.live = False
        translation.has_unpublished_changes = True
        return translation

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("markets:detail", args=[self.slug])


class ChecklistItem(Orderable):
    """One thing to check, under one of the eight categories, with why it matters."""

    checklist = ParentalKey(MarketChecklist, on_delete=models.CASCADE, related_name="items")
    category = models.CharField(_("category"), max_length=20, choices=ChecklistCategory.choices)
    text = models.CharField(
        _("what to check"),
        max_length=300,
        help_text=_(
            "An action the learner can tick, e.g. “Search the EUIPO register for your name”."
        ),
    )
    guidance = RichTextField(
        _("why it matters"), blank=True, features=GUIDANCE_FEATURES, help_text=_("Optional.")
    )
    link_url = models.URLField(_("link"), blank=True, help_text=_("Optional: an official source."))
    link_label = models.CharField(
        _("link text"),
        max_length=120,
        blank=True,
        help_text=_("What the link opens, e.g. “EUIPO eSearch plus”."),
    )

    panels = [
        FieldPanel("category"),
        FieldPanel("text"),
        FieldPanel("guidance"),
        FieldPanel("link_url"),
        FieldPanel("link_label"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")

    def __str__(self):
        return self.text


class ChecklistTick(models.Model):
    """A learner has done one checklist item; the row's existence is the tick."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checklist_ticks"
    )
    item = models.ForeignKey(ChecklistItem, on_delete=models.CASCADE, related_name="ticks")
    ticked_at = models.DateTimeField(_("ticked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("checklist tick")
        verbose_name_plural = _("checklist ticks")
        constraints = [
            models.UniqueConstraint(fields=["user", "item"], name="unique_tick_per_user_item")
        ]

    def __str__(self):
        return f"{self.user_id} ✓ {self.item_id}"
