"""Quizzes: authoring in the tree, the rules of attempts, grading, integrity under double and
concurrent submission, what the pages reveal, and completion of the course."""

import io
import threading
from datetime import timedelta
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses import services
from courses.models import CompletionRule, ModulePage, QuestionKind, QuizAttempt, QuizPage
from courses.models.pages import CourseTreePage
from tests.courses.builders import (
    SAMPLE_QUESTIONS,
    built_once,
    correct_answers,
    make_course,
    make_quiz,
)
from tests.factories import UserFactory
from tests.html_checks import without_enhancement_script

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_and_quiz(demo_site):
    def build():
        course, lessons = make_course((1, 1), completion_rule=CompletionRule.LESSONS_AND_QUIZZES)
        module = ModulePage.objects.child_of(course).order_by("-path").first()
        return course, lessons, make_quiz(module)

    return built_once(build)


@pytest.fixture
def enrolled(learner, course_and_quiz):
    services.enroll(learner, course_and_quiz[0])
    return learner


def wrong_answers(attempt) -> dict:
    return {f"q-{qid}": [] for qid in attempt.question_ids}


def submitted_anyway(answers: dict) -> dict:
    """The form as sent by "Submit anyway" on the "questions unanswered" step."""
    return {**answers, "confirm_unanswered": "1"}


# --- Authoring ------------------------------------------------------------------------------


def test_quiz_lives_in_a_module(course_and_quiz):
    _, _, quiz = course_and_quiz
    assert QuizPage in ModulePage.allowed_subpage_models()
    assert quiz.questions.count() == len(SAMPLE_QUESTIONS)
    true_false = quiz.questions.get(kind=QuestionKind.TRUE_FALSE)
    assert [c.text for c in true_false.choices.all()] == ["True", "False"]
    assert isinstance(quiz, CourseTreePage)  # trainers' course permissions apply


