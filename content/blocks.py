"""StreamField blocks shared by every page type: home page, lessons, toolkit.

One block library for the whole site (imports run courses → content, never back), so a
trainer meets the same blocks everywhere. Where a block must point at a course page it
names the page type as a string.
"""

from functools import cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section")), ("h3", _("Sub-section"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text a screen-reader user hears; required, not optional."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    """An embedded video with its transcript, for slow connections and deaf learners."""

    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video with transcript")


class AudioBlock(blocks.StructBlock):
    audio = DocumentChooserBlock(label=_("Audio file"), help_text=_("An MP3 or OGG file."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "blocks/audio_block.html"
        label = _("Audio with transcript")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("What it is for"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("example", _("Example"))],
        default="tip",
        label=_("Kind"),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Callout")


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    business = blocks.CharBlock(
        label=_("The business"),
        max_length=200,
        help_text=_("Who they are, e.g. “A family coffee roaster in Rwanda, 6 staff”."),
    )
    challenge = blocks.RichTextBlock(label=_("Challenge"), features=RICH_TEXT_FEATURES)
    approach = blocks.RichTextBlock(label=_("What they did"), features=RICH_TEXT_FEATURES)
    outcome = blocks.RichTextBlock(label=_("Outcome"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "group"
        template = "blocks/case_study_block.html"
        label = _("Case study")


class KeyTakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), default=_("Key takeaways"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Takeaways"))

    class Meta:
        icon = "list-ul"
        template = "blocks/key_takeaways_block.html"
        label = _("Key takeaways")


class ExternalResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))
    publisher = blocks.CharBlock(label=_("Publisher"), required=False, max_length=120)
    description = blocks.TextBlock(label=_("Why read it"), required=False, max_length=400)

    class Meta:
        icon = "link-external"
        template = "blocks/external_resource_block.html"
        label = _("External resource")


class GlossaryTermBlock(blocks.StructBlock):
    """A glossary term with its definition one tap away (a <details>, no JavaScript)."""

    term = SnippetChooserBlock("content.GlossaryTerm", label=_("Term"))
    note = blocks.CharBlock(
        label=_("Why it matters here"),
        required=False,
        max_length=250,
        help_text=_("Optional: how the term applies to this lesson."),
    )

    class Meta:
        icon = "help"
        template = "blocks/glossary_term_block.html"
        label = _("Glossary term")


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every content page offers."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Text"),
    )
    image = ImageBlock()
    callout = CalloutBlock()
    key_takeaways = KeyTakeawaysBlock()
    external_resource = ExternalResourceBlock()
    document = DocumentBlock()


class KnowledgeCheckChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback"), required=False, max_length=400)


