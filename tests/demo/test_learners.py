"""``load_demo --learners N``: a seeded synthetic population, written in bulk, once.

The demo courses and programmes are built once for the module and rolled back at its end;
each test runs in its own transaction inside that.
"""

import datetime as dt
from collections import Counter

import pytest
from django.db import connection
from django.db.models import F, Q
from django.test.utils import CaptureQueriesContext

from courses.certificates.codes import normalise_code
from courses.models import Certificate, Enrollment, LessonProgress, QuizAttempt
from lms.accounts import roles
from lms.accounts.choices import EnterpriseSize, ExportStage, OwnerGender, Sector
from lms.accounts.models import AnalystScope, User
from lms.demo import accounts, learners, programmes
from lms.demo.population import DAYS, SYNTHETIC_DOMAIN
from lms.programmes.models import EnrollmentCode, ProgrammeMembership
from tests.factories import UserFactory

NOW = dt.datetime(2026, 11, 30, 17, 0, tzinfo=dt.UTC)


@pytest.fixture
def load(demo_courses, db):
    def load(count: int) -> learners.LoadSummary:
        return learners.load_learners(count, now=NOW)

    return load


def snapshot() -> list[tuple]:
    """Everything the synthetic learners are and did, without database ids or random codes."""
    rows = []
    for user in learners.synthetic_learners().order_by("email"):
        enrollments = [
            (
                e.course.slug,
                e.status,
                e.enrolled_at,
                e.completed_at,
                e.withdrawn_at,
                e.last_activity_at,
                LessonProgress.objects.filter(user=user, course=e.course).count(),
            )
            for e in Enrollment.objects.filter(user=user).select_related("course").order_by("pk")
        ]
        attempts = list(
            QuizAttempt.objects.filter(user=user)
            .order_by("pk")
            .values_list("quiz__slug", "started_at", "score", "passed")
        )
        certificates = list(
            Certificate.objects.filter(user=user)
            .order_by("pk")
            .values_list("course_title", "holder_name", "issued_at", "revoked_at", "score")
        )
        membership = list(
            user.programme_memberships.values_list("programme__name", "code__code", "joined_at")
        )
        profile = tuple(getattr(user, name) for name in User.PROFILE_FIELDS)
        rows.append(
            (
                user.email,
                user.get_full_name(),
                user.date_joined,
                profile,
                user.region,
                user.consent_statistics,
                enrollments,
                attempts,
                certificates,
                membership,
            )
        )
    return rows


def test_the_same_seed_gives_the_same_population(load):
    load(120)
    first = snapshot()
    learners.delete_learners()
    load(120)
    assert snapshot() == first
    assert len(first) == 120


def test_a_population_of_learners_with_every_profile_value_over_18_months(load):
    summary = load(1000)
    users = learners.synthetic_learners()
    assert summary.learners == users.count() == 1000
    assert all(
        email.endswith("@" + SYNTHETIC_DOMAIN) for email in users.values_list("email", flat=True)
    )
    assert set(users.values_list("groups__name", flat=True)) == {roles.LEARNER}
    assert not any(user.has_usable_password() for user in users[:50])

    joined = sorted(users.values_list("date_joined", flat=True))
    assert NOW - dt.timedelta(days=DAYS) <= joined[0] and joined[-1] <= NOW
    months = Counter(d.strftime("%Y-%m") for d in joined)
    assert len(months) >= 18
    # Growth: the last six months bring more signups than the first six.
    ordered = [months[m] for m in sorted(months)]
    assert sum(ordered[-7:-1]) > 2 * sum(ordered[:6])

    countries = Counter(users.values_list("country", flat=True))
    assert {"KE", "RW", "UG", "TZ", "GH", "NG", "SN", "VN", "KH", "BD"} <= set(countries)
    assert [code for code, _ in countries.most_common(2)] == ["KE", "RW"]
    assert all(region for region in users.values_list("region", flat=True))
    for field, values in [
        ("sector", Sector.values),
        ("enterprise_size", EnterpriseSize.values),
        ("owner_gender", OwnerGender.values),
        ("export_stage", ExportStage.values),
    ]:
        assert set(users.values_list(field, flat=True)) == set(values), field
    consented = users.filter(consent_statistics=True).count() / 1000
    assert 0.7 <= consented <= 0.82


def test_the_funnel_narrows_from_enrolled_to_certified(load):
    load(1000)
    enrollments = Enrollment.objects.filter(user__email__endswith=SYNTHETIC_DOMAIN)
    progress = Counter(
        LessonProgress.objects.filter(user__email__endswith=SYNTHETIC_DOMAIN).values_list(
            "user_id", "course_id"
        )
    )
    total_lessons = {
        course.pk: len(course.lesson_ids) for course in learners.read_catalogue()[0].courses
    }
    enrolled = enrollments.count()
    started = sum(1 for n in progress.values() if n)
    half_done = sum(1 for (_, course), n in progress.items() if n * 2 >= total_lessons[course])
    completed = enrollments.filter(completed_at__isnull=False).count()
    certificates = Certificate.objects.filter(user__email__endswith=SYNTHETIC_DOMAIN)
    certified = certificates.filter(revoked_at__isnull=True).count()
    assert enrolled > started > half_done > completed > certified > 0.8 * completed
    assert certificates.count() == completed
    assert certificates.filter(revoked_at__isnull=False).exists()
    # Completion dates follow enrollment, certificates follow completion.
    assert not enrollments.filter(completed_at__lt=F("enrolled_at")).exists()
    for certificate in certificates:
        assert normalise_code(certificate.code) == certificate.code
        assert certificate.holder_name and certificate.completed_at <= certificate.issued_at
        assert certificate.render_status == Certificate.RenderStatus.PENDING
    assert len(set(certificates.values_list("code", flat=True))) == certificates.count()
    attempts = QuizAttempt.objects.filter(user__email__endswith=SYNTHETIC_DOMAIN)
    assert attempts.filter(passed=True).exists() and attempts.filter(passed=False).exists()
    assert attempts.filter(passed=True).count() == completed  # the graded quiz completes it
    recent = enrollments.filter(last_activity_at__gte=NOW - dt.timedelta(days=30))
    assert recent.count() > 0.05 * enrolled
    assert not enrollments.filter(Q(enrolled_at__gt=NOW) | Q(last_activity_at__gt=NOW)).exists()


