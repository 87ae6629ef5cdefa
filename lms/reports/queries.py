"""The raw aggregates behind every report: a fixed number of GROUP BY queries.

Nothing here loops over learners in Python: each function is one (or a fixed few) aggregate
queries whatever the data size, returning plain numbers that ``services`` turns into
suppressed, rounded cells. Nothing here is published as is.

Who is counted is decided once, in ``Selection``: learners (the Learner role) whose country
is in the scope (and the country filter), members of the programme when one is chosen; which
courses are counted likewise: the course, the track's courses, the programme's courses.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db.models import (
    Case,
    Count,
    F,
    FloatField,
    Func,
    IntegerField,
    Max,
    Q,
    Value,
    When,
)
from django.db.models.functions import Substr, TruncMonth
from django.utils import timezone
from wagtail.models import Page

from courses.models import (
    Certificate,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    TrackPage,
)
from courses.services.certificates import counted_in_reports
from courses.tree import parent_path, sources
from lms.accounts import roles
from lms.accounts.models import User
from lms.db_routers import reports_connection
from lms.programmes.models import ProgrammeMembership

from .filters import ReportFilters, programmes_in_scope
from .scope import ReportScope

PROFILE_FIELDS = (
    "country",
    "region",
    "sector",
    "enterprise_size",
    "owner_gender",
    "export_stage",
    "consent_statistics",
)
ACTIVE_DAYS = 30


# --- The page tree: tracks, courses, lessons ----------------------------------------------


@dataclass(frozen=True)
class CourseInfo:
    title: str
    track_id: int | None
    path: str
    lessons: int


@dataclass(frozen=True)
class Catalogue:
    """Tracks and courses (live or not: old enrollments still count) with lesson totals."""

    tracks: dict[int, str]
    courses: dict[int, CourseInfo]

    def courses_of_track(self, track_id: int) -> set[int]:
        return {pk for pk, info in self.courses.items() if info.track_id == track_id}


def load_catalogue() -> Catalogue:
    """Three queries (tracks, courses, lessons per course), whatever the number of pages."""
    # Translations hold no enrollments: each track and course counts once, in its source.
    tracks = list(sources(TrackPage.objects).order_by("path").values_list("pk", "title", "path"))
    track_by_path = {path: pk for pk, _title, path in tracks}
    courses = list(sources(CoursePage.objects).order_by("path").values_list("pk", "title", "path"))
    lessons: dict[str, int] = {}
    depths = {len(path) for _pk, _title, path in courses}
    if depths:
        # Courses sit at one depth in practice (under a track), so this is one query.
        for length in sorted(depths):
            rows = (
                LessonPage.objects.live()
                .filter(depth__gt=length // Page.steplen)
                .annotate(course_path=Substr("path", 1, length))
                .values("course_path")
                .annotate(n=Count("pk"))
                .order_by()
            )
            lessons.update({row["course_path"]: row["n"] for row in rows})
    return Catalogue(
        tracks={pk: title for pk, title, _path in tracks},
        courses={
            pk: CourseInfo(
                title=title,
                track_id=track_by_path.get(parent_path(path)),
                path=path,
                lessons=lessons.get(path, 0),
            )
            for pk, title, path in courses
        },
    )


@dataclass(frozen=True)
class ProgrammeInfo:
    pk: int
    name: str
    course_ids: frozenset[int]
    targets: dict[str, int | None]


def load_programmes(scope: ReportScope, catalogue: Catalogue, only: int | None = None):
    """Programmes in scope with the courses each covers (its courses and its tracks')."""
    programmes = programmes_in_scope(scope).prefetch_related("tracks", "courses")
    if only is not None:
        programmes = programmes.filter(pk=only)
    result = []
    for programme in programmes:
        course_ids = {course.pk for course in programme.courses.all()}
        for track in programme.tracks.all():
            course_ids |= catalogue.courses_of_track(track.pk)
        result.append(
            ProgrammeInfo(
                pk=programme.pk,
                name=programme.name,
                course_ids=frozenset(course_ids),
                targets={
                    "enrolled": programme.target_enrollments,
                    "completions": programme.target_completions,
                    "certificates": programme.target_certificates,
                    "women_owned_share": programme.target_women_owned_share,
                    "micro_share": programme.target_micro_share,
                },
            )
        )
    return result


# --- Who and what is counted --------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """The learners, courses and period a report counts; built by ``select``."""

    countries: frozenset[str] | None
    course_ids: frozenset[int] | None
    programme_id: int | None
    start: dt.datetime | None
    end: dt.datetime | None
    now: dt.datetime
    catalogue: Catalogue = field(repr=False)
    programmes: tuple[ProgrammeInfo, ...] = field(repr=False, default=())

    # Conditions, each with an optional relation prefix ("user__") so the same rule
    # filters users, enrollments, certificates and attempts.

    def learner_q(self, prefix: str = "") -> Q:
        q = Q(**{f"{prefix}groups__name": roles.LEARNER})
        if self.countries is not None:
            q &= Q(**{f"{prefix}country__in": sorted(self.countries)})
        if self.programme_id is not None:
            q &= Q(**{f"{prefix}programme_memberships__programme_id": self.programme_id})
        return q

    def course_q(self, lookup: str = "course_id", course_ids=None) -> Q:
        ids = self.course_ids if course_ids is None else course_ids
        if ids is None:
            return Q()
        return Q(**{f"{lookup}__in": sorted(ids)})

    def quiz_course_q(self) -> Q:
        """Quizzes inside the selected courses, by page path (quizzes name no course)."""
        if self.course_ids is None:
            return Q()
        q = Q(pk__in=[])
        for pk in sorted(self.course_ids):
            info = self.catalogue.courses.get(pk)
            if info:
                q |= Q(quiz__path__startswith=info.path)
        return q

    def period_q(self, name: str) -> Q:
        q = Q()
        if self.start:
            q &= Q(**{f"{name}__gte": self.start})
        if self.end:
            q &= Q(**{f"{name}__lt": self.end})
        return q

    @property
    def reference(self) -> dt.datetime:
        """The instant "the last 30 days" end at: the end of the period, or now if earlier."""
        return min(self.end, self.now) if self.end else self.now

    def learners(self):
        return User.objects.filter(self.learner_q())

    def enrollments(self):
        return Enrollment.objects.filter(self.learner_q("user__"), self.course_q())

    def certificates(self):
        return Certificate.objects.filter(
            self.learner_q("user__"), self.course_q(), counted_in_reports()
        )


def select(
    scope: ReportScope,
    filters: ReportFilters,
    *,
    now: dt.datetime | None = None,
    with_programmes: bool = True,
) -> Selection:
    """Decide who and what a report counts. A country outside the scope selects nobody.

    ``with_programmes=False`` loads the filtered programme only (the public totals need no
    programme breakdown)."""
    if filters.country:
        countries = frozenset({filters.country}) if scope.allows(filters.country) else frozenset()
    else:
        countries = scope.countries
    catalogue = load_catalogue()
    if with_programmes or filters.programme_id is not None:
        programmes = tuple(load_programmes(scope, catalogue, only=filters.programme_id))
    else:
        programmes = ()
    course_ids: set[int] | None = None

    def narrow(ids):
        nonlocal course_ids
        course_ids = set(ids) if course_ids is None else course_ids & set(ids)

    if filters.course_id is not None:
        narrow({filters.course_id})
    if filters.track_id is not None:
        narrow(catalogue.courses_of_track(filters.track_id))
    programme_id = filters.programme_id
    if programme_id is not None:
        chosen = [p for p in programmes if p.pk == programme_id]
        if chosen:
            narrow(chosen[0].course_ids)
        else:  # not in scope: count nobody
            countries = frozenset()
    return Selection(
        countries=countries,
        course_ids=None if course_ids is None else frozenset(course_ids),
        programme_id=programme_id,
        start=filters.period_start,
        end=filters.period_end,
        now=now or timezone.now(),
        catalogue=catalogue,
        programmes=programmes,
    )


# --- The aggregates -----------------------------------------------------------------------


def registered_total(sel: Selection) -> dict[str, int]:
    """One query: learners registered in the period (the public page needs nothing more)."""
    return sel.learners().aggregate(registered=Count("pk", filter=sel.period_q("date_joined")))


def enrollment_totals(sel: Selection) -> dict[str, int]:
    """One query over enrollments: begun, completed, completion base, active learners."""
    begun = sel.period_q("enrolled_at")
    completed = sel.period_q("completed_at") & Q(completed_at__isnull=False)
    begun_and_completed = begun & Q(completed_at__isnull=False)
    active = Q(
        last_activity_at__gte=sel.reference - dt.timedelta(days=ACTIVE_DAYS),
        last_activity_at__lt=sel.reference,
    )
    return sel.enrollments().aggregate(
        enrollments=Count("pk", filter=begun),
        enrolled_learners=Count("user_id", filter=begun, distinct=True),
        completions=Count("pk", filter=completed),
        completion_learners=Count("user_id", filter=completed, distinct=True),
        begun_completed=Count("pk", filter=begun_and_completed),
        begun_completed_learners=Count("user_id", filter=begun_and_completed, distinct=True),
        active_learners=Count("user_id", filter=active, distinct=True),
    )


def lesson_totals(sel: Selection) -> dict[str, int]:
    rows = LessonProgress.objects.filter(
        sel.learner_q("user__"), sel.course_q(), sel.period_q("completed_at")
    )
    return rows.aggregate(lessons=Count("pk"), lesson_learners=Count("user_id", distinct=True))


def certificate_totals(sel: Selection) -> dict[str, int]:
    rows = sel.certificates().filter(sel.period_q("issued_at"))
    return rows.aggregate(
        certificates=Count("pk"), certificate_learners=Count("user_id", distinct=True)
    )


def quiz_totals(sel: Selection) -> dict[str, int]:
    rows = QuizAttempt.objects.filter(
        sel.learner_q("user__"),
        sel.quiz_course_q(),
        sel.period_q("submitted_at"),
        submitted_at__isnull=False,
    )
    passed = Q(passed=True)
    return rows.aggregate(
        attempts=Count("pk"),
        attempt_learners=Count("user_id", distinct=True),
        passed_attempts=Count("pk", filter=passed),
        passed_learners=Count("user_id", filter=passed, distinct=True),
    )


class DaysBetween(Func):
    """(end - start) in days as a float, on PostgreSQL and SQLite."""

    output_field = FloatField()
    arity = 2

    def as_sql(self, compiler, connection, **extra):
        end, start = (compiler.compile(e) for e in self.get_source_expressions())
        return f"(julianday({end[0]}) - julianday({start[0]}))", [*end[1], *start[1]]

    def as_postgresql(self, compiler, connection, **extra):
        end, start = (compiler.compile(e) for e in self.get_source_expressions())
        return (
            f"(EXTRACT(EPOCH FROM ({end[0]} - {start[0]})) / 86400.0)",
            [*end[1], *start[1]],
        )


def median_days_to_complete(sel: Selection) -> tuple[float | None, int]:
    """The median of (completed - enrolled) in days over completions in the period, and the
    number of learners it describes. PostgreSQL: percentile_cont(0.5); elsewhere the same
    interpolated median with window functions. One query."""
    inner = (
        sel.enrollments()
        .filter(sel.period_q("completed_at"), completed_at__isnull=False)
        .annotate(days=DaysBetween(F("completed_at"), F("enrolled_at")))
        .values("days", "user_id")
        .order_by()
    )
    try:
        sql, params = inner.query.sql_with_params()
    except EmptyResultSet:
        return None, 0
    if reports_connection().vendor == "postgresql":
        query = (
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t.days), "  # noqa: S608
            f"COUNT(DISTINCT t.user_id) FROM ({sql}) t"
        )
    else:
        # percentile_cont(0.5) is the mean of the middle one or two values.
        query = (
            "SELECT (SELECT AVG(o.days) FROM (SELECT t.days, "  # noqa: S608
            "ROW_NUMBER() OVER (ORDER BY t.days) AS rn, COUNT(*) OVER () AS c "
            f"FROM ({sql}) t) o WHERE o.rn IN ((o.c + 1) / 2, (o.c + 2) / 2)), "
            f"(SELECT COUNT(DISTINCT t2.user_id) FROM ({sql}) t2)"
        )
        params = (*params, *params)
    with reports_connection().cursor() as cursor:
        cursor.execute(query, params)
        median, learners = cursor.fetchone()
    return (None if median is None else float(median)), int(learners or 0)


