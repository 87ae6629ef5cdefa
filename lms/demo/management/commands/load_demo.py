"""Build the demo site: accounts for every role, the home page and the learning tracks.

Idempotent: running it again creates only what is missing. ``--reset`` deletes the demo
accounts and page tree first and builds them anew.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from lms.demo import (
    accounts,
    assessments,
    brandplan,
    certificates,
    courses,
    library,
    markets,
    openbadges,
    site,
    toolkit,
)


class Command(BaseCommand):
    help = "Load the demo site (idempotent); --reset rebuilds it from scratch."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo accounts and page tree first, then load them again.",
        )

    def handle(self, *args, reset=False, **options):
        with transaction.atomic():
            if reset:
                site.delete_site()
                accounts.delete_accounts()
            openbadges.load_signing_key()  # before anything issues a certificate
            users = accounts.load_accounts()
            home = site.load_home_page()
            tracks = site.load_tracks(home)
            course_pages = courses.load_courses(home)
            courses.load_progress()
            courses.load_attempts()
            certificates.load_certificates()
            toolkit_page = toolkit.load_toolkit_page(home)
            markets.load_market_checklists()
            library.load_resources()
            assessments.load_assessments(toolkit_page)
            brandplan.load_brand_plan()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site ready: home page, {len(tracks)} tracks, {len(course_pages)} courses."
            )
        )
        self.stdout.write(f"Demo accounts (password for all: {accounts.DEMO_PASSWORD}):")
        for user in users:
            self.stdout.write(f"  {user['role']:<18} {user['email']}")
        self.stdout.write(
            "Sign in at /accounts/login/; staff roles find the Wagtail admin at /admin/."
        )
