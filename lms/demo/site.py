"""The demo site's page tree: the home page and the three tracks."""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from content.models import HomePage
from courses.models import TrackPage

from .data.tracks import HOME, TRACKS


def _home_body() -> list[tuple[str, dict]]:
    return [
        (
            "hero",
            {
                "heading": HOME["hero"]["heading"],
                "text": HOME["hero"]["text"],
                "primary_action": {
                    "label": "Create your free account",
                    "page": None,
                    "url": "/accounts/signup/",
                },
                "secondary_action": {"label": "Explore the tracks", "page": None, "url": "#tracks"},
            },
        ),
        (
            "track_list",
            {"heading": HOME["tracks_heading"], "intro": HOME["tracks_intro"], "tracks": []},
        ),
        (
            "call_to_action",
            {
                "heading": HOME["toolkit"]["heading"],
                "text": HOME["toolkit"]["text"],
                "action": {"label": HOME["toolkit"]["label"], "page": None, "url": "/toolkit/"},
            },
        ),
        ("feature_list", {"heading": HOME["features_heading"], "features": HOME["features"]}),
        (
            "call_to_action",
            {
                "heading": HOME["cta"]["heading"],
                "text": HOME["cta"]["text"],
                "action": {"label": HOME["cta"]["label"], "page": None, "url": "/accounts/signup/"},
            },
        ),
    ]


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
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Go Global Academy",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Go Global Academy"
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


def delete_site() -> None:
    """Remove the demo page tree (the home page and all below it)."""
    for home in HomePage.objects.all():
        home.delete()