def test_programme_cohorts_respect_their_codes(load):
    load(1000)
    members = ProgrammeMembership.objects.filter(user__email__endswith=SYNTHETIC_DOMAIN)
    export = members.filter(programme__name=programmes.EXPORT_PROGRAMME)
    brand = members.filter(programme__name=programmes.BRAND_PROGRAMME)
    assert export.exists() and brand.exists()
    assert set(export.values_list("user__country", flat=True)) <= {"KE", "RW"}
    assert set(brand.values_list("user__country", flat=True)) <= {"KE", "UG", "TZ"}
    women = brand.filter(user__owner_gender=OwnerGender.WOMAN).count()
    assert women / brand.count() > 0.7
    for code in EnrollmentCode.objects.filter(programme__name__in=programmes.NAMES):
        assert code.used_count == code.memberships.count(), code.code
        assert code.max_uses is None or code.used_count <= code.max_uses, code.code
        assert not code.memberships.filter(joined_at__gt=code.expires_at).exists(), code.code
    assert not EnrollmentCode.objects.get(code=programmes.EXPIRED_CODE[0]).memberships.exists()
    # Members take their programme's courses.
    export_track = Enrollment.objects.filter(
        user__programme_memberships__programme__name=programmes.EXPORT_PROGRAMME,
        course__slug__in=[
            "pricing-with-incoterms",
            "finding-your-first-export-market",
            "getting-paid-and-shipping-parcels",
        ],
    )
    assert export_track.values("user").distinct().count() > 0.8 * export.count()


def test_a_second_run_adds_nothing_and_a_larger_one_only_the_missing(load):
    load(100)
    counts = [m.objects.count() for m in (User, Enrollment, LessonProgress, Certificate)]
    assert load(100).learners == 0
    assert [m.objects.count() for m in (User, Enrollment, LessonProgress, Certificate)] == counts
    assert load(150).learners == 50
    assert learners.synthetic_learners().count() == 150


def test_deleting_removes_synthetic_learners_only(load):
    real = UserFactory(email="amina@example.org", role=roles.LEARNER)
    load(100)
    course = Enrollment.objects.filter(user__email__endswith=SYNTHETIC_DOMAIN).first().course
    Enrollment.objects.create(user=real, course=course)
    used = dict(EnrollmentCode.objects.values_list("code", "used_count"))
    assert any(used.values())

    assert learners.delete_learners() == 100
    assert not learners.synthetic_learners().exists()
    assert (
        not Enrollment.objects.exclude(user=real)
        .filter(user__groups__name=roles.LEARNER)
        .exclude(user__email__in=[spec["email"] for spec in accounts.DEMO_USERS])
        .exists()
    )
    assert not Certificate.objects.filter(user__email__endswith=SYNTHETIC_DOMAIN).exists()
    assert User.objects.filter(pk=real.pk).exists()
    assert Enrollment.objects.filter(user=real).count() == 1
    assert set(EnrollmentCode.objects.values_list("used_count", flat=True)) == {0}


def test_query_count_does_not_grow_with_the_population(load):
    load(10)  # warms the per-process caches (site root paths) that page URLs read
    learners.delete_learners()
    with CaptureQueriesContext(connection) as small:
        load(100)
    learners.delete_learners()
    with CaptureQueriesContext(connection) as large:
        load(1000)

    def split(captured):
        sql = [q["sql"] for q in captured.captured_queries]
        inserts = [s for s in sql if s.startswith("INSERT")]
        return len(sql) - len(inserts), len(inserts)

    (small_other, small_inserts), (large_other, large_inserts) = split(small), split(large)
    assert small_other == large_other
    if connection.vendor == "postgresql":
        assert small_inserts == large_inserts  # one INSERT a table
    else:
        # SQLite takes at most 999 parameters a statement, so Django splits bulk inserts;
        # still never one statement a row.
        rows = User.objects.count() + Enrollment.objects.count() + LessonProgress.objects.count()
        assert large_inserts < rows / 20


def test_the_demo_analysts_are_scoped_to_two_countries_and_one(db):
    accounts.load_accounts()
    scopes = {
        scope.user.email: sorted(c.code for c in scope.countries)
        for scope in AnalystScope.objects.select_related("user")
    }
    assert scopes == {"analyst@example.org": ["KE", "RW"], "analyst2@example.org": ["UG"]}
