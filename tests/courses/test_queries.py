"""Course outline, lesson page and dashboard run a fixed number of queries, whatever the
course's size; the budgets are pinned here (see docs/performance.md)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.caching import bump_content_version
from courses import services
from tests.courses.builders import make_courses_once

pytestmark = pytest.mark.django_db

# 6, plus the one lookup of the page's translations for its hreflang links (lms.i18n).
ANONYMOUS_COURSE_PAGE_BUDGET = 7
SIGNED_IN_LESSON_PAGE_BUDGET = 10


def count_queries(client, url, *, cold=True) -> int:
    client.get(url)  # warm Wagtail's site-root-path cache, as any running site has it
    if cold:
        bump_content_version()  # and render the page afresh, not from the page cache
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def small_and_large(demo_site):
    small, large = make_courses_once(
        {"lessons_per_module": (3, 2), "slug": "small"},  # 5 lessons
        {"lessons_per_module": (20, 20, 10), "slug": "large"},  # 50 lessons
    )
    return small, large


def test_anonymous_course_page(client, small_and_large):
    (small, _), (large, _) = small_and_large
    counts = [count_queries(client, small.url), count_queries(client, large.url)]
    assert counts[0] == counts[1]
    assert counts[0] <= ANONYMOUS_COURSE_PAGE_BUDGET


def test_anonymous_course_page_from_the_page_cache(client, small_and_large):
    (small, _), (large, _) = small_and_large
    counts = [count_queries(client, c.url, cold=False) for c in (small, large)]
    # The course's row still runs; the privacy check reads the cached view restrictions
    # (courses.tree), and site, outline and rendering are cached.
    assert counts == [1, 1]


def test_signed_in_lesson_page(client, learner, small_and_large):
    counts = []
    for course, lessons in small_and_large:
        services.enroll(learner, course)
        services.complete_lesson(learner, lessons[0])
        client.force_login(learner)
        counts.append(count_queries(client, lessons[-1].url))
    assert counts[0] == counts[1]
    assert counts[0] <= SIGNED_IN_LESSON_PAGE_BUDGET


def test_signed_in_course_page_and_dashboard(client, learner, small_and_large):
    client.force_login(learner)
    course_counts, dashboard_counts = [], []
    for course, lessons in small_and_large:
        services.enroll(learner, course)
        for lesson in lessons[:3]:
            services.complete_lesson(learner, lesson)
        course_counts.append(count_queries(client, course.url))
        dashboard_counts.append(count_queries(client, "/dashboard/"))
    assert course_counts[0] == course_counts[1]
    assert dashboard_counts[0] == dashboard_counts[1]  # one course enrolled, then two


# The learner's enrollments with their courses, their ticks, their self-assessment results,
# certificates and brand plans, and the signed-in user: what is the same for everyone
# (public courses, live lessons, tracks, what results recommend) is cached under the content
# version (courses.services.discovery, next_steps); a learner's roles are read only for
# staff, whose page names them.
MY_LEARNING_BUDGET = 6


def test_my_learning_reads_only_what_is_personal(client, learner, small_and_large):
    client.force_login(learner)
    for course, lessons in small_and_large:
        services.enroll(learner, course)
        services.complete_lesson(learner, lessons[0])
    assert count_queries(client, "/dashboard/", cold=False) == MY_LEARNING_BUDGET


# With the outline (which carries the course's row and its trainers), the view restrictions
# and the page's translations' addresses cached (courses.services.outline, courses.tree,
# content.translations): the user, the page's route, and the learner's standing in the
# course (enrollment, ticks and, on the course page, passed quizzes) in one UNION ALL query.
SIGNED_IN_LESSON_WARM = 3
SIGNED_IN_COURSE_WARM = 3


def test_signed_in_lesson_and_course_pages_read_the_cached_outline(
    client, learner, small_and_large
):
    client.force_login(learner)
    for course, lessons in small_and_large:
        services.enroll(learner, course)
        services.complete_lesson(learner, lessons[0])
        assert count_queries(client, lessons[-1].url, cold=False) == SIGNED_IN_LESSON_WARM
        assert count_queries(client, course.url, cold=False) == SIGNED_IN_COURSE_WARM


# Opening a quiz in an exam, 500 learners at once: the user, the quiz's route (the model that
# answered its path is asked first, so one query though quizzes stand beside lessons), the
# learner's enrollment, ticks and attempts at the quiz in one UNION ALL query (course and
# restrictions from the cached outline), and the question count.
QUIZ_PAGE_WARM = 4
# The user, the quiz (its privacy from the course's cached restrictions), the learner's
# standing as on the page, the questions and their choices to draw from, the new attempt.
START_ATTEMPT = 6
# The user, the attempt with its quiz, the drawn questions and their choices (the course
# from the cached outline).
ATTEMPT_PAGE = 4


def count_request_queries(client, method, url, *, expect=200) -> int:
    """Queries of one request, without the savepoints an atomic block makes inside the
    test's transaction (outside one, as served, it is a BEGIN and a COMMIT)."""
    with CaptureQueriesContext(connection) as ctx:
        response = getattr(client, method)(url)
    assert response.status_code == expect
    return sum(1 for query in ctx.captured_queries if "SAVEPOINT" not in query["sql"])


def test_opening_a_quiz_reads_the_cached_outline(client, learner, small_and_large):
    from courses.models import ModulePage, QuizAttempt
    from tests.courses.builders import make_quiz

    client.force_login(learner)
    counts = []
    for course, _ in small_and_large:
        module = ModulePage.objects.child_of(course).order_by("-path").first()
        quiz = make_quiz(module)
        services.enroll(learner, course)
        # One attempt already submitted, as a learner's second try shows it.
        first = services.start_attempt(learner, quiz)
        services.submit_attempt(learner, first.pk, {})
        page = count_queries(client, quiz.url, cold=False)
        start_url = f"/learn/quizzes/{quiz.pk}/start/"
        client.post(start_url)  # warm, then start afresh
        QuizAttempt.objects.filter(user=learner, quiz=quiz, submitted_at__isnull=True).delete()
        start = count_request_queries(client, "post", start_url, expect=302)
        attempt = QuizAttempt.objects.get(user=learner, quiz=quiz, submitted_at__isnull=True)
        shown = count_request_queries(client, "get", f"/learn/attempts/{attempt.pk}/")
        counts.append((page, start, shown))
    assert counts == [(QUIZ_PAGE_WARM, START_ATTEMPT, ATTEMPT_PAGE)] * 2
