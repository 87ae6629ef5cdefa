"""Build the demo site: accounts for every role, the home page and the learning tracks.

Idempotent: running it again creates only what is missing. ``--reset`` deletes the demo
accounts and page tree first and builds them anew; it deletes demo content only (pages a
person created or edited, or other people's learning, are kept with the pages above them).
With production settings it refuses to run unless ``--force``: the demo accounts have a
published password.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from lms.demo import (
    accounts,
    assessments,
    brandplan,
    certificates,
    courses,
    lesson_images,
    library,
    markets,
    openbadges,
    programmes,
    site,
    toolkit,
    translations,
)
from lms.demo import learners as synthetic


class Command(BaseCommand):
    help = "Load the demo site (idempotent); --reset rebuilds it from scratch."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo accounts and page tree first, then load them again.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with production settings (the demo accounts' password is public).",
        )
        parser.add_argument(
            "--learners",
            type=int,
            default=synthetic.DEFAULT_LEARNERS,
            metavar="N",
            help=(
                "Synthetic learners for the ministry reports, bulk-created "
                f"(default {synthetic.DEFAULT_LEARNERS}; 0 for none)."
            ),
        )

    def handle(
        self, *args, reset=False, learners=synthetic.DEFAULT_LEARNERS, force=False, **options
    ):
        if getattr(settings, "PRODUCTION", False) and not force:
            raise CommandError(
                "These are production settings: load_demo would add accounts whose password "
                "is public. Run it with --force only on a site meant for demonstration."
            )
        if learners < 0:
            raise CommandError("--learners must be 0 or more.")
        with transaction.atomic():
            if reset:
                synthetic.delete_learners()
                programmes.delete_programmes()
                for page in site.delete_site():
                    self.stdout.write(f"Kept (not demo content): {page.url_path}")
                accounts.delete_accounts()
            openbadges.load_signing_key()  # before anything issues a certificate
            users = accounts.load_accounts()
            home = site.load_home_page()
            tracks = site.load_tracks(home)
            course_pages = courses.load_courses(home)
            lesson_images.load_lesson_images()
            courses.load_progress()
            courses.load_attempts()
            certificates.load_certificates()
            toolkit_page = toolkit.load_toolkit_page(home)
            markets.load_market_checklists()
            translated = translations.load_translations(home)
            library.load_resources()
            assessments.load_assessments(toolkit_page)
            brandplan.load_brand_plan()
            programmes.load_programmes(learners)
            population = synthetic.load_learners(learners)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site ready: home page, {len(tracks)} tracks, {len(course_pages)} courses."
            )
        )
        self.stdout.write(
            f"Translated: Paying less duty (course, quiz and its track) in {translated} "
            "languages, at /fr/ and /ar/."
        )
        self.stdout.write(
            f"Synthetic learners (@{synthetic.SYNTHETIC_DOMAIN}, no sign-in): "
            f"{synthetic.synthetic_learners().count()}, {population.learners} added now with "
            f"{population.enrollments} enrollments and {population.certificates} certificates."
        )
        self.stdout.write(
            "Programmes: " + "; ".join(programmes.NAMES) + f" (codes {programmes.CODE_LIST})."
        )
        self.stdout.write(openbadges.summary())
        self.stdout.write(f"Demo accounts (password for all: {accounts.DEMO_PASSWORD}):")
        for user in users:
            self.stdout.write(f"  {user['role']:<18} {user['email']}")
        self.stdout.write(
            "Sign in at /accounts/login/; staff roles find the Wagtail admin at /admin/."
        )