def test_trainer_authors_a_quiz_with_nested_questions_and_choices(client, demo_site, trainer):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    from courses.models import CourseAssignment

    course, _ = make_course((1,))
    CourseAssignment.objects.create(course=course, trainer=trainer)
    module = course.get_children().first()
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:add", args=("courses", "quizpage", module.pk))
    assert client.get(url).status_code == 200
    choices = [{"text": "FCA", "is_correct": "on", "feedback": "Yes."}, {"text": "DDP"}]
    data = nested_form_data(
        {
            "title": "Check: Incoterms",
            "slug": "check-incoterms",
            "intro": rich_text("<p>Five minutes.</p>"),
            "graded": "on",
            "pass_mark": "80",
            "max_attempts": "2",
            "cooldown_minutes": "0",
            "time_limit_minutes": "0",
            "draw_count": "0",
            "show_answers": "after_passing",
            "questions": inline_formset(
                [
                    {
                        "kind": "single",
                        "text": "Which rule?",
                        "tolerance": "0",
                        "choices": inline_formset(choices),
                    },
                    {
                        "kind": "numeric",
                        "text": "How many rules?",
                        "numeric_answer": "11",
                        "tolerance": "0",
                        "choices": inline_formset([]),
                    },
                ]
            ),
            "action-submit": "Submit for moderation",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    quiz = QuizPage.objects.get(slug="check-incoterms")
    revision = quiz.latest_revision.as_object()
    assert [q.kind for q in revision.questions.all()] == ["single", "numeric"]
    assert [(c.text, c.is_correct) for c in revision.questions.all()[0].choices.all()] == [
        ("FCA", True),
        ("DDP", False),
    ]


# --- Grading: properties ---------------------------------------------------------------------


SUPPRESSED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _question_strategy():
    ids = st.lists(st.integers(1, 10_000), min_size=2, max_size=6, unique=True)

    @st.composite
    def build(draw, qid):
        kind = draw(st.sampled_from(list(QuestionKind)))
        choices = draw(ids)
        if kind == QuestionKind.ORDERING:
            correct = tuple(choices)
        elif kind == QuestionKind.MULTIPLE:
            correct = tuple(draw(st.lists(st.sampled_from(choices), min_size=1, unique=True)))
        else:
            correct = (draw(st.sampled_from(choices)),)
        return (
            services.GradableQuestion(
                id=qid,
                kind=kind,
                correct_choice_ids=correct,
                numeric_answer=Decimal(draw(st.integers(-1000, 1000))),
                tolerance=Decimal(draw(st.integers(0, 3))),
                accepted=("Delivered at Place Unloaded", "DPU"),
                partial_credit=draw(st.booleans()),
            ),
            choices,
        )

    return build


@st.composite
def quiz_and_answers(draw):
    count = draw(st.integers(1, 12))
    build = _question_strategy()
    built = [draw(build(qid)) for qid in range(1, count + 1)]
    questions = [question for question, _ in built]
    answers = {}
    for question, choices in built:
        if not draw(st.booleans()):
            continue
        answers[question.id] = draw(
            st.one_of(
                st.sampled_from(choices),
                st.lists(st.sampled_from(choices), unique=True),
                st.permutations(choices),
                st.text(alphabet="abcDPU 0123456789.,-", max_size=20),
                st.integers(-2000, 2000).map(str),
            )
        )
    return questions, answers


def right_answer(question):
    if question.kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE):
        return question.correct_choice_ids[0]
    if question.kind in (QuestionKind.MULTIPLE, QuestionKind.ORDERING):
        return list(question.correct_choice_ids)
    if question.kind == QuestionKind.NUMERIC:
        return str(question.numeric_answer)
    return "  dpu "


@settings(max_examples=200, suppress_health_check=SUPPRESSED)
@given(quiz_and_answers())
def test_grade_is_a_percentage(data):
    questions, answers = data
    result = services.grade(questions, answers)
    assert Decimal(0) <= result.percent <= Decimal(100)
    assert all(0 <= r.score <= 1 for r in result.questions.values())


@settings(max_examples=100, suppress_health_check=SUPPRESSED)
@given(quiz_and_answers())
def test_all_right_gives_100(data):
    questions, _ = data
    answers = {question.id: right_answer(question) for question in questions}
    result = services.grade(questions, answers)
    assert result.percent == 100
    assert result.correct_ids == {question.id for question in questions}


@settings(max_examples=100, suppress_health_check=SUPPRESSED)
@given(quiz_and_answers(), st.randoms(use_true_random=False))
def test_order_of_answers_does_not_change_the_score(data, rng):
    questions, answers = data
    items = list(answers.items())
    rng.shuffle(items)
    assert (
        services.grade(questions, dict(items)).percent == services.grade(questions, answers).percent
    )


def test_partial_credit_for_multiple_select():
    question = services.GradableQuestion(
        id=1, kind=QuestionKind.MULTIPLE, correct_choice_ids=(1, 2), partial_credit=True
    )
    assert services.grade([question], {1: [1]}).percent == 50
    assert services.grade([question], {1: [1, 3]}).percent == 0
    strict = services.GradableQuestion(id=1, kind=QuestionKind.MULTIPLE, correct_choice_ids=(1, 2))
    assert services.grade([strict], {1: [1]}).percent == 0


def test_numeric_tolerance_and_short_text_normalisation():
    numeric = services.GradableQuestion(
        id=1, kind=QuestionKind.NUMERIC, numeric_answer=Decimal(10), tolerance=Decimal("0.5")
    )
    assert services.grade([numeric], {1: "10,4"}).percent == 100
    assert services.grade([numeric], {1: "10.6"}).percent == 0
    assert services.grade([numeric], {1: "ten"}).percent == 0
    text = services.GradableQuestion(id=1, kind=QuestionKind.SHORT_TEXT, accepted=("Free Carrier",))
    assert services.grade([text], {1: "  free   CARRIER "}).percent == 100


# --- Starting attempts ------------------------------------------------------------------------


def test_start_requires_enrollment(learner, course_and_quiz):
    with pytest.raises(services.NotEnrolled):
        services.start_attempt(learner, course_and_quiz[2])


def test_a_quiz_behind_a_view_restriction_cannot_be_started(client, enrolled, course_and_quiz):
    """The start view checks privacy on the course's cached restrictions, as public() did."""
    from wagtail.models import PageViewRestriction

    course, _, quiz = course_and_quiz
    client.force_login(enrolled)
    start_url = f"/learn/quizzes/{quiz.pk}/start/"
    assert client.post(start_url).status_code == 302  # read and cache the restrictions: none
    QuizAttempt.objects.filter(quiz=quiz).delete()
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="exam"
    )
    assert client.post(start_url).status_code == 404
    assert not QuizAttempt.objects.filter(quiz=quiz).exists()