FUNNEL = ("enrolled", "started", "half_done", "completed", "certified")
MEASURES = ("registered", "enrolled", "completed", "certified")


def _flag(q: Q):
    """1 where ``q`` holds, else 0 (1 everywhere for an empty condition)."""
    if not q:
        return Value(1)
    return Case(When(q, then=Value(1)), default=Value(0), output_field=IntegerField())


def _sql(queryset) -> tuple[str, tuple]:
    return queryset.query.sql_with_params()


def profile_cube(sel: Selection) -> list[dict]:
    """One query: learners grouped by every profile field at once, with the four measures
    and the funnel stages of the period's registrations.

    Each learner falls in exactly one group, so any breakdown (country, region, sector…)
    and every total is a sum of these groups; the number of groups is bounded by the
    profile vocabularies, not by the number of learners. What each learner did is
    aggregated once per table, grouped by learner (enrollments, certificates, lesson
    progress), and joined to the learners: hash joins that scale with the data, where
    ``IN (subquery)`` flags would fall back to a scan per learner once they outgrow memory.
    """
    completed = Q(completed_at__isnull=False)
    enrollments = (
        Enrollment.objects.filter(sel.course_q())
        .values("user_id")
        .annotate(
            enrolled=Max(_flag(sel.period_q("enrolled_at"))),
            completed=Max(_flag(sel.period_q("completed_at") & completed)),
            any_completed=Max(_flag(completed)),
        )
        .order_by()
    )
    certificates = (
        Certificate.objects.filter(sel.course_q(), counted_in_reports())
        .values("user_id")
        .annotate(certified=Max(_flag(sel.period_q("issued_at"))))
        .order_by()
    )
    halves = [
        When(course_id=pk, then=Value((info.lessons + 1) // 2))
        for pk, info in sorted(sel.catalogue.courses.items())
        if info.lessons and (sel.course_ids is None or pk in sel.course_ids)
    ]
    per_course = (
        LessonProgress.objects.filter(sel.course_q())
        .values("user_id", "course_id")
        .annotate(
            done=Count("pk"),
            half=Case(*halves, default=None, output_field=IntegerField())
            if halves
            else Value(None, output_field=IntegerField()),
        )
        .order_by()
    )
    learners = (
        sel.learners()
        .annotate(joined=_flag(sel.period_q("date_joined")))
        .values("id", "joined", *PROFILE_FIELDS)
        .order_by()
    )
    try:
        parts = [_sql(q) for q in (learners, enrollments, certificates, per_course)]
    except EmptyResultSet:  # nobody can match (e.g. a country outside the scope)
        return []
    (l_sql, l_p), (e_sql, e_p), (c_sql, c_p), (p_sql, p_p) = parts

    def total(*conditions):
        return f"SUM(CASE WHEN {' AND '.join(conditions)} THEN 1 ELSE 0 END)"

    reached = {
        "registered": "u.joined = 1",
        "enrolled": "e.user_id IS NOT NULL",
        "started": "p.user_id IS NOT NULL",
        "half_done": "p.half_done = 1",
        "completed": "e.any_completed = 1",
        "certified": "c.user_id IS NOT NULL",
    }
    columns = [
        f"{total('u.joined = 1')} AS registered",
        f"{total('e.enrolled = 1')} AS enrolled",
        f"{total('e.completed = 1')} AS completed",
        f"{total('c.certified = 1')} AS certified",
    ]
    # The funnel is cumulative: each stage requires the ones before it, so stages nest.
    stages = [reached["registered"]]
    for stage in FUNNEL:
        stages.append(reached[stage])
        columns.append(f"{total(*stages)} AS funnel_{stage}")
    group = ", ".join(f"u.{name}" for name in PROFILE_FIELDS)
    query = (
        f"SELECT {group}, {', '.join(columns)} FROM ({l_sql}) u "  # noqa: S608
        f"LEFT JOIN ({e_sql}) e ON e.user_id = u.id "
        f"LEFT JOIN ({c_sql}) c ON c.user_id = u.id "
        "LEFT JOIN (SELECT t.user_id, MAX(CASE WHEN t.done >= t.half THEN 1 ELSE 0 END) "
        f"AS half_done FROM ({p_sql}) t GROUP BY t.user_id) p ON p.user_id = u.id "
        f"GROUP BY {group}"
    )
    with reports_connection().cursor() as cursor:
        cursor.execute(query, (*l_p, *e_p, *c_p, *p_p))
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:  # SQLite answers 0/1 for booleans, and sums may be Decimal
        row["consent_statistics"] = bool(row["consent_statistics"])
        for name in (*MEASURES, *(f"funnel_{stage}" for stage in FUNNEL)):
            row[name] = int(row[name] or 0)
    return rows


def monthly(sel: Selection) -> dict[str, dict[dt.date, tuple[int, int]]]:
    """Four queries: per calendar month, (events, learners) for registrations, enrollments
    begun, courses completed and certificates issued."""

    def by_month(rows, date_field, learner_field):
        grouped = (
            rows.filter(sel.period_q(date_field), **{f"{date_field}__isnull": False})
            .annotate(month=TruncMonth(date_field))
            .values("month")
            .annotate(n=Count("pk"), learners=Count(learner_field, distinct=True))
            .order_by()
        )
        return {_as_date(row["month"]): (row["n"], row["learners"]) for row in grouped}

    return {
        "registrations": by_month(sel.learners(), "date_joined", "pk"),
        "enrollments": by_month(sel.enrollments(), "enrolled_at", "user_id"),
        "completions": by_month(sel.enrollments(), "completed_at", "user_id"),
        "certificates": by_month(sel.certificates(), "issued_at", "user_id"),
    }


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):  # some SQLite builds return text
        return dt.date.fromisoformat(value[:10])
    return value


def by_course(sel: Selection) -> dict[int, dict[str, int]]:
    """Two queries: learners enrolled, completed and certified per course."""
    rows = (
        sel.enrollments()
        .values("course_id")
        .annotate(
            enrolled=Count("user_id", filter=sel.period_q("enrolled_at"), distinct=True),
            completed=Count(
                "user_id",
                filter=sel.period_q("completed_at") & Q(completed_at__isnull=False),
                distinct=True,
            ),
        )
        .order_by()
    )
    result = {row["course_id"]: {**row, "certified": 0} for row in rows}
    certs = (
        sel.certificates()
        .filter(sel.period_q("issued_at"), course_id__isnull=False)
        .values("course_id")
        .annotate(certified=Count("user_id", distinct=True))
        .order_by()
    )
    for row in certs:
        result.setdefault(row["course_id"], {"enrolled": 0, "completed": 0})
        result[row["course_id"]]["certified"] = row["certified"]
    return result


def by_track(sel: Selection) -> dict[int, dict[str, int]]:
    """Two queries: distinct learners per track (a learner in two of its courses is one)."""
    whens = [
        When(course_id=pk, then=Value(info.track_id))
        for pk, info in sorted(sel.catalogue.courses.items())
        if info.track_id is not None
    ]
    if not whens:
        return {}
    track = Case(*whens, default=None, output_field=IntegerField())
    rows = (
        sel.enrollments()
        .annotate(track=track)
        .values("track")
        .annotate(
            enrolled=Count("user_id", filter=sel.period_q("enrolled_at"), distinct=True),
            completed=Count(
                "user_id",
                filter=sel.period_q("completed_at") & Q(completed_at__isnull=False),
                distinct=True,
            ),
        )
        .order_by()
    )
    result = {row["track"]: {**row, "certified": 0} for row in rows if row["track"]}
    certs = (
        sel.certificates()
        .filter(sel.period_q("issued_at"))
        .annotate(track=track)
        .values("track")
        .annotate(certified=Count("user_id", distinct=True))
        .order_by()
    )
    for row in certs:
        if row["track"]:
            result.setdefault(row["track"], {"enrolled": 0, "completed": 0})
            result[row["track"]]["certified"] = row["certified"]
    return result


def by_programme(sel: Selection) -> dict[int, dict[str, int]]:
    """Three queries: per programme, its members among the selected learners, and those of
    them enrolled, completed and certified in the programme's own courses (joins, grouped
    by programme, never a scan per member)."""
    programmes = sel.programmes
    if not programmes:
        return {}

    def courses_of(programme):
        if sel.course_ids is None:
            return programme.course_ids
        return programme.course_ids & sel.course_ids

    members = ProgrammeMembership.objects.filter(
        sel.learner_q("user__"), programme_id__in=[p.pk for p in programmes]
    )
    result = {
        row["programme_id"]: {**row, "enrolled": 0, "completed": 0, "certified": 0}
        for row in members.values("programme_id").annotate(members=Count("pk")).order_by()
    }

    def own_courses(relation):
        condition = Q(pk__in=[])
        for programme in programmes:
            condition |= Q(programme_id=programme.pk) & Q(
                **{f"user__{relation}__course_id__in": sorted(courses_of(programme))}
            )
        return condition

    enrolled = (
        members.filter(own_courses("enrollments"))
        .values("programme_id")
        .annotate(
            enrolled=Count(
                "user_id", filter=sel.period_q("user__enrollments__enrolled_at"), distinct=True
            ),
            completed=Count(
                "user_id",
                filter=sel.period_q("user__enrollments__completed_at")
                & Q(user__enrollments__completed_at__isnull=False),
                distinct=True,
            ),
        )
        .order_by()
    )
    for row in enrolled:
        result[row["programme_id"]].update(enrolled=row["enrolled"], completed=row["completed"])
    certified = (
        members.filter(own_courses("certificates"), counted_in_reports("user__certificates__"))
        .values("programme_id")
        .annotate(
            certified=Count(
                "user_id", filter=sel.period_q("user__certificates__issued_at"), distinct=True
            )
        )
        .order_by()
    )
    for row in certified:
        result[row["programme_id"]]["certified"] = row["certified"]
    return result


def public_totals_by_country(sel: Selection) -> dict[str, dict[str, int]]:
    """Three queries: the public figures' raw totals for each learner country at once.

    A learner has one country, so the countries' learner counts add up to the whole: the
    public page's overall line is the sum of these rows, counted in the same pass.
    """
    result: dict[str, dict[str, int]] = defaultdict(dict)
    registered = (
        sel.learners()
        .values("country")
        .annotate(n=Count("pk", filter=sel.period_q("date_joined")))
        .order_by()
    )
    for row in registered:
        result[row["country"] or ""]["registered"] = row["n"]
    begun = sel.period_q("enrolled_at")
    completed = sel.period_q("completed_at") & Q(completed_at__isnull=False)
    enrollments = (
        sel.enrollments()
        .values("user__country")
        .annotate(
            enrolled_learners=Count("user_id", filter=begun, distinct=True),
            completions=Count("pk", filter=completed),
            completion_learners=Count("user_id", filter=completed, distinct=True),
        )
        .order_by()
    )
    for row in enrollments:
        country = row.pop("user__country") or ""
        result[country].update(row)
    certificates = (
        sel.certificates()
        .filter(sel.period_q("issued_at"))
        .values("user__country")
        .annotate(certificates=Count("pk"), certificate_learners=Count("user_id", distinct=True))
        .order_by()
    )
    for row in certificates:
        country = row.pop("user__country") or ""
        result[country].update(row)
    return dict(result)
