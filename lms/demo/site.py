"""The demo site's page tree: the home page and the three tracks."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from wagtail.models import Locale, Page, Revision, Site

from content.models import HomePage
from courses.models import Enrollment, LessonProgress, QuizAttempt, TrackPage
from lms.accounts.models import User

from .data.tracks import HOME, TRACKS


def _home_body(home: dict = HOME) -> list[tuple[str, dict]]:
    """The home page's blocks from ``home`` (the English words, or a translation of them)."""
    return [
        (
            "hero",
            {
                "heading": home["hero"]["heading"],
                "text": home["hero"]["text"],
                "primary_action": {
                    "label": home.get("hero_primary", "Create your free account"),
                    "page": None,
                    "url": "/accounts/signup/",
                },
                "secondary_action": {
                    "label": home.get("hero_secondary", "Explore the tracks"),
                    "page": None,
                    "url": "#tracks",
                },
            },
        ),
        (
            "track_list",
            {"heading": home["tracks_heading"], "intro": home["tracks_intro"], "tracks": []},
        ),
        (
            "call_to_action",
            {
                "heading": home["toolkit"]["heading"],
                "text": home["toolkit"]["text"],
                "action": {"label": home["toolkit"]["label"], "page": None, "url": "/toolkit/"},
            },
        ),
        ("feature_list", {"heading": home["features_heading"], "features": home["features"]}),
        (
            "call_to_action",
            {
                "heading": home["cta"]["heading"],
                "text": home["cta"]["text"],
                "action": {"label": home["cta"]["label"], "page": None, "url": "/accounts/signup/"},
            },
        ),
    ]


def site_address() -> tuple[str, int]:
    """The host and port of SITE_URL (``make run`` serves http://127.0.0.1:8000), so the
    links Wagtail builds from its Site, such as "view the page" in moderation e-mails,
    point where the site is served."""
    address = urlsplit(settings.SITE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


@transaction.atomic
def load_home_page() -> HomePage:
    """Make the demo HomePage the site's root page, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's fresh install puts a plain "Welcome" page at /home/; ours replaces it.
        for page in root.get_children().filter(slug="home"):
            if page.specific_class is Page:
                page.delete()
        home = HomePage(
            title=HOME["title"],
            slug="home",
            seo_title=HOME["seo_title"],
            search_description=HOME["search_description"],
            body=_home_body(),
            locale=Locale.get_default(),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Go Global Academy",
        )
    elif (site.root_page_id, site.hostname, site.port) != (home.pk, hostname, port):
        site.root_page = home
        site.site_name = "Go Global Academy"
        site.hostname, site.port = hostname, port
        site.save()
    return home


@transaction.atomic
def load_tracks(home: HomePage) -> list[TrackPage]:
    tracks = []
    for spec in TRACKS:
        track = TrackPage.objects.child_of(home).filter(slug=spec["slug"]).first()
        if track is None:
            track = TrackPage(**spec)
            home.add_child(instance=track)
            track.save_revision().publish()
        tracks.append(track)
    return tracks


def _demo_user_emails() -> Q:
    from .accounts import DEMO_USERS
    from .learners import SYNTHETIC_DOMAIN

    return Q(email__in=[spec["email"] for spec in DEMO_USERS]) | Q(
        email__endswith="@" + SYNTHETIC_DOMAIN
    )


def _not_demo_content(pages: list[Page]) -> set[int]:
    """The pks of ``pages`` that are not demo content: created or edited by someone who is
    not a demo account (the demo itself makes pages with no owner and saves revisions with
    no user), or holding the learning of such a person."""
    pks = [page.pk for page in pages]
    others = User.objects.exclude(_demo_user_emails())
    kept = set(Page.objects.filter(pk__in=pks, owner__in=others).values_list("pk", flat=True))
    kept |= {
        int(object_id)
        for object_id in Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in pks], user__in=others
        ).values_list("object_id", flat=True)
    }
    for model, field in (
        (Enrollment, "course_id"),
        (LessonProgress, "lesson_id"),
        (QuizAttempt, "quiz_id"),
    ):
        kept |= set(
            model.objects.filter(**{f"{field}__in": pks}, user__in=others).values_list(
                field, flat=True
            )
        )
    return kept


def delete_site() -> list[Page]:
    """Remove the demo page tree, and nothing else; return the pages kept that are not demo
    content.

    A page someone created or edited, or where a real learner's records live, is kept with
    the pages above it (so it stays where it was); every other page under a demo home page
    goes. ``load_demo`` then finds the kept pages by their slugs and builds around them.
    """
    kept: list[Page] = []
    for home in HomePage.objects.all():
        tree = list(Page.objects.descendant_of(home, inclusive=True).order_by("path"))
        not_demo = _not_demo_content(tree)
        foreign = [page for page in tree if page.pk in not_demo]
        if not foreign:
            home.delete()
            continue
        kept += foreign
        # Kept: each foreign page, everything below it and everything above it.
        above = {page.path[:i] for page in foreign for i in range(4, len(page.path), 4)}
        deleted: list[str] = []
        for page in tree:  # in tree order, so a page's ancestors come first
            if page.path in above or page.path.startswith(tuple(f.path for f in foreign)):
                continue
            if page.path.startswith(tuple(deleted)):
                continue  # went with its ancestor
            Page.objects.get(pk=page.pk).delete()
            deleted.append(page.path)
    return kept
