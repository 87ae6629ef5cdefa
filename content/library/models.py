"""The resource library: guides, templates and checklists to download.

A ``Resource`` is a snippet that describes a Wagtail document (which holds the file, its
collection and privacy) with what a learner filters on: topic, market, format and language.
Downloads are counted on the resource and logged per download for reports.
"""

from django.conf import global_settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from content.freshness import ReviewDates


class ResourceTopic(models.TextChoices):
    MARKET_RESEARCH = "market_research", _("Market research")
    PRICING = "pricing", _("Pricing and Incoterms")
    PAYMENTS = "payments", _("Payments and finance")
    LOGISTICS = "logistics", _("Logistics and customs")
    BRAND = "brand", _("Brand and trademarks")
    COMPLIANCE = "compliance", _("Product rules and labelling")
    CONSUMER_DATA = "consumer_data", _("Consumer and data protection")
    PAPERLESS = "paperless", _("Single window and paperless trade")


class ResourceFormat(models.TextChoices):
    GUIDE = "guide", _("Guide")
    CHECKLIST = "checklist", _("Checklist")
    TEMPLATE = "template", _("Template")
    WORKSHEET = "worksheet", _("Worksheet")


class Resource(ReviewDates, index.Indexed, models.Model):
    """A downloadable guide, template or checklist in the toolkit's library (a snippet),
    with the day its contents were last checked and when they must be checked again."""

    title = models.CharField(_("title"), max_length=160)
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("What it is and when to use it, in two or three sentences."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("file"),
        help_text=_(
            "Upload the file as a document; its collection's privacy applies to downloads."
        ),
    )
    topic = models.CharField(_("topic"), max_length=20, choices=ResourceTopic.choices)
    market = models.ForeignKey(
        "markets.MarketChecklist",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
        verbose_name=_("market"),
        help_text=_("Leave empty when the resource applies to any market."),
    )
    format = models.CharField(_("format"), max_length=20, choices=ResourceFormat.choices)
    language = models.CharField(
        _("language"), max_length=10, choices=global_settings.LANGUAGES, default="en"
    )
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("document"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("topic"), FieldPanel("format")]),
                FieldRowPanel([FieldPanel("market"), FieldPanel("language")]),
            ],
            heading=_("Filters learners use"),
        ),
        *ReviewDates.review_panels,
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("summary"),
        index.AutocompleteField("title"),
        index.FilterField("topic"),
        index.FilterField("format"),
        index.FilterField("language"),
        index.FilterField("market_id"),
    ]

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["title"]

    def __str__(self):
        return self.title


class ResourceDownload(models.Model):
    """One download of a resource, for reports over time; no personal data is kept."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="downloads")
    downloaded_at = models.DateTimeField(_("downloaded at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("resource download")
        verbose_name_plural = _("resource downloads")

    def __str__(self):
        return f"{self.resource_id} @ {self.downloaded_at:%Y-%m-%d %H:%M}"
