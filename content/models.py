"""The CMS pages around the courses: the home page and plain content pages."""

from django.core.cache import cache
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, HomeStreamBlock
from .caching import (
    ANONYMOUS_PAGE_SECONDS,
    CONTENT_VERSION_KEY,
    AnonymousPageCacheMixin,
    versioned_key,
)
from .routing import active_content_language, default_locale_id, fast_route
from .translations import CachedTranslationUrlsMixin, children_in_reader_language


class HomePage(AnonymousPageCacheMixin, CachedTranslationUrlsMixin, Page):
    """The site's front door: hero, the learning tracks and a call to action."""

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.TrackPage", "content.StandardPage", "content.ToolkitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """The home page in the active language. Wagtail asks on every request; in the
        default language the answer is this page, found without a locale query, and in
        another it is cached under the content version (Wagtail would look the locale and
        then the translation up every time)."""
        language = active_content_language()
        if language is None:
            return self
        key = versioned_key(CONTENT_VERSION_KEY, "gga:home", self.pk, language)
        home = cache.get(key)
        if home is None:
            home = super().localized
            cache.set(key, home, ANONYMOUS_PAGE_SECONDS)
        return home

    def route(self, request, path_components):
        return fast_route(self, path_components) or self.route_to_source(request, path_components)

    def route_to_source(self, request, path_components):
        """Wagtail's routing below this home page; below a translated home page, a path
        its translation lacks is served from the source tree, so a page not yet translated
        opens in English under the learner's language prefix instead of a 404."""
        try:
            return super().route(request, path_components)
        except Http404:
            source = self.get_translations().filter(locale_id=default_locale_id()).first()
            if source is None or source.pk == self.pk:
                raise
            return source.specific.route(request, path_components)


class StandardPage(CachedTranslationUrlsMixin, Page):
    """A plain page of text, e.g. "About", "Privacy" or "Accessibility"."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content.HomePage", "content.StandardPage"]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class ToolkitPage(CachedTranslationUrlsMixin, Page):
    """The brand-going-abroad toolkit's front page: the self-assessments below it and the tools.

    Self-assessments are its child pages; the brand plan builder, the market-entry checklists,
    the resource library and the glossary are listed beside them by the template.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["assessments.AssessmentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("toolkit page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The self-assessments of the English toolkit too, under a translated toolkit page.
        context["assessments"] = children_in_reader_language(
            self, Page.objects.specific().defer_streamfields()
        )
        return context


class GlossaryTerm(index.Indexed, models.Model):
    """A trade term explained once and linked from lessons and the toolkit (a snippet)."""

    term = models.CharField(_("term"), max_length=120, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_(
            "The term's anchor on the glossary page (/toolkit/glossary/#term-…). "
            "Leave empty to make it from the term; changing it breaks existing links."
        ),
    )
    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)
    definition = RichTextField(_("definition"), features=["bold", "italic", "link"])
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("Where the definition comes from.")
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("abbreviation"),
        FieldPanel("definition"),
        FieldPanel("source"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.SearchField("abbreviation"),
        index.SearchField("definition"),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self):
        return f"{self.abbreviation} ({self.term})" if self.abbreviation else self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)[:120]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"{reverse('glossary:index')}#{self.anchor}"

    @property
    def anchor(self) -> str:
        """The id of the term on the glossary page."""
        return f"term-{self.slug}"


def _connect_toolkit_link_receivers() -> None:
    """The header's cached toolkit link follows the page tree (see content.toolkit)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .toolkit import bump_toolkit_version

    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(
            bump_toolkit_version, sender=ToolkitPage, dispatch_uid=f"toolkit-{id(signal)}"
        )
    post_page_move.connect(bump_toolkit_version, dispatch_uid="toolkit-move")
    for signal in (post_save, post_delete):
        signal.connect(bump_toolkit_version, sender=Site, dispatch_uid=f"toolkit-site-{id(signal)}")


_connect_toolkit_link_receivers()
