"""``manage.py make_profile``: learners and what they did, written in bulk, keeping the rules.

Run at the tiny XS size (50 learners) over the demo's courses: the same code writes S, M and
L (docs/performance.md has their times). The demo courses are built once for the module and
rolled back at its end; each test runs in its own transaction inside that.
"""

import datetime as dt
import io
import itertools
from collections import Counter
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from courses.certificates.codes import normalise_code
from courses.models import Certificate, CompletionRule, Enrollment, LessonProgress, QuizAttempt
from courses.services.outline import course_outline
from lms.accounts import roles
from lms.demo import learners as demo_learners
from lms.demo.profiles import PROFILES, Profile, make_profile, profile_learners
from tests.factories import UserFactory


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
    tries: dict[tuple, list] = {}
    passed_with = {}
    for attempt in (
        QuizAttempt.objects.filter(user__in=learners).select_related("quiz").order_by("started_at")
    ):
        course = next(e.course for e in enrollments if attempt.quiz.path.startswith(e.course.path))
        assert done[(attempt.user_id, course.pk)] == lessons[course.pk]
        assert attempt.submitted_at > attempt.started_at and attempt.score is not None
        # Graded as the quiz grades: the share of questions right, against its pass mark.
        assert sorted(attempt.results) == sorted(str(pk) for pk in attempt.question_ids)
        right = sum(result["correct"] for result in attempt.results.values())
        assert attempt.score == round(Decimal(100 * right) / len(attempt.question_ids), 2)
        assert attempt.passed == (attempt.score >= attempt.quiz.pass_mark)
        tries.setdefault((attempt.user_id, attempt.quiz_id), []).append(attempt)
        if attempt.passed:
            passed_with[(attempt.user_id, course.pk)] = attempt.score
    assert any(not attempt.passed for made in tries.values() for attempt in made)
    for made in tries.values():
        # At most three tries, one after the other, none after a pass.
        assert len(made) <= 3
        assert all(not attempt.passed for attempt in made[:-1])
        assert all(a.submitted_at <= b.started_at for a, b in itertools.pairwise(made))

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
    for certificate in Certificate.objects.filter(user__in=learners).select_related(
        "user", "course"
    ):
        assert certificate.holder_name == certificate.user.get_full_name()
        assert certificate.course_title == certificate.course.title
        assert normalise_code(certificate.code) == certificate.code
        assert certificate.completed_at <= certificate.issued_at
        # The passing score printed, rounded; none where the course has no graded quiz.
        passing = passed_with.get((certificate.user_id, certificate.course_id))
        assert certificate.score == (None if passing is None else round(passing))
    assert Certificate.objects.filter(user__in=learners, score__isnull=False).exists()


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


def test_a_learner_s_story_depends_on_the_seed_and_their_number_only(demo_courses, db):
    """Written at once or topped up from a smaller profile, the same seed gives the same
    learners doing the same things (what makes S the first thousand of M)."""
    now = dt.datetime(2026, 11, 30, 17, 0, tzinfo=dt.UTC)

    def write(learners: int, seed: int = 7, first: int = 0) -> None:
        context = demo_learners.write_context()  # as each run of the command reads it
        make_profile(Profile("XS", learners, 5), context, now, seed=seed, first=first)

    def everything() -> list[tuple]:
        people = profile_learners()
        return [
            stories(),
            list(
                people.order_by("email").values_list(
                    "email", "first_name", "country", "date_joined"
                )
            ),
            list(
                QuizAttempt.objects.filter(user__in=people)
                .order_by("user__email", "started_at")
                .values_list("user__email", "quiz__slug", "started_at", "score", "passed")
            ),
            list(
                Certificate.objects.filter(user__in=people)
                .order_by("code")
                .values_list("user__email", "code", "issued_at", "revoked_at", "score")
            ),
            sorted(
                LessonProgress.objects.filter(user__in=people).values_list(
                    "user__email", "lesson__slug", "completed_at"
                )
            ),
        ]

    write(40)
    at_once = everything()
    assert at_once[0] and at_once[2] and at_once[3]
    demo_learners.delete_learners()
    write(15)
    write(40, first=15)
    assert everything() == at_once
    demo_learners.delete_learners()
    write(40, seed=8)
    assert everything()[0] != at_once[0]
