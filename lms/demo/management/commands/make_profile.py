"""Fill the database with a data profile: S (1,000 learners), M (10,000) or L (100,000).

    manage.py load_demo --learners 0     # the courses to enroll in, once
    manage.py make_profile L             # 100,000 learners, about 1,000,000 enrollments

What a profile holds and how it is drawn: ``lms.demo.profiles``. On PostgreSQL the learners
are drawn in Python and written with COPY, and what they did is drawn by PostgreSQL itself in
a few INSERT … SELECT statements (``lms.demo.profile_sql``); SQLite works too, every row drawn
in Python and written with bulk_create, slower (fine for S).

Running it again is safe: a database that already holds the profile is left as it is; one
holding a smaller profile is topped up (S's learners are M's first thousand); one holding a
larger profile, or part of one, is refused with the number found, as is one with real
learners (anyone in the Learner role who is neither a demo account nor synthetic) unless
``--force``: synthetic data does not belong beside people's.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Max
from django.utils import timezone

from lms.demo import learners
from lms.demo.population import DEFAULT_SEED
from lms.demo.profiles import PROFILES, make_profile, profile_index, profile_learners

from .generate_report_data import real_learners


class Command(BaseCommand):
    help = "Write a data profile (S 1,000 / M 10,000 / L 100,000 learners) in bulk."

    def add_arguments(self, parser):
        parser.add_argument("profile", choices=list(PROFILES), help="S, M or L (XS for tests)")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Write even though the database holds real learners.",
        )

    def handle(self, *args, profile, seed, force, **options):
        chosen = PROFILES[profile]
        database = connection.settings_dict["NAME"]
        real = real_learners().count()
        if real and not force:
            raise CommandError(
                f"The database {database!r} holds {real} real learners; a data profile does "
                "not belong beside them. Use a database of its own, or --force."
            )
        have = profile_learners().count()
        if have == chosen.learners:
            self.stdout.write(f"{database} already holds profile {profile} ({have} learners).")
            return
        last = profile_learners().aggregate(last=Max("email"))["last"]
        if have > chosen.learners or (last and profile_index(last) != have - 1):
            named = [p.name for p in PROFILES.values() if p.learners == have]
            which = f"profile {named[0]}" if named else "not a whole profile"
            raise CommandError(
                f"The database {database!r} already holds {have} profile learners ({which}); "
                f"profile {profile} has {chosen.learners}. Start from a database without "
                "them (migrate, then load_demo --learners 0)."
            )
        try:
            context = learners.write_context()
        except ValueError as error:
            raise CommandError(f"{error} Run load_demo first.") from error

        started = time.monotonic()
        now = timezone.now().replace(microsecond=0)

        def progress(message: str) -> None:
            if options["verbosity"] > 0:
                self.stdout.write(f"  {message}")

        if have:
            self.stdout.write(f"Topping {have} profile learners up to {chosen.learners}.")
        written = make_profile(chosen, context, now, seed, progress, first=have)
        seconds = time.monotonic() - started
        rows = ", ".join(f"{label} {count}" for label, count in written.rows.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"{database}: profile {profile} written in {seconds:.1f} s on "
                f"{connection.vendor} ({rows})."
            )
        )
