"""Pages of the learning domain, authored by trainers in Wagtail.

The tree follows the domain: TrackPage > CoursePage > ModulePage > LessonPage or QuizPage
(quizzes in ``courses.models.quizzes``). Who may see a lesson, and what counts as progress,
is decided in ``courses.services``; what a page does when served (refuse, add context) lives
above the services, in ``courses.page_views``, which gives each page type its ``page_view``
when the app is ready. This module imports no service.
"""

import math
from collections.abc import Callable
from functools import partial
from typing import ClassVar

from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, LessonStreamBlock
from content.caching import AnonymousPageCacheMixin
from content.freshness import ReviewDates, freshness_of
from content.translations import CachedTranslationUrlsMixin, children_in_reader_language
from courses.permissions import CoursePermissionTester
from courses.tree import (
    ancestor_paths,
    course_path_of,
    parent_path,
    restrictions_on,
    source_page,
)


class TrackPage(AnonymousPageCacheMixin, CachedTranslationUrlsMixin, Page):
    """A learning track (Export skills; Brand going abroad; Trade law and policy)."""

    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences shown on the track's card on the home page."),
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    certificate_template = models.ForeignKey(
        "courses.CertificateTemplate",
        verbose_name=_("certificate design"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The design of its courses' certificates, unless a course chooses its own."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("certificate_template"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("track")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every course of the track, in the reader's language where translated (not only
        # the translated ones: a French track lists the English courses too, marked as such).
        context["courses"] = children_in_reader_language(
            self, CoursePage.objects.defer_streamfields()
        )
        return context


class CourseLevel(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CompletionRule(models.TextChoices):
    ALL_LESSONS = "all_lessons", _("Complete every lesson")
    LESSONS_AND_QUIZZES = "lessons_and_quizzes", _("Complete every lesson and pass graded quizzes")


class PageView:
    """How a page of a course answers a visitor beyond showing its fields: whether it lets
    them in and what it adds to its template's context. This default is Wagtail's plain
    page; ``courses.page_views`` sets each page type's own at app ready."""

    def serve(self, page: Page, request, render: Callable[..., HttpResponse]) -> HttpResponse:
        """The response: ``render(**context_kwargs)`` serves the page as Wagtail does,
        handing the keyword arguments on to ``get_context``."""
        return render()

    def get_context(self, page: Page, request, **kwargs) -> dict:
        """What the page adds to its template's context."""
        return {}


class CourseTreePage(CachedTranslationUrlsMixin, Page):
    """Base of the pages inside a course: trainers may touch only courses assigned to them."""

    page_view: ClassVar[PageView] = PageView()

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        return self.page_view.serve(self, request, partial(super().serve, request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args)
        context.update(self.page_view.get_context(self, request, **kwargs))
        return context

    def permissions_for_user(self, user):
        return CoursePermissionTester(user, self)

    def get_view_restrictions(self):
        """The restrictions on this page and its ancestors, as the queryset Wagtail expects.

        Its results come from the one query the outline shares (``tree.view_restrictions``),
        so serving a lesson reads them once; any further filtering or ordering (the privacy
        dialog, copy, alias) queries the database like Wagtail's own.
        """
        if self.alias_of_id:
            return super().get_view_restrictions()
        restrictions = PageViewRestriction.objects.filter(page__path__in=ancestor_paths(self.path))
        restrictions._result_cache = restrictions_on(self)
        restrictions._prefetch_done = True
        return restrictions


class CoursePage(AnonymousPageCacheMixin, CourseTreePage):
    """A course: an outline of modules and lessons a learner enrolls in and completes."""

    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("Shown in course lists and search results.")
    )
    description = RichTextField(_("about this course"), features=RICH_TEXT_FEATURES, blank=True)
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=250, label=_("Outcome")))],
        blank=True,
        verbose_name=_("learning outcomes"),
        help_text=_("What a learner can do after the course; start each with a verb."),
    )
    level = models.CharField(
        _("level"), max_length=12, choices=CourseLevel.choices, default=CourseLevel.BEGINNER
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"), max_digits=4, decimal_places=1, default=1
    )
    language = models.CharField(
        _("language"), max_length=10, choices=ALL_LANGUAGES, default=settings.LANGUAGE_CODE
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="required_by",
        help_text=_("Courses a learner is advised to complete first."),
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=24,
        choices=CompletionRule.choices,
        default=CompletionRule.ALL_LESSONS,
    )
    certificate_enabled = models.BooleanField(_("certificate on completion"), default=True)
    certificate_template = models.ForeignKey(
        "courses.CertificateTemplate",
        verbose_name=_("certificate design"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the track's design, or the default design."),
    )
    sequential = models.BooleanField(
        _("sequential"),
        default=False,
        help_text=_("Lock each lesson until the one before it is complete."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("level"),
                FieldPanel("estimated_hours"),
                FieldPanel("language"),
                FieldPanel("cover_image"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Course details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("completion_rule"),
                FieldPanel("sequential"),
                FieldPanel("certificate_enabled"),
                FieldPanel("certificate_template"),
            ],
            heading=_("Completion"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("level"),
    ]

    parent_page_types = ["courses.TrackPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    @property
    def estimated_hours_count(self) -> int:
        """Whole hours, for choosing "hour" or "hours" in translations."""
        return math.ceil(self.estimated_hours)


class ModulePage(CourseTreePage):
    """A module groups the lessons of a course; it has no page of its own for learners."""

    summary = models.TextField(_("summary"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("summary")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = _("module")

    @property
    def course_path(self) -> str:
        return parent_path(self.path)

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        # A module is a heading in its course's outline; send visitors there. The outline is
        # the source course's, so a translated module's anchor is its source's id.
        anchor = source_page(self).pk
        return redirect(self.get_parent().get_url(request) + f"#module-{anchor}")


class LessonPage(ReviewDates, CourseTreePage):
    """A lesson: the unit a learner reads and marks as complete, with the day its facts
    were last checked and when they must be checked again (content.freshness)."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))
    estimated_minutes = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=10)
    is_preview = models.BooleanField(
        _("free preview"),
        default=False,
        help_text=_("Anyone may read a preview lesson without enrolling."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("is_preview")],
            heading=_("Lesson details"),
        ),
        *ReviewDates.review_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("is_preview"),
        index.FilterField("path"),
        index.FilterField("review_by"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    @property
    def course_path(self) -> str:
        """The tree path of the course this lesson belongs to (its grandparent)."""
        return course_path_of(self.path)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # "Checked on …" under the title, and the notice when it is long past review.
        context["freshness"] = freshness_of(self)
        return context
