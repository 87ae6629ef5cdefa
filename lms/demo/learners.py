"""Synthetic learners for the demo: ``load_demo --learners N`` writes them in bulk.

Each learner comes from ``lms.demo.population`` (deterministic for a seed), is in the
Learner role with a verified address at ``learners.example.org`` and an unusable password
(nobody can sign in as one), and carries what the reports count: programme membership,
enrollments, lesson progress, quiz attempts and certificates (with codes from the
certificates' own generator; their files are left "being prepared" and no e-mail is sent, so
nothing renders or sends anything while the demo loads).

Rows are written with ``bulk_create`` in large batches, never one query per learner:
the number of queries depends on the batch count, not on N. Loading is idempotent (a learner
who exists is skipped with everything they did) and ``delete_learners`` removes synthetic
learners only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from courses.certificates.codes import generate_code
from courses.models import (
    Certificate,
    CompletionRule,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
    QuizQuestion,
    TrackPage,
)
from courses.services.certificates import page_url, template_for
from courses.tree import parent_path
from lms.accounts import roles
from lms.accounts.models import User
from lms.programmes.models import EnrollmentCode, Programme, ProgrammeMembership

from . import programmes as demo_programmes
from .population import (
    DEFAULT_SEED,
    SYNTHETIC_DOMAIN,
    Catalogue,
    CourseInfo,
    ProgrammeInfo,
    SyntheticLearner,
    synthesize,
)

DEFAULT_LEARNERS = 3000
BATCH_SIZE = 20_000  # rows per INSERT; SQLite splits further (999 parameters a statement)
# Not a hash: Django reads a password starting with "!" as unusable, so no one can sign in.
UNUSABLE_PASSWORD = "!synthetic-learner"  # noqa: S105
REVOKER_EMAIL = "moderator@example.org"


def synthetic_learners():
    """Every synthetic learner, and no one else."""
    return User.objects.filter(email__endswith="@" + SYNTHETIC_DOMAIN)


# --- The catalogue: what there is to enroll in, read in a constant number of queries ---------


@dataclass
class CourseSnapshot:
    """What a certificate prints about its course, read once per course."""

    title: str
    url: str
    hours: object
    template_id: int | None


@dataclass
class WriteContext:
    """Everything the writers need besides the learners, read once per run."""

    catalogue: Catalogue
    snapshots: dict[int, CourseSnapshot]
    learner_group_id: int
    revoker_id: int | None
    code_limits: dict[int, int | None]
    code_uses: Counter = field(default_factory=Counter)
    issued_codes: set[str] = field(default_factory=set)
    issuer_name: str = ""
    issuer_url: str = ""


def read_catalogue() -> tuple[Catalogue, dict[int, CourseSnapshot]]:
    """The live courses (lessons in outline order, graded quiz and its questions) and the
    demo programmes, as the population generator needs them."""
    tracks = {track.path: track.slug for track in TrackPage.objects.live().only("path", "slug")}
    courses = list(CoursePage.objects.live().order_by("path"))
    lessons = list(LessonPage.objects.live().order_by("path").values_list("pk", "path"))
    quizzes = list(
        QuizPage.objects.live()
        .filter(graded=True)
        .order_by("path")
        .values_list("pk", "path", "pass_mark", "draw_count")
    )
    questions: dict[int, list[int]] = {}
    for quiz_id, question_id in (
        QuizQuestion.objects.filter(quiz_id__in=[q[0] for q in quizzes])
        .order_by("sort_order", "pk")
        .values_list("quiz_id", "pk")
    ):
        questions.setdefault(quiz_id, []).append(question_id)
    infos, snapshots, positions = [], {}, Counter()
    for course in courses:
        track = tracks.get(parent_path(course.path), "")
        quiz = next((q for q in quizzes if q[1].startswith(course.path)), None)
        drawn = tuple(questions.get(quiz[0], ())) if quiz else ()
        if quiz and quiz[3]:
            drawn = drawn[: quiz[3]]
        infos.append(
            CourseInfo(
                pk=course.pk,
                track=track,
                position=positions[track],
                lesson_ids=tuple(pk for pk, path in lessons if path.startswith(course.path)),
                quiz_id=quiz[0] if quiz else None,
                pass_mark=quiz[2] if quiz else 70,
                question_ids=drawn,
                needs_quiz=course.completion_rule == CompletionRule.LESSONS_AND_QUIZZES,
                certifies=course.certificate_enabled,
            )
        )
        positions[track] += 1
        template = template_for(course)
        snapshots[course.pk] = CourseSnapshot(
            course.title, page_url(course), course.estimated_hours, template.pk
        )
    return Catalogue(infos, read_programmes(infos, tracks)), snapshots


def read_programmes(courses: list[CourseInfo], tracks: dict[str, str]) -> list[ProgrammeInfo]:
    """The demo programmes with the courses they cover and the code for each country."""
    found = list(
        Programme.objects.filter(name__in=demo_programmes.NAMES).prefetch_related(
            "tracks", "courses", "codes"
        )
    )
    countries_of_code = demo_programmes.code_countries()
    infos = []
    for programme in found:
        track_slugs = {track.slug for track in programme.tracks.all()}
        course_ids = {course.pk for course in programme.courses.all()}
        course_ids |= {course.pk for course in courses if course.track in track_slugs}
        codes = {
            countries_of_code[code.code]: code.pk
            for code in programme.codes.all()
            if code.code in countries_of_code
        }
        starts = dt.datetime.combine(programme.starts_on, dt.time(8), tzinfo=dt.UTC)
        infos.append(
            ProgrammeInfo(
                pk=programme.pk,
                countries=frozenset(country.code for country in programme.countries),
                starts_at=starts,
                course_ids=tuple(sorted(course_ids)),
                codes=codes,
                women_led=programme.name == demo_programmes.BRAND_PROGRAMME,
            )
        )
    return infos


def write_context() -> WriteContext:
    catalogue, snapshots = read_catalogue()
    code_ids = [pk for p in catalogue.programmes for pk in p.codes.values()]
    codes = EnrollmentCode.objects.filter(pk__in=code_ids).values_list(
        "pk", "max_uses", "used_count"
    )
    limits = {pk: limit for pk, limit, _ in codes}
    uses = Counter({pk: used for pk, _, used in codes})
    return WriteContext(
        catalogue=catalogue,
        snapshots=snapshots,
        learner_group_id=Group.objects.get(name=roles.LEARNER).pk,
        revoker_id=User.objects.filter(email=REVOKER_EMAIL).values_list("pk", flat=True).first(),
        code_limits=limits,
        code_uses=uses,
        issuer_name=getattr(settings, "CERTIFICATE_ISSUER_NAME", settings.WAGTAIL_SITE_NAME),
        issuer_url=settings.SITE_URL + "/",
    )


# --- From synthetic learners to model instances ----------------------------------------------


def user_instance(learner: SyntheticLearner, pk: int | None = None) -> User:
    return User(
        pk=pk,
        email=learner.email,
        first_name=learner.first_name,
        last_name=learner.last_name,
        password=UNUSABLE_PASSWORD,
        date_joined=learner.date_joined,
        **learner.profile,
    )


def _certificate_code(context: WriteContext) -> str:
    while True:  # 80 random bits: a repeat is practically impossible, but costs nothing here
        code = generate_code()
        if code not in context.issued_codes:
            context.issued_codes.add(code)
            return code


def dependent_instances(
    learners: Iterable[tuple[SyntheticLearner, int]], context: WriteContext
) -> dict[type, list]:
    """Every row that hangs off the learners' user ids, model by model, in write order."""
    rows: dict[type, list] = {
        User.groups.through: [],
        EmailAddress: [],
        ProgrammeMembership: [],
        Enrollment: [],
        LessonProgress: [],
        QuizAttempt: [],
        Certificate: [],
    }
    for learner, user_id in learners:
        rows[User.groups.through].append(
            User.groups.through(user_id=user_id, group_id=context.learner_group_id)
        )
        rows[EmailAddress].append(
            EmailAddress(user_id=user_id, email=learner.email, verified=True, primary=True)
        )
        if learner.membership is not None:
            programme_id, code_id, joined_at = learner.membership
            limit = context.code_limits.get(code_id)
            # Past a code's limit the learner was added by a site admin's import instead.
            if code_id is not None and limit is not None and context.code_uses[code_id] >= limit:
                code_id = None
            if code_id is not None:
                context.code_uses[code_id] += 1
            rows[ProgrammeMembership].append(
                ProgrammeMembership(
                    programme_id=programme_id, user_id=user_id, code_id=code_id, joined_at=joined_at
                )
            )
        for e in learner.enrollments:
            rows[Enrollment].append(
                Enrollment(
                    user_id=user_id,
                    course_id=e.course_id,
                    status=e.status,
                    enrolled_at=e.enrolled_at,
                    withdrawn_at=e.withdrawn_at,
                    completed_at=e.completed_at,
                    last_activity_at=e.last_activity_at,
                )
            )
            rows[LessonProgress].extend(
                LessonProgress(
                    user_id=user_id, lesson_id=lesson_id, course_id=e.course_id, completed_at=at
                )
                for lesson_id, at in e.lessons
            )
            rows[QuizAttempt].extend(
                QuizAttempt(
                    user_id=user_id,
                    quiz_id=a.quiz_id,
                    started_at=a.started_at,
                    submitted_at=a.submitted_at,
                    question_ids=a.question_ids,
                    results=a.results,
                    score=a.score,
                    passed=a.passed,
                )
                for a in e.attempts
            )
            if e.certificate_issued_at is not None:
                snapshot = context.snapshots[e.course_id]
                rows[Certificate].append(
                    Certificate(
                        code=_certificate_code(context),
                        user_id=user_id,
                        course_id=e.course_id,
                        template_id=snapshot.template_id,
                        holder_name=learner.full_name,
                        course_title=snapshot.title,
                        course_url=snapshot.url,
                        hours=snapshot.hours,
                        score=e.score,
                        completed_at=e.completed_at,
                        issuer_name=context.issuer_name,
                        issuer_url=context.issuer_url,
                        issued_at=e.certificate_issued_at,
                        # Files stay "being prepared": rendering thousands is a worker's job,
                        # and synthetic learners get no e-mail.
                        render_status=Certificate.RenderStatus.PENDING,
                        emailed_at=e.certificate_issued_at,
                        revoked_at=e.revoked_at,
                        revoked_reason=e.revoked_reason,
                        revoked_by_id=context.revoker_id if e.revoked_at else None,
                    )
                )
    return rows


