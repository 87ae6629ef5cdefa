"""A random but reproducible population for report tests, and its rows in plain Python.

``build`` writes learners (with every profile value, blanks and refusals of consent),
their enrollments, lessons, quiz attempts, certificates (some revoked) and programme
memberships over 2026, in three countries, plus staff who must never be counted. ``Rows``
reads it all back as plain tuples, for the independent counts in ``oracle``.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from dataclasses import dataclass

from django.contrib.auth.models import Group

from courses.models import (
    Certificate,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
    TrackPage,
)
from lms.accounts import roles
from lms.accounts.choices import EnterpriseSize, ExportStage, OwnerGender, Sector
from lms.accounts.models import AnalystScope, User
from lms.programmes.models import Programme, ProgrammeMembership

COUNTRIES = {"KE": ["Nairobi", "Mombasa", "Kisumu"], "UG": ["Kampala", "Gulu"], "TZ": ["Dodoma"]}
WEIGHTS = {"KE": 0.6, "UG": 0.33, "TZ": 0.07}  # Tanzania small: its cells get suppressed
COMMON_SECTORS = ["C", "G", "A", "J", "I", "M"]
NOW = dt.datetime(2027, 1, 10, 12, tzinfo=dt.UTC)
YEAR_START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def build_tree() -> None:
    """The demo home page and tracks, and two small courses per track (one with an odd
    number of lessons), each lesson and quiz a plain live page: fast to create."""
    from courses.models import ModulePage
    from lms.demo import site

    home = site.load_home_page()
    for t, track in enumerate(site.load_tracks(home)):
        for c in range(2):
            course = track.add_child(
                instance=CoursePage(title=f"Course {t}.{c}", slug=f"course-{t}-{c}", summary="s")
            )
            module = course.add_child(instance=ModulePage(title="Module", slug="module"))
            for n in range(3 if (t, c) == (0, 1) else 4):
                module.add_child(instance=LessonPage(title=f"Lesson {n}", slug=f"lesson-{n}"))
            module.add_child(instance=QuizPage(title="Quiz", slug="quiz"))


def _moment(rng: random.Random, after: dt.datetime, days: int = 365) -> dt.datetime:
    limit = min(NOW, after + dt.timedelta(days=days))
    span = max(1, int((limit - after).total_seconds()))
    return after + dt.timedelta(seconds=rng.randrange(span))


def _maybe(rng, choices, blank=0.08):
    return "" if rng.random() < blank else rng.choice(choices)


def build(learners: int = 400, seed: int = 11) -> dict:
    """Write the population; returns the objects tests refer to by name."""
    rng = random.Random(seed)
    learner_group = Group.objects.get(name=roles.LEARNER)
    courses = list(CoursePage.objects.order_by("path"))
    lessons = {
        c.pk: list(LessonPage.objects.live().descendant_of(c).order_by("path")) for c in courses
    }
    quizzes = {c.pk: list(QuizPage.objects.live().descendant_of(c)) for c in courses}
    tracks = list(TrackPage.objects.order_by("path"))

    users = []
    for n in range(learners):
        country = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        users.append(
            User(
                email=f"pop{seed}-{n}@example.org",
                first_name=f"L{n}",
                country=country,
                region=_maybe(rng, COUNTRIES[country], 0.1),
                sector=_maybe(rng, COMMON_SECTORS + [s for s, _l in Sector.choices]),
                enterprise_size=_maybe(rng, [v for v, _l in EnterpriseSize.choices] + ["micro"]),
                owner_gender=_maybe(rng, [v for v, _l in OwnerGender.choices]),
                export_stage=_maybe(rng, [v for v, _l in ExportStage.choices]),
                consent_statistics=rng.random() < 0.75,
                date_joined=_moment(rng, YEAR_START, 360),
            )
        )
    # Learners without a country and staff in scope countries: never in an analyst's figures.
    users.append(User(email=f"pop{seed}-nocountry@example.org", date_joined=YEAR_START))
    users = User.objects.bulk_create(users)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=learner_group.pk) for u in users]
    )
    for n, country in enumerate(("KE", "UG")):
        staff = User.objects.create(email=f"pop{seed}-trainer{n}@example.org", country=country)
        roles.assign_role(staff, roles.TRAINER)

    programme = Programme.objects.create(
        name=f"Export readiness {seed}",
        sponsor="Ministry of Trade",
        countries=["KE", "UG"],
        starts_on=dt.date(2026, 1, 1),
        ends_on=dt.date(2026, 12, 31),
        target_enrollments=200,
        target_completions=80,
        target_certificates=60,
        target_women_owned_share=40,
        target_micro_share=50,
    )
    programme.tracks.set(tracks[:1])
    programme.save()
    other = Programme.objects.create(
        name=f"Tanzania pilot {seed}",
        sponsor="Agency",
        countries=["TZ"],
        starts_on=dt.date(2026, 3, 1),
        ends_on=dt.date(2026, 9, 30),
    )
    other.courses.set(courses[-1:])
    other.save()

    enrollments, progress, attempts, certificates, members = [], [], [], [], []
    for user in users[:-1]:
        if rng.random() < 0.3 and user.country in ("KE", "UG"):
            members.append(ProgrammeMembership(programme=programme, user=user))
        elif rng.random() < 0.3 and user.country == "TZ":
            members.append(ProgrammeMembership(programme=other, user=user))
        if rng.random() < 0.15:
            continue  # registered, never enrolled
        for course in rng.sample(courses, k=rng.choice([1, 1, 2, 3])):
            enrolled_at = _moment(rng, user.date_joined, 120)
            course_lessons = lessons[course.pk]
            done = rng.choice([0, 0, 1, len(course_lessons) // 2, len(course_lessons)])
            done = min(done, len(course_lessons))
            moment = enrolled_at
            for lesson in course_lessons[:done]:
                moment = _moment(rng, moment, 20)
                progress.append(
                    LessonProgress(user=user, lesson=lesson, course=course, completed_at=moment)
                )
            completed_at = moment if done and done == len(course_lessons) else None
            enrollments.append(
                Enrollment(
                    user=user,
                    course=course,
                    enrolled_at=enrolled_at,
                    completed_at=completed_at,
                    last_activity_at=moment,
                    status="withdrawn" if rng.random() < 0.05 else "active",
                )
            )
            for quiz in quizzes[course.pk][: 1 if done else 0]:
                for _try in range(rng.choice([1, 1, 2])):
                    attempts.append(
                        QuizAttempt(
                            user=user,
                            quiz=quiz,
                            started_at=moment,
                            submitted_at=_moment(rng, moment, 2),
                            passed=rng.random() < 0.6,
                        )
                    )
            if completed_at and rng.random() < 0.8:
                certificates.append(
                    Certificate(
                        code=secrets.token_hex(8),
                        user=user,
                        course=course,
                        holder_name=user.first_name,
                        course_title=course.title,
                        completed_at=completed_at,
                        issuer_name="GGA",
                        issuer_url="https://example.org",
                        issued_at=completed_at + dt.timedelta(minutes=5),
                        revoked_at=NOW if rng.random() < 0.07 else None,
                    )
                )
    Enrollment.objects.bulk_create(enrollments)
    LessonProgress.objects.bulk_create(progress)
    QuizAttempt.objects.bulk_create(attempts)
    Certificate.objects.bulk_create(certificates)
    ProgrammeMembership.objects.bulk_create(members)
    return {"programme": programme, "other_programme": other, "courses": courses, "tracks": tracks}


def analyst_for(countries: list[str], email: str) -> User:
    """A ministry analyst scoped to ``countries``."""
    from tests.factories import UserFactory

    analyst = UserFactory(email=email, role=roles.MINISTRY_ANALYST, profile=False)
    AnalystScope.objects.create(user=analyst, countries=countries)
    return analyst


@dataclass
class Rows:
    """Everything the reports read, as plain tuples (for counting in plain Python)."""

    users: list[dict]
    enrollments: list[dict]
    progress: list[dict]
    attempts: list[dict]
    certificates: list[dict]
    members: list[dict]
    course_paths: dict[int, str]
    course_track: dict[int, int]
    lessons_per_course: dict[int, int]
    quiz_course: dict[int, int]
    programme_courses: dict[int, set[int]]

    @classmethod
    def load(cls) -> Rows:
        learner_ids = set(
            User.objects.filter(groups__name=roles.LEARNER).values_list("pk", flat=True)
        )
        users = [
            u
            for u in User.objects.values(
                "pk",
                "country",
                "region",
                "sector",
                "enterprise_size",
                "owner_gender",
                "export_stage",
                "consent_statistics",
                "date_joined",
            )
            if u["pk"] in learner_ids
        ]
        courses = list(CoursePage.objects.values("pk", "path"))
        tracks = {t["path"]: t["pk"] for t in TrackPage.objects.values("pk", "path")}
        course_paths = {c["pk"]: c["path"] for c in courses}
        lessons = list(LessonPage.objects.live().values("path"))
        quiz_course = {}
        for quiz in QuizPage.objects.values("pk", "path"):
            for pk, path in course_paths.items():
                if quiz["path"].startswith(path):
                    quiz_course[quiz["pk"]] = pk
        programme_courses = {}
        for programme in Programme.objects.prefetch_related("tracks", "courses"):
            ids = {c.pk for c in programme.courses.all()}
            track_paths = {t.path for t in programme.tracks.all()}
            ids |= {pk for pk, path in course_paths.items() if path[:-4] in track_paths}
            programme_courses[programme.pk] = ids
        return cls(
            users=users,
            enrollments=list(Enrollment.objects.values()),
            progress=list(LessonProgress.objects.values()),
            attempts=list(
                QuizAttempt.objects.values("user_id", "quiz_id", "submitted_at", "passed")
            ),
            certificates=list(
                Certificate.objects.values("id", "user_id", "course_id", "issued_at", "revoked_at")
            ),
            members=list(ProgrammeMembership.objects.values("user_id", "programme_id")),
            course_paths=course_paths,
            course_track={pk: tracks.get(path[:-4]) for pk, path in course_paths.items()},
            lessons_per_course={
                pk: sum(1 for lesson in lessons if lesson["path"].startswith(path))
                for pk, path in course_paths.items()
            },
            quiz_course=quiz_course,
            programme_courses=programme_courses,
        )