def test_start_fixes_questions_and_returns_the_open_attempt(enrolled, course_and_quiz):
    quiz = course_and_quiz[2]
    quiz.draw_count = 4
    quiz.shuffle_choices = True
    quiz.save()
    attempt = services.start_attempt(enrolled, quiz)
    assert len(attempt.question_ids) == 4
    assert services.start_attempt(enrolled, quiz).pk == attempt.pk
    for question in services.attempt_questions(attempt):
        if question.kind == QuestionKind.ORDERING:
            # The order shown never gives the answer away.
            assert [c.pk for c in question.shown_choices] != [c.pk for c in question.choices.all()]


def test_attempts_beyond_the_maximum_are_refused(enrolled, course_and_quiz):
    quiz = course_and_quiz[2]
    quiz.max_attempts = 2
    quiz.save()
    for _ in range(2):
        attempt = services.start_attempt(enrolled, quiz)
        services.submit_attempt(enrolled, attempt.pk, wrong_answers(attempt))
    with pytest.raises(services.QuizRefused, match="used all 2 attempts"):
        services.start_attempt(enrolled, quiz)


def test_attempt_inside_the_cooldown_is_refused(enrolled, course_and_quiz):
    quiz = course_and_quiz[2]
    quiz.cooldown_minutes = 30
    quiz.save()
    attempt = services.start_attempt(enrolled, quiz)
    services.submit_attempt(enrolled, attempt.pk, wrong_answers(attempt))
    with pytest.raises(services.QuizRefused, match="new attempt in 30 minutes"):
        services.start_attempt(enrolled, quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        submitted_at=timezone.now() - timedelta(minutes=31)
    )
    assert services.start_attempt(enrolled, quiz).pk != attempt.pk


def test_submission_after_the_time_limit_is_refused(enrolled, course_and_quiz):
    quiz = course_and_quiz[2]
    quiz.time_limit_minutes = 10
    quiz.save()
    attempt = services.start_attempt(enrolled, quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - timedelta(minutes=11)
    )
    with pytest.raises(services.QuizRefused, match="time limit"):
        services.submit_attempt(enrolled, attempt.pk, correct_answers(attempt))
    attempt.refresh_from_db()
    assert attempt.expired and attempt.passed is False and attempt.score == 0
    assert attempt.answers == {}


def test_the_refusals_reach_the_learner(client, enrolled, course_and_quiz):
    quiz = course_and_quiz[2]
    quiz.max_attempts = 1
    quiz.save()
    client.force_login(enrolled)
    response = client.post(f"/learn/quizzes/{quiz.pk}/start/")
    attempt = QuizAttempt.objects.get(user=enrolled)
    assert response.url == f"/learn/attempts/{attempt.pk}/"
    client.post(f"/learn/attempts/{attempt.pk}/submit/", {"confirm_unanswered": "1"})
    response = client.post(f"/learn/quizzes/{quiz.pk}/start/", follow=True)
    assert "You have used your 1 attempt at this quiz." in response.content.decode()
    assert QuizAttempt.objects.filter(user=enrolled).count() == 1


# --- Submitting: integrity ----------------------------------------------------------------------


def test_all_right_passes(enrolled, course_and_quiz):
    attempt = services.start_attempt(enrolled, course_and_quiz[2])
    attempt = services.submit_attempt(enrolled, attempt.pk, correct_answers(attempt))
    assert attempt.score == 100 and attempt.passed is True


@pytest.mark.parametrize(
    ("make_field", "named"),
    [
        (lambda attempt, other: {"q-999999": ["1"]}, "q-999999"),
        (lambda attempt, other: {f"q-{other.question_ids[0]}": ["1"]}, "q-"),
        (lambda attempt, other: {"question": ["1"]}, "question"),
    ],
)
def test_answers_outside_the_attempt_are_400(client, enrolled, course_and_quiz, make_field, named):
    quiz = course_and_quiz[2]
    other_quiz = make_quiz(quiz.get_parent(), slug="other-quiz")
    other = services.start_attempt(enrolled, other_quiz)
    attempt = services.start_attempt(enrolled, quiz)
    client.force_login(enrolled)
    data = {**correct_answers(attempt), **make_field(attempt, other)}
    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", data)
    assert response.status_code == 400
    assert named in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.answers == {} and attempt.score is None


