"""The CMS pages around the courses: the home page and plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, HomeStreamBlock
from .routing import fast_route


class HomePage(Page):
    """The site's front door: hero, the learning tracks and a call to action."""

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.TrackPage", "content.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        return fast_route(self, path_components) or super().route(request, path_components)


class StandardPage(Page):
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
