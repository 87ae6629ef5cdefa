"""Data profiles for measuring the platform at a known size, like Moodle's test plans.

``manage.py make_profile S|M|L`` fills a database that holds the demo's courses
(``load_demo``) with synthetic learners and what they did, in one run and in bulk:

=======  ========  =====================  ==================================================
profile  learners  enrollments (about)    lesson progress, quiz attempts, certificates
=======  ========  =====================  ==================================================
XS           50    5 a learner            for the command's own test
S         1,000    10 a learner, 10,000   in proportion: every learner's story is drawn
M        10,000    100,000                the same way, so M is ten S and L a hundred
L       100,000    1,000,000              several million lesson-progress rows
=======  ========  =====================  ==================================================

Each learner is drawn from a generator seeded with the seed and the learner's number alone
(the same person whatever the profile), with the demo population's countries, regions,
sectors and names (``lms.demo.population``); what they did keeps the platform's rules: a
lesson is ticked only in a course the learner is enrolled in, in outline order; a course is
completed only when every lesson is ticked and, where the course asks for it, the graded
quiz is passed; a quiz is attempted only once every lesson is ticked; a certificate exists
only for a completion in a course that issues them, printed with the course's title, hours
and the passing score; a withdrawn learner ticked nothing.

Everything is written in one transaction (all or nothing). On PostgreSQL, Python draws the
learners only (who they are, when they joined, how diligent, how many courses, when they
first enrolled) and copies them with COPY, a chunk at a time; PostgreSQL then draws what they
did from those, in a few set-based INSERT … SELECT statements that keep the same rules
(``lms.demo.profile_sql``), and every table's secondary indexes, unique constraints and
foreign keys are made once at the end (the learners' too: their three trigram indexes took
half of the learners' writing at L).
On SQLite every row is drawn here, in Python, as plain values (no model instance, no query
per learner; lesson progress as one span per enrollment, expanded at writing), and written
with ``bulk_create`` in large batches (slower; fine for S). The two paths draw the same
learners and the same distributions of what they did, not the same rows of it.

A smaller profile's learners are the first ones of a larger, so a database holding S is
topped up to M, not rebuilt. Profile learners have addresses ``profile-NNNNNNN@`` the
synthetic learners' domain, so ``lms.demo.learners.delete_learners`` removes them too and
the demo's own synthetic learners (``load_demo --learners N``) can sit beside them.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter

from allauth.account.models import EmailAddress
from django.db import connection, transaction
from django.db.models import JSONField

from courses.certificates.codes import ALPHABET, LENGTH, format_code
from courses.models import Certificate, Enrollment, LessonProgress, QuizAttempt
from lms.accounts.models import User

from . import profile_sql
from .learners import UNUSABLE_PASSWORD, WriteContext
from .population import (
    DAYS,
    FIRST_NAMES,
    LAST_NAMES,
    MAX_QUIZ_ATTEMPTS,
    REVOKE_REASONS,
    REVOKED_SHARE,
    SYNTHETIC_DOMAIN,
    CourseInfo,
    draw_profile,
)

PREFIX = "profile-"
CHUNK = 5_000  # learners drawn and written at a time: memory stays flat at any size
SQLITE_BATCH = 5_000  # rows per INSERT on SQLite (Django splits to fit its parameter limit)


@dataclass(frozen=True)
class Profile:
    name: str
    learners: int
    courses_per_learner: int  # the mean; never more than the catalogue holds


PROFILES = {
    "XS": Profile("XS", 50, 5),
    "S": Profile("S", 1_000, 10),
    "M": Profile("M", 10_000, 10),
    "L": Profile("L", 100_000, 10),
}


def profile_email(index: int) -> str:
    return f"{PREFIX}{index:07d}@{SYNTHETIC_DOMAIN}"


def profile_learners():
    """Every learner a profile wrote, and no one else."""
    return User.objects.filter(email__startswith=PREFIX, email__endswith="@" + SYNTHETIC_DOMAIN)


def profile_index(email: str) -> int:
    return int(email[len(PREFIX) :].partition("@")[0])


# --- Rows as plain values ----------------------------------------------------------------------


class Table:
    """One model's rows as tuples in its concrete fields' order, each field not given taking
    the model's default (read once per run: none of these defaults is unique per row but the
    certificate's uuid, which is given)."""

    def __init__(self, model, *, with_pk: bool = False):
        self.model = model
        self.fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
        self.names = [f.attname for f in self.fields]
        self.defaults = {f.attname: f.get_default() for f in self.fields}
        self.json = [isinstance(f, JSONField) for f in self.fields]
        self.rows: list[tuple] = []
        self._row = itemgetter(*self.names)

    def add(self, **values) -> None:
        self.rows.append(self._row(self.defaults | values))