def count_code_uses(memberships: list[ProgrammeMembership]) -> None:
    """Add the new members to their codes' use counts (one UPDATE a code), as joining with
    a code does."""
    for code_id, uses in Counter(m.code_id for m in memberships if m.code_id).items():
        EnrollmentCode.objects.filter(pk=code_id).update(used_count=F("used_count") + uses)


# --- Loading and removing -----------------------------------------------------------------------


@dataclass
class LoadSummary:
    learners: int = 0
    enrollments: int = 0
    certificates: int = 0
    memberships: int = 0

    def add(self, rows: dict[type, list], learners: int) -> None:
        self.learners += learners
        self.enrollments += len(rows[Enrollment])
        self.certificates += len(rows[Certificate])
        self.memberships += len(rows[ProgrammeMembership])


def generate(
    indexes: Iterable[int], context: WriteContext, now: dt.datetime, seed: int
) -> list[SyntheticLearner]:
    return [synthesize(index, context.catalogue, now, seed) for index in indexes]


@transaction.atomic
def load_learners(
    count: int = DEFAULT_LEARNERS,
    *,
    seed: int = DEFAULT_SEED,
    now: dt.datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> LoadSummary:
    """Make sure synthetic learners 0 … count-1 exist, with everything they did.

    Learners that exist already are left as they are, so a second run adds nothing and a
    larger ``count`` adds only the missing ones. Needs the demo courses (and, for cohorts,
    the demo programmes) to be loaded first.
    """
    summary = LoadSummary()
    if count <= 0:
        return summary
    now = now or timezone.now().replace(microsecond=0)
    existing = set(synthetic_learners().values_list("email", flat=True))
    context = write_context()
    learners = [
        learner
        for learner in generate(range(count), context, now, seed)
        if learner.email not in existing
    ]
    if not learners:
        return summary
    users = User.objects.bulk_create(
        [user_instance(learner) for learner in learners], batch_size=BATCH_SIZE
    )
    if any(user.pk is None for user in users):  # a backend that returns no ids
        ids = dict(synthetic_learners().values_list("email", "pk"))
        for user in users:
            user.pk = ids[user.email]
    rows = dependent_instances(zip(learners, (user.pk for user in users), strict=True), context)
    for model, instances in rows.items():
        model.objects.bulk_create(instances, batch_size=BATCH_SIZE)
    count_code_uses(rows[ProgrammeMembership])
    summary.add(rows, len(learners))
    if progress:
        progress(
            f"{summary.learners} synthetic learners, {summary.enrollments} enrollments, "
            f"{summary.certificates} certificates, {summary.memberships} programme members."
        )
    return summary


def delete_learners() -> int:
    """Remove every synthetic learner and what they did; returns how many learners."""
    users = synthetic_learners()
    memberships = ProgrammeMembership.objects.filter(user__in=users, code__isnull=False)
    for code_id, uses in Counter(memberships.values_list("code_id", flat=True)).items():
        EnrollmentCode.objects.filter(pk=code_id).update(used_count=F("used_count") - uses)
    # What they did first, each in one DELETE, so that deleting the users has little left
    # to collect row by row. Certificates skip Wagtail's per-row reference-index cleanup:
    # bulk-created rows were never indexed, and that signal would cost a query a row.
    certificates = Certificate.objects.filter(user__in=users)
    certificates._raw_delete(certificates.db)
    for model in (
        QuizAttempt,
        LessonProgress,
        Enrollment,
        ProgrammeMembership,
        EmailAddress,
        User.groups.through,
    ):
        model.objects.filter(user__in=users).delete()
    count = users.count()
    users.delete()
    return count
