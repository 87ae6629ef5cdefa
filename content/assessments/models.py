"""Self-assessment pages (authored by trainers) and the results learners save."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.accounts.choices import Sector

from . import scoring
from .blocks import DimensionsBlock, LevelsBlock, dimension_from_block, level_from_block


class AssessmentPage(Page):
    """A self-assessment in the toolkit: weighted dimensions of scored questions, maturity
    levels, and courses or lessons to recommend where a learner scores low.

    GET shows the questions; POST scores the answers (``content.assessments.views``): a
    signed-in learner's result is saved and shown at its own address, a visitor's is shown
    once and not stored.
    """

    introduction = models.TextField(
        _("introduction"),
        max_length=800,
        help_text=_("Who the self-assessment is for and what the learner gets from it."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("minutes to complete"), default=10)
    dimensions = StreamField(
        DimensionsBlock(),
        verbose_name=_("dimensions and questions"),
        help_text=_(
            "Each dimension is a part of readiness with its own questions; its score is out "
            "of 100 and counts towards the overall score by its weight."
        ),
    )
    levels = StreamField(
        LevelsBlock(),
        verbose_name=_("maturity levels"),
        help_text=_(
            "From the lowest (starting at 0) to the highest; the learner reaches the highest "
            "level whose score they reach."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("estimated_minutes"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Introduction")),
            ObjectList([FieldPanel("dimensions")], heading=_("Dimensions and questions")),
            ObjectList([FieldPanel("levels")], heading=_("Levels")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["content.ToolkitPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")

    @cached_property
    def maturity_levels(self) -> tuple[scoring.Level, ...]:
        """The levels, lowest first (no query: levels point at no other object)."""
        return tuple(
            sorted(
                (level_from_block(child.value) for child in self.levels),
                key=lambda level: level.threshold,
            )
        )

    @cached_property
    def assessment(self) -> scoring.Assessment:
        """The page's content as the scoring module's plain data."""
        return scoring.Assessment(
            dimensions=tuple(
                dimension_from_block(child.id, child.value) for child in self.dimensions
            ),
            levels=self.maturity_levels,
        )

    def recommendation_ids(self) -> dict[str, list[int]]:
        """{dimension id: recommended page ids}, read from the stored data without a query
        (the dashboard needs only the ids of many assessments at once)."""
        ids = {}
        for item in self.dimensions.raw_data:
            pages = (item.get("value") or {}).get("recommendations") or []
            # ListBlock items are {"type": "item", "value": pk, "id": …}; older data, bare pks.
            values = [p.get("value") if isinstance(p, dict) else p for p in pages]
            ids[item.get("id")] = [int(pk) for pk in values if pk]
        return ids

    @property
    def question_count(self) -> int:
        return len(self.assessment.questions)

    def serve(self, request, *args, **kwargs):
        from .views import serve_assessment

        return serve_assessment(request, self)


class AssessmentResult(models.Model):
    """One learner's saved result of one self-assessment.

    Scores, level and dimension names are a snapshot of what the learner was shown; country
    and sector are copied from their profile when they took it, so aggregate reports count
    the business as it was. Fetch results through their owner (``services.owned_results``).
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="assessment_results",
        verbose_name=_("owner"),
    )
    assessment = models.ForeignKey(
        AssessmentPage,
        on_delete=models.CASCADE,
        related_name="results",
        verbose_name=_("self-assessment"),
    )
    answers = models.JSONField(_("answers"), default=dict)
    dimension_scores = models.JSONField(_("dimension scores"), default=list)
    overall = models.PositiveSmallIntegerField(_("overall score"))
    level = models.CharField(_("level"), max_length=80)
    level_description = models.TextField(_("level description"), blank=True)
    level_index = models.PositiveSmallIntegerField(_("level rank"), default=0)
    country = CountryField(_("country"), blank=True)
    sector = models.CharField(
        _("business sector"), max_length=1, choices=Sector.choices, blank=True
    )
    created_at = models.DateTimeField(_("taken at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("self-assessment result")
        verbose_name_plural = _("self-assessment results")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["owner", "assessment", "-created_at"], name="assessment_owner_latest"
            ),
        ]

    def __str__(self):
        return f"{self.assessment_id} · {self.owner_id} · {self.overall}"

    def get_absolute_url(self) -> str:
        return reverse("assessments:result", args=[self.pk])

    @cached_property
    def scores(self) -> list[scoring.DimensionScore]:
        return [scoring.DimensionScore.from_json(data) for data in self.dimension_scores]