@dataclass
class Drawn:
    """What one chunk of learners wrote, table by table, in write order."""

    users: Table = field(default_factory=lambda: Table(User, with_pk=True))
    groups: Table = field(default_factory=lambda: Table(User.groups.through))
    emails: Table = field(default_factory=lambda: Table(EmailAddress))
    enrollments: Table = field(default_factory=lambda: Table(Enrollment))
    progress: Table = field(default_factory=lambda: Table(LessonProgress))
    attempts: Table = field(default_factory=lambda: Table(QuizAttempt))
    certificates: Table = field(default_factory=lambda: Table(Certificate))
    #: The lessons each enrollment ticked, as spans: (user, course, how many lessons from the
    #: first, when the first, seconds between two), expanded here (``expand_spans``).
    spans: list[tuple] = field(default_factory=list)
    #: On PostgreSQL, what the learners' activity is drawn from (``lms.demo.profile_sql``):
    #: (user, number, courses wanted, diligence, first enrolled).
    learners: list[tuple] = field(default_factory=list)

    def expand_spans(self, context: WriteContext) -> None:
        lessons = {course.pk: course.lesson_ids for course in context.catalogue.courses}
        for user_id, course_id, reach, first_at, gap in self.spans:
            for number, lesson_id in enumerate(lessons[course_id][:reach]):
                self.progress.add(
                    user_id=user_id,
                    lesson_id=lesson_id,
                    course_id=course_id,
                    completed_at=first_at + dt.timedelta(seconds=gap * number),
                )
        self.spans = []

    def tables(self) -> list[Table]:
        return [
            self.users,
            self.groups,
            self.emails,
            self.enrollments,
            self.progress,
            self.attempts,
            self.certificates,
        ]


def _days(rng: random.Random, mean: float) -> dt.timedelta:
    return dt.timedelta(seconds=rng.expovariate(1 / (mean * 86_400)))


def _attempts(rng, course: CourseInfo, diligence: float, start, now) -> list[dict]:
    """The learner's tries at the course's graded quiz, the last one passing if any does."""
    tries, at = [], start
    for number in range(MAX_QUIZ_ATTEMPTS):
        at = at + _days(rng, 0.6 if number == 0 else 2.5)
        submitted = at + dt.timedelta(minutes=rng.uniform(4, 25))
        if submitted > now:
            break
        chance = min(0.97, 0.5 + 0.4 * diligence + 0.1 * number)
        results, right = {}, 0
        for question in course.question_ids:
            correct = rng.random() < chance
            right += correct
            results[str(question)] = {"score": 1.0 if correct else 0.0, "correct": correct}
        score = (Decimal(100 * right) / (len(course.question_ids) or 1)).quantize(Decimal("0.01"))
        passed = score >= course.pass_mark
        tries.append(
            {
                "started_at": at,
                "submitted_at": submitted,
                "question_ids": list(course.question_ids),
                "results": results,
                "score": score,
                "passed": passed,
            }
        )
        at = submitted
        if passed or rng.random() > 0.75:  # passed, or gave up after failing
            break
    return tries