class KnowledgeCheckBlock(blocks.StructBlock):
    """An ungraded question inside a lesson with immediate feedback: each choice opens its
    own feedback (``<details>``), so it works without JavaScript and records nothing."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    choices = blocks.ListBlock(KnowledgeCheckChoiceBlock(), label=_("Choices"), min_num=2)
    explanation = blocks.TextBlock(label=_("Explanation"), required=False, max_length=600)

    class Meta:
        icon = "help"
        template = "blocks/knowledge_check_block.html"
        label = _("Knowledge check")


class DatedFactBlock(blocks.StructBlock):
    """A fact that changes often (a threshold, a rate, a deadline) with the day it was
    checked and its source, both shown to learners so they can judge it and look it up."""

    text = blocks.RichTextBlock(
        label=_("Fact"),
        features=["bold", "italic", "link"],
        help_text=_(
            "One threshold, rate or deadline, e.g. “The EU's VAT import scheme covers "
            "parcels worth up to €150.”"
        ),
    )
    source_url = blocks.URLBlock(label=_("Source address"), help_text=_("The official page."))
    source_label = blocks.CharBlock(
        label=_("Source"),
        max_length=160,
        help_text=_("Who publishes it, e.g. “European Commission”."),
    )
    checked_on = blocks.DateBlock(label=_("Checked on"))

    def normalize(self, value):
        # Loaders and imports may give the date as ISO text ("2026-03-03").
        value = super().normalize(value)
        if isinstance(value.get("checked_on"), str):
            value["checked_on"] = self.child_blocks["checked_on"].to_python(value["checked_on"])
        return value

    class Meta:
        icon = "date"
        template = "blocks/dated_fact_block.html"
        label = _("Dated fact")


class LessonStreamBlock(BaseStreamBlock):
    """What a lesson may hold: everything in the base set plus media, case studies and
    ungraded knowledge checks."""

    video = VideoBlock()
    audio = AudioBlock()
    case_study = CaseStudyBlock()
    glossary_term = GlossaryTermBlock()
    knowledge_check = KnowledgeCheckBlock()
    dated_fact = DatedFactBlock()


# --- Home page ------------------------------------------------------------------------------


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Or address"),
        required=False,
        max_length=300,
        help_text=_("Used when no page is chosen, e.g. /accounts/signup/."),
    )

    class Meta:
        icon = "link"

    # An address is printed into href as written: only web, mail and phone schemes (or a
    # path on this site), never javascript: or data:, which would run in visitors' browsers.
    SAFE_SCHEMES = ("http", "https", "mailto", "tel")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or give an address."))}
            )
        address = (value.get("url") or "").strip()
        scheme = urlsplit(address).scheme.lower() if ":" in address else ""
        if address and scheme and scheme not in self.SAFE_SCHEMES:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "Give a web address (https://…), mailto:, tel: or a path on "
                            "this site such as /toolkit/."
                        )
                    )
                }
            )
        return value


@cache
def _sign_up_paths() -> frozenset[str]:
    """The sign-up form's path in every interface language ("/accounts/signup",
    "/fr/accounts/signup" …), without the trailing slash."""
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.add(reverse("account_signup").rstrip("/"))
    return frozenset(paths)


def asks_to_sign_up(link) -> bool:
    """Whether a ``LinkBlock`` value leads to the sign-up form, in whichever language an
    editor wrote its address (a query string such as ``?next=`` does not matter)."""
    if not link or link.get("page"):
        return False
    address = (link.get("url") or "").strip()
    path = urlsplit(address).path.rstrip("/")
    return bool(path) and path in _sign_up_paths()


def _signed_in(parent_context) -> bool:
    request = (parent_context or {}).get("request")
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


class HeroBlock(blocks.StructBlock):
    """The home page's opening: a heading, a sentence and up to two buttons.

    Someone signed in is never asked to create an account: a button to the sign-up form
    leads them to My learning instead (main button) or is left out (second button).
    """

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400)
    primary_action = LinkBlock(label=_("Main button"))
    secondary_action = LinkBlock(label=_("Second button"), required=False)

    class Meta:
        icon = "pick"
        template = "blocks/hero_block.html"
        label = _("Hero")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        primary, secondary = value["primary_action"], value.get("secondary_action")
        if _signed_in(parent_context):
            if asks_to_sign_up(primary):
                primary = {"label": _("Go to My learning"), "url": reverse("courses:dashboard")}
            if asks_to_sign_up(secondary):
                secondary = None
        context["primary_action"] = primary
        context["secondary_action"] = secondary if secondary and secondary.get("label") else None
        return context


class TrackListBlock(blocks.StructBlock):
    """Cards for the learning tracks; all live tracks when none are chosen."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=400)
    tracks = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="courses.TrackPage"),
        label=_("Tracks"),
        required=False,
        help_text=_("Leave empty to show every published track in tree order."),
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/track_list_block.html"
        label = _("Track cards")

    def get_context(self, value, parent_context=None):
        from django.apps import apps

        context = super().get_context(value, parent_context=parent_context)
        chosen = [page for page in value["tracks"] if page and page.live]
        if chosen:
            context["track_pages"] = [page.specific for page in chosen]
        else:
            from .routing import default_locale_id
            from .translations import localize_pages

            # Every track once (its source), shown in the reader's language where translated.
            track_model = apps.get_model("courses", "TrackPage")
            tracks = list(
                track_model.objects.live()
                .public()
                .filter(locale_id=default_locale_id())
                .order_by("path")
            )
            localize_pages(tracks)
            context["track_pages"] = tracks
        return context


class FeatureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=300)


class FeatureListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    features = blocks.ListBlock(FeatureBlock(), label=_("Features"))

    class Meta:
        icon = "list-ol"
        template = "blocks/feature_list_block.html"
        label = _("Feature list")


class CallToActionBlock(blocks.StructBlock):
    """A banner with one button. One whose button leads to the sign-up form is an
    invitation to create an account, so it is not shown to someone signed in."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    action = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["shown"] = not (_signed_in(parent_context) and asks_to_sign_up(value["action"]))
        return context


class HomeStreamBlock(BaseStreamBlock):
    hero = HeroBlock()
    track_list = TrackListBlock()
    feature_list = FeatureListBlock()
    call_to_action = CallToActionBlock()
