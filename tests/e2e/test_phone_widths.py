"""On a 390 px phone no page scrolls sideways, answer boxes are wide enough for a thumb, and
Enter in a quiz answer box submits nothing."""

from playwright.sync_api import expect

from content.assessments.models import AssessmentPage, AssessmentResult
from content.brandplan.models import BrandPlan
from content.markets.models import MarketChecklist
from courses import services
from courses.models import (
    Certificate,
    CoursePage,
    LessonPage,
    ModulePage,
    QuestionKind,
    QuizAttempt,
    QuizPage,
)
from lms.accounts.models import User
from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.test_foundation import sign_in

PHONE = 390


def open_attempt(learner: User) -> QuizAttempt:
    """An open attempt at a demo quiz with a text, a number or an ordering question."""
    for quiz in QuizPage.objects.live().order_by("path"):
        kinds = set(quiz.questions.values_list("kind", flat=True))
        if not kinds & {QuestionKind.SHORT_TEXT, QuestionKind.NUMERIC, QuestionKind.ORDERING}:
            continue
        services.enroll(learner, services.course_of(quiz))
        try:
            return services.start_attempt(learner, quiz)
        except services.LearningError:
            continue
    raise AssertionError("no demo quiz takes typed or ordered answers")


def page_types(learner: User, attempt: QuizAttempt) -> dict[str, str]:
    course = CoursePage.objects.live().order_by("path").first()
    plan = BrandPlan.objects.filter(owner=learner).first()
    result = AssessmentResult.objects.filter(owner=learner).first()
    market = MarketChecklist.objects.first()
    finished = QuizAttempt.objects.filter(user=learner, submitted_at__isnull=False).first()
    certificate = Certificate.objects.filter(user=learner).first()
    return {
        "home": "/",
        "track": course.get_parent().url,
        "course": course.url,
        "module": ModulePage.objects.child_of(course).first().url,
        "lesson": LessonPage.objects.live().descendant_of(course).first().url,
        "quiz": attempt.quiz.url,
        "quiz attempt": f"/learn/attempts/{attempt.pk}/",
        "quiz result": f"/learn/attempts/{finished.pk}/result/",
        "my learning": "/dashboard/",
        "certificate verification form": "/certificates/verify/",
        "certificate verified": f"/certificates/verify/{certificate.code}/",
        "toolkit": "/toolkit/",
        "brand plans": "/toolkit/brand-plan/",
        "brand plan overview": f"/toolkit/brand-plan/{plan.pk}/",
        "brand plan step": f"/toolkit/brand-plan/{plan.pk}/pricing/",
        "self-assessment": AssessmentPage.objects.live().first().url,
        "assessment results": "/toolkit/assessments/results/",
        "assessment result": result.get_absolute_url(),
        "markets": "/toolkit/markets/",
        "market checklist": f"/toolkit/markets/{market.slug}/",
        "library": "/toolkit/resources/",
        "glossary": "/toolkit/glossary/",
        "search": "/search/?q=incoterms",
        "profile": "/profile/",
        "personal data": "/profile/data/",
    }


def test_no_page_scrolls_sideways_on_a_phone(page):
    learner = User.objects.get(email="learner@example.org")
    attempt = open_attempt(learner)
    sign_in(page, learner.email, DEMO_PASSWORD)
    assert page.viewport_size["width"] == PHONE

    too_wide = {}
    for name, path in page_types(learner, attempt).items():
        response = page.goto(path)
        assert response.ok, f"{name} ({path}) answered {response.status}"
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE:
            too_wide[name] = (path, width)

    assert too_wide == {}


def test_answer_boxes_are_thumb_wide_and_enter_submits_nothing(page):
    learner = User.objects.get(email="learner@example.org")
    attempt = open_attempt(learner)
    sign_in(page, learner.email, DEMO_PASSWORD)
    page.goto(f"/learn/attempts/{attempt.pk}/")

    for box in page.locator(".quiz-form input[type='text']").all():
        assert box.bounding_box()["width"] >= 240
    for select in page.locator(".quiz-order select").all():
        assert select.bounding_box()["width"] >= 64

    typed = page.locator(".quiz-form input[type='text']").first
    if typed.count():
        typed.fill("FCA")
        typed.press("Enter")
        page.wait_for_timeout(500)  # a submission would have navigated by now
        assert page.url.endswith(f"/learn/attempts/{attempt.pk}/")
        attempt.refresh_from_db()
        assert attempt.is_open

    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("alert")).to_contain_text("unanswered")
    attempt.refresh_from_db()
    assert attempt.is_open  # asking did not spend the attempt
    page.get_by_role("button", name="Submit anyway").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your result")