def test_a_choice_of_another_question_is_400(client, enrolled, course_and_quiz):
    attempt = services.start_attempt(enrolled, course_and_quiz[2])
    questions = services.attempt_questions(attempt)
    single = next(q for q in questions if q.kind == QuestionKind.SINGLE)
    multiple = next(q for q in questions if q.kind == QuestionKind.MULTIPLE)
    client.force_login(enrolled)
    field = f"q-{single.pk}"
    response = client.post(
        f"/learn/attempts/{attempt.pk}/submit/", {field: [str(multiple.shown_choices[0].pk)]}
    )
    assert response.status_code == 400
    assert f"{field}: this choice is not part of the question." in response.content.decode()
    assert QuizAttempt.objects.get(pk=attempt.pk).is_open


def test_double_submission_grades_once(client, enrolled, course_and_quiz):
    attempt = services.start_attempt(enrolled, course_and_quiz[2])
    client.force_login(enrolled)
    first = client.post(f"/learn/attempts/{attempt.pk}/submit/", correct_answers(attempt))
    graded = QuizAttempt.objects.get(pk=attempt.pk)
    second = client.post(
        f"/learn/attempts/{attempt.pk}/submit/", submitted_anyway(wrong_answers(attempt))
    )
    assert first.status_code == second.status_code == 302
    again = QuizAttempt.objects.get(pk=attempt.pk)
    assert (again.score, again.submitted_at, again.passed) == (
        Decimal(100),
        graded.submitted_at,
        True,
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_submission_grades_once(demo_site, learner):
    course, _ = make_course((1,), slug="race")
    quiz = make_quiz(course.get_children().first(), max_attempts=0)
    services.enroll(learner, course)
    attempt = services.start_attempt(learner, quiz)
    answers = correct_answers(attempt)
    barrier = threading.Barrier(6)
    results, errors = [], []

    def submit():
        try:
            barrier.wait()
            results.append(services.submit_attempt(learner, attempt.pk, answers).submitted_at)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1  # every submission saw the one grading
    assert QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False).count() == 1


def test_another_learners_attempt_is_404(client, enrolled, course_and_quiz):
    attempt = services.start_attempt(enrolled, course_and_quiz[2])
    intruder = UserFactory(role="Learner")
    services.enroll(intruder, course_and_quiz[0])
    client.force_login(intruder)
    for url in (f"/learn/attempts/{attempt.pk}/", f"/learn/attempts/{attempt.pk}/result/"):
        assert client.get(url).status_code == 404
    response = client.post(f"/learn/attempts/{attempt.pk}/submit/", correct_answers(attempt))
    assert response.status_code == 404
    assert QuizAttempt.objects.get(pk=attempt.pk).is_open


# --- What the pages show ----------------------------------------------------------------------


