"""Fill a PostgreSQL database with synthetic learners up to N enrollments, for benchmarks.

    manage.py load_demo --learners 0          # the courses and programmes to enroll in
    manage.py generate_report_data --enrollments 1000000

The learners are the demo's synthetic population (``lms.demo.population``: the same seed
gives the same people), written with PostgreSQL's COPY in chunks of whole learners, each
chunk in its own transaction: an interrupted run leaves only complete learners, and running
the command again tops the enrollments up to N instead of starting over. It writes into the
database DATABASE_URL names, and refuses one that holds real learners (anyone in the Learner
role who is neither a demo account nor synthetic) unless ``--force`` is given.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import JSONField, Max
from django.utils import timezone
from psycopg.types.json import Jsonb

from courses.models import Enrollment
from lms.accounts import roles
from lms.accounts.models import User
from lms.demo import learners
from lms.demo.accounts import DEMO_USERS
from lms.demo.population import DEFAULT_SEED, SYNTHETIC_DOMAIN, synthetic_index

CHUNK = 20_000  # learners per transaction


def real_learners():
    """Learners who are neither demo accounts nor synthetic: people's data."""
    # Plain conditions on the row, not NOT IN (subquery): PostgreSQL would run that
    # subquery once per user when its result is larger than work_mem.
    return (
        User.objects.filter(groups__name=roles.LEARNER)
        .exclude(email__in=[spec["email"] for spec in DEMO_USERS])
        .exclude(email__endswith="@" + SYNTHETIC_DOMAIN)
    )


def copy_instances(model, instances: list, *, with_pk: bool = False) -> None:
    """Write unsaved ``instances`` with COPY.

    Values are read from the instances as constructed (defaults applied, foreign keys as
    ids); only JSON needs adapting. None of these models has auto_now fields, whose
    ``pre_save`` this would skip.
    """
    if not instances:
        return
    fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    statement = f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN"  # noqa: S608
    names = [f.attname for f in fields]
    json = [isinstance(f, JSONField) for f in fields]
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for obj in instances:
            values = obj.__dict__
            copy.write_row(
                [
                    Jsonb(values[name]) if is_json else values[name]
                    for name, is_json in zip(names, json, strict=True)
                ]
            )


def reserve_user_ids(count: int) -> list[int]:
    """``count`` ids from the user table's own sequence, so nothing else can take them."""
    table = User._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, count],
        )
        return [row[0] for row in cursor.fetchall()]


class Command(BaseCommand):
    help = "Add synthetic learners until the database holds N synthetic enrollments (PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enrollments",
            type=int,
            default=1_000_000,
            metavar="N",
            help="Synthetic enrollments to reach (default 1,000,000).",
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Write even though the database holds real learners.",
        )

    def handle(self, *args, enrollments, seed, force, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "generate_report_data writes with PostgreSQL's COPY; point DATABASE_URL at a "
                "PostgreSQL database (on SQLite, use load_demo --learners N)."
            )
        if enrollments < 0:
            raise CommandError("--enrollments must be 0 or more.")
        database = connection.settings_dict["NAME"]
        real = real_learners().count()
        if real and not force:
            raise CommandError(
                f"The database {database!r} holds {real} real learners; synthetic data does "
                "not belong beside them. Use a database of its own, or --force."
            )
        try:
            context = learners.write_context()
        except ValueError as error:
            raise CommandError(f"{error} Run load_demo first.") from error

        synthetic = Enrollment.objects.filter(user__in=learners.synthetic_learners())
        have = synthetic.count()
        if have >= enrollments:
            self.stdout.write(f"{database} already holds {have} synthetic enrollments.")
            return
        last = learners.synthetic_learners().aggregate(last=Max("email"))["last"]
        index = (synthetic_index(last) + 1) if last else 0
        now = timezone.now().replace(microsecond=0)
        started = time.monotonic()
        totals = learners.LoadSummary()
        while have < enrollments:
            batch = learners.generate(range(index, index + CHUNK), context, now, seed)
            # Stop at the learner who reaches N, so the total is N give or take one learner.
            kept = []
            for learner in batch:
                if have >= enrollments:
                    break
                kept.append(learner)
                have += len(learner.enrollments)
            index += len(batch)
            with transaction.atomic():
                ids = reserve_user_ids(len(kept))
                copy_instances(
                    User,
                    [
                        learners.user_instance(learner, pk)
                        for learner, pk in zip(kept, ids, strict=True)
                    ],
                    with_pk=True,
                )
                rows = learners.dependent_instances(zip(kept, ids, strict=True), context)
                for model, instances in rows.items():
                    copy_instances(model, instances)
                learners.count_code_uses(rows[learners.ProgrammeMembership])
            totals.add(rows, len(kept))
            self.stdout.write(
                f"{have:>9} enrollments, {totals.learners} learners added "
                f"({time.monotonic() - started:.0f} s)"
            )
        # Fresh statistics for every table written, or the planner takes a million rows
        # for a few hundred until autovacuum comes by.
        with connection.cursor() as cursor:
            for model in rows:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
            cursor.execute(f"ANALYZE {connection.ops.quote_name(User._meta.db_table)}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{database}: {have} synthetic enrollments; added {totals.learners} learners, "
                f"{totals.enrollments} enrollments, {totals.certificates} certificates, "
                f"{totals.memberships} programme members in {time.monotonic() - started:.0f} s."
            )
        )