def draw_learner(
    index: int,
    user_id: int,
    profile: Profile,
    context: WriteContext,
    now,
    seed: int,
    out: Drawn,
    *,
    activity: bool = True,
) -> None:
    """Learner number ``index`` and everything they did, added to ``out``'s tables; without
    ``activity``, the learner and what their activity is drawn from (``out.learners``), for
    PostgreSQL to draw it (``lms.demo.profile_sql``)."""
    rng = random.Random(seed * 10_000_019 + index)  # noqa: S311 - demo data, seeded on purpose
    person = draw_profile(index, rng)
    country = person["country"]
    women, men = FIRST_NAMES[country]
    first = rng.choice({"woman": women, "man": men}.get(person["owner_gender"], women + men))
    last = rng.choice(LAST_NAMES[country])
    joined = now - dt.timedelta(days=rng.uniform(1, DAYS))
    email = profile_email(index)
    out.users.add(
        id=user_id,
        email=email,
        first_name=first,
        last_name=last,
        password=UNUSABLE_PASSWORD,
        date_joined=joined,
        **person,
    )
    out.groups.add(user_id=user_id, group_id=context.learner_group_id)
    out.emails.add(user_id=user_id, email=email, verified=True, primary=True)

    courses = context.catalogue.courses
    # Drawn around one more than the mean and capped at the catalogue: with the demo's ten
    # courses, L's learners take nine or ten each, a million enrollments in all.
    wanted = min(len(courses), max(1, round(rng.gauss(profile.courses_per_learner + 1, 1.2))))
    diligence = rng.betavariate(2.2, 2.0)
    enrolled_at = joined + dt.timedelta(minutes=rng.uniform(2, 180))
    if not activity:
        out.learners.append((user_id, index, wanted, diligence, enrolled_at))
        return
    for course in rng.sample(courses, wanted):
        if enrolled_at > now:
            break
        _enrollment(course, user_id, first, last, enrolled_at, diligence, rng, context, now, out)
        enrolled_at = enrolled_at + _days(rng, 2)