def test_the_attempt_page_never_reveals_the_answer(client, enrolled, course_and_quiz):
    quiz = course_and_quiz[2]
    client.force_login(enrolled)
    response = client.post(f"/learn/quizzes/{quiz.pk}/start/", follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "SECRET-RIGHT-FEEDBACK" not in html
    assert "is_correct" not in html
    assert "Risk stays with the seller." not in html  # no feedback at all before submitting
    for question in quiz.questions.all():
        assert question.text in html or question.text.replace("'", "&#x27;") in html
        if question.explanation:
            assert question.explanation not in html
    assert "DPU" not in html and ">11<" not in html


def test_quiz_page_for_learners_and_visitors(client, learner, course_and_quiz):
    course, _, quiz = course_and_quiz
    client.force_login(learner)
    response = client.get(quiz.url)
    assert response.status_code == 302 and response.url.endswith(course.url + "#enroll")
    services.enroll(learner, course)
    html = client.get(quiz.url).content.decode()
    assert "Start attempt" in html and "3 attempts left" in html and "Pass mark: 70%" in html


def test_result_shows_answers_as_the_setting_allows(client, enrolled, course_and_quiz):
    quiz = course_and_quiz[2]
    client.force_login(enrolled)
    attempt = services.start_attempt(enrolled, quiz)
    client.post(f"/learn/attempts/{attempt.pk}/submit/", submitted_anyway(wrong_answers(attempt)))
    html = client.get(f"/learn/attempts/{attempt.pk}/result/").content.decode()
    assert "Not passed yet" in html and "Right answer" not in html  # after passing only
    attempt = services.start_attempt(enrolled, quiz)
    client.post(f"/learn/attempts/{attempt.pk}/submit/", correct_answers(attempt))
    html = client.get(f"/learn/attempts/{attempt.pk}/result/").content.decode()
    assert "Passed" in html and "Right answer" in html and "SECRET-RIGHT-FEEDBACK" in html


def test_choice_feedback_waits_for_the_answers_setting(client, enrolled, course_and_quiz):
    """Feedback on a wrong choice tends to name the right one: it follows ``show_answers``."""
    quiz = course_and_quiz[2]
    client.force_login(enrolled)
    attempt = services.start_attempt(enrolled, quiz)
    answers = wrong_answers(attempt)
    single = quiz.questions.get(kind=QuestionKind.SINGLE)
    answers[f"q-{single.pk}"] = [str(single.choices.get(text="DDP").pk)]
    client.post(f"/learn/attempts/{attempt.pk}/submit/", submitted_anyway(answers))
    html = client.get(f"/learn/attempts/{attempt.pk}/result/").content.decode()
    assert "Your answer" in html and "DDP" in html
    assert "Risk stays with the seller." not in html


def test_sequential_course_locks_its_quiz_until_the_lessons_are_done(client, demo_site, learner):
    course, lessons = make_course((2,), slug="in-order", sequential=True, preview_first=False)
    quiz = make_quiz(ModulePage.objects.child_of(course).get())
    services.enroll(learner, course)
    client.force_login(learner)

    course_html = client.get(course.url).content.decode()
    assert course_html.count("Locked.") == 2  # the second lesson and the quiz
    response = client.get(quiz.url, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert "finish the lessons before this quiz" in response.content.decode()
    with pytest.raises(services.QuizRefused):
        services.start_attempt(learner, quiz)
    assert not QuizAttempt.objects.exists()

    services.complete_lesson(learner, lessons[0])
    lesson_html = client.get(lessons[1].url).content.decode()
    assert f'href="{quiz.url}"' in lesson_html  # the last lesson leads on to the quiz
    services.complete_lesson(learner, lessons[1])
    assert "Take the quiz" in client.get(lessons[1].url).content.decode()
    assert client.get(quiz.url).status_code == 200
    assert services.start_attempt(learner, quiz).is_open


# --- Completion -------------------------------------------------------------------------------


def test_passing_the_graded_quiz_completes_the_course(enrolled, course_and_quiz):
    course, lessons, quiz = course_and_quiz
    for lesson in lessons:
        services.complete_lesson(enrolled, lesson)
    enrollment = services.get_enrollment(enrolled, course)
    assert enrollment.completed_at is None  # the quiz is still to pass
    attempt = services.start_attempt(enrolled, quiz)
    services.submit_attempt(enrolled, attempt.pk, wrong_answers(attempt))
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None
    attempt = services.start_attempt(enrolled, quiz)
    services.submit_attempt(enrolled, attempt.pk, correct_answers(attempt))
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None


def test_last_lesson_says_the_quiz_is_still_to_pass(client, enrolled, course_and_quiz):
    course, lessons, _ = course_and_quiz
    services.complete_lesson(enrolled, lessons[0])
    client.force_login(enrolled)
    response = client.post(f"/learn/lessons/{lessons[1].pk}/complete/", follow=True)
    html = response.content.decode()
    assert "pass the graded quizzes to complete" in html and "Course complete" not in html


def test_lessons_done_after_passing_complete_the_course(enrolled, course_and_quiz):
    course, lessons, quiz = course_and_quiz
    attempt = services.start_attempt(enrolled, quiz)
    services.submit_attempt(enrolled, attempt.pk, correct_answers(attempt))
    assert services.get_enrollment(enrolled, course).completed_at is None
    for lesson in lessons:
        services.complete_lesson(enrolled, lesson)
    assert services.get_enrollment(enrolled, course).completed_at is not None


# --- Query budget -----------------------------------------------------------------------------


def test_submitting_takes_a_constant_number_of_queries(demo_site, learner):
    counts = []
    for size in (5, 50):
        course, _ = make_course((1,), slug=f"budget-{size}")
        specs = (SAMPLE_QUESTIONS * 10)[:size]
        quiz = make_quiz(course.get_children().first(), specs, max_attempts=0)
        services.enroll(learner, course)
        attempt = services.start_attempt(learner, quiz)
        answers = correct_answers(attempt)
        with CaptureQueriesContext(connection) as ctx:
            graded = services.submit_attempt(learner, attempt.pk, answers)
        assert graded.score == 100
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts
    print("submit queries", counts)  # noqa: T201


# --- Outline ----------------------------------------------------------------------------------


def test_outline_lists_quizzes_beside_lessons(client, enrolled, course_and_quiz):
    course, lessons, quiz = course_and_quiz
    outline = services.course_outline(course)
    assert [page.pk for page in outline.lessons] == [lesson.pk for lesson in lessons]
    assert [page.pk for page in outline.modules[-1].items] == [lessons[-1].pk, quiz.pk]
    assert outline.quizzes[0].quiz_graded is True
    client.force_login(enrolled)
    html = client.get(course.url).content.decode()
    assert ">Quiz<" in html and "Passed." not in html and "2 lessons" in html
    attempt = services.start_attempt(enrolled, quiz)
    services.submit_attempt(enrolled, attempt.pk, correct_answers(attempt))
    assert "Passed." in client.get(course.url).content.decode()


# --- Item analysis for trainers -----------------------------------------------------------------


def test_item_analysis_and_its_export(client, demo_site, trainer):
    from courses.models import CourseAssignment

    course, _ = make_course((1,))
    quiz = make_quiz(course.get_children().first(), max_attempts=0)
    learners = [UserFactory(role="Learner") for _ in range(4)]
    for index, learner in enumerate(learners):
        services.enroll(learner, course)
        attempt = services.start_attempt(learner, quiz)
        answers = correct_answers(attempt) if index < 2 else {}
        if index == 3:  # picks the wrong single choice
            single = quiz.questions.get(kind=QuestionKind.SINGLE)
            wrong = single.choices.get(is_correct=False)
            answers = {f"q-{single.pk}": [str(wrong.pk)]}
        services.submit_attempt(learner, attempt.pk, answers)

    analysis = services.quiz_item_analysis(quiz)
    assert analysis.attempts == 4
    single = next(i for i in analysis.questions if i.question.kind == QuestionKind.SINGLE)
    assert (single.attempts, single.percent_correct) == (4, 50)
    assert (single.most_chosen_wrong, single.most_chosen_wrong_count) == ("DDP", 1)
    assert single.discrimination == 1.0  # the best attempt right, the worst wrong
    assert dict(analysis.distribution)["90–100%"] == 2
    assert dict(analysis.distribution)["0–9%"] == 2

    CourseAssignment.objects.create(course=course, trainer=trainer)
    client.force_login(trainer)
    url = f"/admin/courses/quizzes/{quiz.pk}/analysis/"
    response = client.get(url)
    assert response.status_code == 200
    assert "Most chosen wrong answer" in response.content.decode()
    csv = client.get(url + "?format=csv").content.decode()
    assert "Which rule passes risk" in csv and "DDP" in csv
    xlsx = client.get(url + "?format=xlsx")
    assert xlsx.status_code == 200
    assert openpyxl.load_workbook(io.BytesIO(xlsx.content)).active.title == "Item analysis"

    edit = client.get(f"/admin/pages/{quiz.pk}/edit/").content.decode()
    assert url in edit  # the "Item analysis" header button

    client.force_login(UserFactory(role="Trainer", profile=False))
    assert client.get(url).status_code == 403


# --- Knowledge checks in lessons ----------------------------------------------------------------


def test_knowledge_check_gives_feedback_without_javascript(client, enrolled, course_and_quiz):
    from courses.models import LessonPage

    lesson = LessonPage.objects.get(pk=course_and_quiz[1][0].pk)
    check = {
        "question": "Which rule suits a container handed over inland?",
        "choices": [
            {"text": "FCA", "is_correct": True, "feedback": "Risk passes at the carrier."},
            {"text": "FOB", "is_correct": False, "feedback": "Only for sea, on board."},
        ],
        "explanation": "Container terminals are inland.",
    }
    lesson.body = [("knowledge_check", check)]
    lesson.save_revision().publish()
    client.force_login(enrolled)
    html = without_enhancement_script(client.get(lesson.url).content.decode())
    assert "<details>" in html and "<summary>FCA</summary>" in html
    assert (
        "Risk passes at the carrier." in html and "<script" not in html.split("knowledge-check")[1]
    )
