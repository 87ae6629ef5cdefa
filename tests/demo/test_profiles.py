"""``manage.py make_profile``: learners and what they did, written in bulk, keeping the rules.

Run at the tiny XS size (50 learners) over the demo's courses: the same code writes S, M and
L (docs/performance.md has their times). The demo courses are built once for the module and
rolled back at its end; each test runs in its own transaction inside that.
"""

import io
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from courses.models import Certificate, CompletionRule, Enrollment, LessonProgress, QuizAttempt
from courses.services.outline import course_outline
from lms.accounts import roles
from lms.demo import accounts, courses, site
from lms.demo.profiles import PROFILES, Profile, profile_learners
from tests.factories import UserFactory


@pytest.fixture(scope="module")
def demo_courses(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            accounts.load_accounts()
            home = site.load_home_page()
            site.load_tracks(home)
            courses.load_courses(home)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def make(profile: str) -> str:
    out = io.StringIO()
    call_command("make_profile", profile, stdout=out)
    return out.getvalue()


def stories() -> list[tuple]:
    """What each profile learner did, without database ids."""
    return list(
        Enrollment.objects.filter(user__in=profile_learners())
        .order_by("user__email", "course__slug")
        .values_list("user__email", "course__slug", "status", "enrolled_at", "completed_at")
    )


def test_a_profile_keeps_the_platform_s_rules(demo_courses, db):
    said = make("XS")
    assert "profile XS written" in said and "courses.Enrollment" in said

    learners = profile_learners()
    assert learners.count() == 50
    assert learners.filter(groups__name=roles.LEARNER).count() == 50
    assert all(not user.has_usable_password() for user in learners)
    enrollments = Enrollment.objects.filter(user__in=learners).select_related("course")
    assert enrollments.count() >= 50 * 3  # about five courses each

    done = Counter(
        LessonProgress.objects.filter(user__in=learners).values_list("user_id", "course_id")
    )
    lessons = {}
    passed = set(
        QuizAttempt.objects.filter(user__in=learners, passed=True).values_list(
            "user_id", "quiz__path"
        )
    )
    for enrollment in enrollments:
        course = enrollment.course
        if course.pk not in lessons:
            lessons[course.pk] = len(course_outline(course).lessons)
        ticked = done[(enrollment.user_id, course.pk)]
        assert ticked <= lessons[course.pk]
        if enrollment.status == Enrollment.Status.WITHDRAWN:
            assert ticked == 0
        if enrollment.completed_at is not None:
            # A completion only where every lesson is ticked (and the quiz passed if asked).
            assert ticked == lessons[course.pk], enrollment
            if course.completion_rule == CompletionRule.LESSONS_AND_QUIZZES:
                assert any(
                    user == enrollment.user_id and path.startswith(course.path)
                    for user, path in passed
                )

    # Progress and attempts only in courses the learner is enrolled in; attempts only once
    # every lesson is ticked.
    enrolled = set(enrollments.values_list("user_id", "course_id"))
    assert set(done) <= enrolled
    for attempt in QuizAttempt.objects.filter(user__in=learners).select_related("quiz"):
        course = next(e.course for e in enrollments if attempt.quiz.path.startswith(e.course.path))
        assert done[(attempt.user_id, course.pk)] == lessons[course.pk]
        assert attempt.submitted_at > attempt.started_at and attempt.score is not None

    # Certificates exactly for completions in courses that issue them, printed right.
    certified = set(
        Certificate.objects.filter(user__in=learners).values_list("user_id", "course_id")
    )
    completed = {
        (e.user_id, e.course_id)
        for e in enrollments
        if e.completed_at is not None and e.course.certificate_enabled
    }
    assert certified == completed and certified
    certificate = Certificate.objects.filter(user__in=learners).select_related("user").first()
    assert certificate.holder_name == certificate.user.get_full_name()
    assert certificate.course_title == certificate.course.title


def test_running_again_keeps_it_tops_a_smaller_profile_up_and_refuses_otherwise(
    demo_courses, db, monkeypatch
):
    make("XS")
    before = stories()
    assert "already holds profile XS (50 learners)" in make("XS")
    assert stories() == before

    # A larger profile adds learners after the smaller one's, which stay as they were.
    monkeypatch.setitem(PROFILES, "S", Profile("S", 70, 5))
    assert "Topping 50 profile learners up to 70" in make("S")
    assert profile_learners().count() == 70
    assert [row for row in stories() if row[0] <= before[-1][0]] == before

    with pytest.raises(CommandError, match=r"holds 70 profile learners \(profile S\).*XS has 50"):
        make("XS")
    profile_learners().filter(email__startswith="profile-0000010@").delete()
    with pytest.raises(CommandError, match=r"69 profile learners \(not a whole profile\)"):
        make("S")


def test_a_database_with_real_learners_is_refused(demo_courses, db):
    UserFactory(role=roles.LEARNER, email="amina@example.net")
    with pytest.raises(CommandError, match="holds 1 real learners"):
        make("XS")
    assert not profile_learners().exists()