def _enrollment(course, user_id, first, last, enrolled_at, diligence, rng, context, now, out):
    lessons = course.lesson_ids
    reach = 0  # lessons ticked, from the first in outline order, a steady pace apart
    if lessons and rng.random() < 0.55 + 0.4 * diligence:
        reach = (
            len(lessons)
            if rng.random() < 0.3 + 0.6 * diligence
            else rng.randint(1, max(1, len(lessons) - 1))
        )
        first_at = enrolled_at + _days(rng, 1.0)
        gap = max(60.0, rng.expovariate(1 / (2.2 * 86_400)))  # seconds between two lessons
        # Only what fits before now.
        reach = (
            min(reach, int((now - first_at).total_seconds() // gap) + 1) if first_at <= now else 0
        )
    status, withdrawn_at, completed_at, last_activity = "active", None, None, None
    tries: list[dict] = []
    if reach:
        out.spans.append((user_id, course.pk, reach, first_at, gap))
        last_activity = first_at + dt.timedelta(seconds=gap * (reach - 1))
        every_lesson = reach == len(lessons)
        if every_lesson and course.quiz_id and course.question_ids:
            tries = _attempts(rng, course, diligence, last_activity, now)
            if tries:
                last_activity = tries[-1]["submitted_at"]
        passed = any(t["passed"] for t in tries)
        if every_lesson and (passed or not (course.needs_quiz and course.quiz_id)):
            completed_at = last_activity
    elif rng.random() < 0.18:
        status = "withdrawn"
        withdrawn_at = last_activity = min(now, enrolled_at + _days(rng, 9))
    out.enrollments.add(
        user_id=user_id,
        course_id=course.pk,
        status=status,
        enrolled_at=enrolled_at,
        withdrawn_at=withdrawn_at,
        completed_at=completed_at,
        last_activity_at=last_activity,
    )
    for attempt in tries:
        out.attempts.add(user_id=user_id, quiz_id=course.quiz_id, **attempt)
    if completed_at is not None and course.certifies:
        issued = completed_at + dt.timedelta(seconds=rng.uniform(1, 40))
        revoked = issued + _days(rng, 25) if rng.random() < REVOKED_SHARE else None
        if revoked is not None and revoked > now:
            revoked = None
        passing = [t["score"] for t in tries if t["passed"]]
        snapshot = context.snapshots[course.pk]
        out.certificates.add(
            uuid=uuid.UUID(int=rng.getrandbits(128), version=4),
            code=_code(rng, context),
            user_id=user_id,
            course_id=course.pk,
            template_id=snapshot.template_id,
            holder_name=f"{first} {last}",
            course_title=snapshot.title,
            course_url=snapshot.url,
            hours=snapshot.hours,
            score=round(passing[-1]) if passing else None,
            completed_at=completed_at,
            issuer_name=context.issuer_name,
            issuer_url=context.issuer_url,
            issued_at=issued,
            # Files stay "being prepared" and no e-mail goes out, as for the demo's learners.
            render_status=Certificate.RenderStatus.PENDING,
            emailed_at=issued,
            revoked_at=revoked,
            revoked_reason=rng.choice(REVOKE_REASONS) if revoked else "",
            revoked_by_id=context.revoker_id if revoked else None,
        )


def _code(rng: random.Random, context: WriteContext) -> str:
    """A verification code in the real codes' form, drawn from the learner's generator (these
    certificates are synthetic: reproducible beats unguessable), never one already used."""
    while True:
        code = format_code("".join(rng.choices(ALPHABET, k=LENGTH)))
        if code not in context.issued_codes:
            context.issued_codes.add(code)
            return code


# --- Writing -------------------------------------------------------------------------------------


def _reserve_user_ids(count: int) -> list[int]:
    """``count`` new user ids: from the table's own sequence on PostgreSQL, after the
    largest on SQLite (one writer at a time there)."""
    table = connection.ops.quote_name(User._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [User._meta.db_table, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
        start = cursor.fetchone()[0] + 1
    return list(range(start, start + count))


def _copy(table: Table) -> None:
    from psycopg.types.json import Jsonb

    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in table.fields)
    statement = f"COPY {quote(table.model._meta.db_table)} ({columns}) FROM STDIN"  # noqa: S608
    json = [i for i, is_json in enumerate(table.json) if is_json]
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in table.rows:
            if json:
                row = list(row)
                for i in json:
                    row[i] = Jsonb(row[i])
            copy.write_row(row)


def _bulk_create(table: Table) -> None:
    names = table.names
    table.model.objects.bulk_create(
        [table.model(**dict(zip(names, row, strict=True))) for row in table.rows],
        batch_size=SQLITE_BATCH,
    )


def write(drawn: Drawn, context: WriteContext) -> None:
    """The chunk's rows: on PostgreSQL the learners (COPY), their activity left for
    ``profile_sql.draw_activity``; elsewhere everything, with ``bulk_create``."""
    if connection.vendor == "postgresql":
        for table in drawn.tables():
            if table.rows:
                _copy(table)
        profile_sql.add_learners(drawn.learners)
        return
    drawn.expand_spans(context)
    for table in drawn.tables():
        if table.rows:
            _bulk_create(table)


@dataclass
class Written:
    rows: Counter = field(default_factory=Counter)

    def add(self, drawn: Drawn) -> None:
        for table in drawn.tables():
            self.rows[table.model._meta.label] += len(table.rows)
        self.rows[LessonProgress._meta.label] += sum(span[2] for span in drawn.spans)


@contextmanager
def indexes_built_after(tables: list[Table]) -> Iterator[None]:
    """On PostgreSQL, drop the tables' secondary indexes (those backing no constraint),
    unique constraints and foreign keys, and make them again at the end: one sorted index
    build, and one check of each foreign key over the whole table, cost far less than
    millions of inserts into the indexes and millions of per-row checks (measured at M: the
    foreign-key checks took three quarters of the lesson progress's INSERT). A duplicate or a
    dangling key fails the run when its constraint is made again, all of it rolled back.
    Inside the caller's transaction, so an interrupted run leaves every index and constraint
    as it was. The tables, and those their
    keys point at, are locked until the end of the transaction: a profile is written into a
    database of its own."""
    if connection.vendor != "postgresql":
        yield
        return
    names = [table.model._meta.db_table for table in tables]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        # Django's foreign keys are checked at commit by default: millions of pending checks
        # would queue in memory, and PostgreSQL alters no table while any is pending. Check
        # any row written before the keys are dropped as it comes instead.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = ANY(%s) "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)",
            [names],
        )
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype IN ('f', 'u') "
            "AND conrelid::regclass::text = ANY(%s) ORDER BY contype DESC",
            [names],
        )
        keys = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {quote(name)}")
        for table, name, _definition in keys:
            cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
    yield
    with connection.cursor() as cursor:
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in reversed(keys):  # unique ones first
            cursor.execute(f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}")


def make_profile(
    profile: Profile,
    context: WriteContext,
    now: dt.datetime,
    seed: int,
    progress: Callable[[str], None] | None = None,
    *,
    first: int = 0,
) -> Written:
    """Write learners ``first`` … of ``profile`` (a smaller profile's learners are the first
    ones of a larger: M tops S up), in one transaction: all of them, or none if interrupted.
    ``progress`` is told what is done as it goes.
    """
    say = progress or (lambda message: None)
    started = time.monotonic()

    def timed(message: str) -> None:
        say(f"{message} ({time.monotonic() - started:.1f} s)")

    written = Written()
    postgres = connection.vendor == "postgresql"
    # Every table written, the learners' too (at L: 17.5 -> 8.7 s for 100,000 learners at
    # load 10, most of it their three trigram indexes updated row by row).
    with transaction.atomic(), indexes_built_after(Drawn().tables()):
        if postgres:
            with connection.cursor() as cursor:
                # Plans over temporary tables the planner cannot size: compiling them (JIT)
                # took longer than running them. Sorts and aggregates of millions of rows
                # in memory.
                cursor.execute("SET LOCAL jit = off")
                # (512 MB: at 256 the lesson progress's sort spilled to disk at L.)
                cursor.execute("SET LOCAL work_mem = '512MB'")
                # Indexes and constraints rebuilt at the end sort millions of rows each.
                cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            profile_sql.prepare(context)
        for start in range(first, profile.learners, CHUNK):
            indexes = range(start, min(start + CHUNK, profile.learners))
            ids = _reserve_user_ids(len(indexes))
            drawn = Drawn()
            for index, user_id in zip(indexes, ids, strict=True):
                draw_learner(
                    index, user_id, profile, context, now, seed, drawn, activity=not postgres
                )
            write(drawn, context)
            written.add(drawn)
            if indexes.stop % 20_000 == 0 or indexes.stop == profile.learners:
                timed(f"{indexes.stop:>7} learners")
        if postgres:
            written.rows.update(profile_sql.draw_activity(context, now, seed, timed))
    timed("indexes built, committed")
    if postgres:
        # Fresh statistics, or the planner takes millions of rows for a few hundred until
        # autovacuum comes by; and, outside a caller's transaction (VACUUM cannot run in
        # one), the enrollments' visibility map set, so that counting a course's 100,000
        # enrollments reads an index alone, as it does on a database autovacuum keeps
        # (docs/performance.md).
        quote = connection.ops.quote_name
        tables = [table.model._meta.db_table for table in Drawn().tables()]
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {', '.join(quote(table) for table in tables)}")
            if not connection.in_atomic_block:
                cursor.execute(f"VACUUM {quote(Enrollment._meta.db_table)}")
        timed("statistics gathered")
    return written
