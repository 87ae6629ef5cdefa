"""A learner completes a course in the browser, downloads the certificate's PDF and
verifies it by its code, typed the way people type codes."""

import io
import re

from playwright.sync_api import expect
from pypdf import PdfReader

from courses import services
from courses.models import Certificate, CoursePage, QuizPage
from lms.accounts.models import User
from lms.demo.accounts import DEMO_PASSWORD
from tests.e2e.steps import answer_every_question_right, sign_out
from tests.e2e.test_foundation import sign_in

SLUG = "getting-paid-and-shipping-parcels"


def test_learner_completes_a_course_downloads_the_pdf_and_verifies_it(page):
    learner = User.objects.get(email="learner2@example.org")
    course = CoursePage.objects.get(slug=SLUG)
    lessons = services.course_outline(course).lessons
    services.enroll(learner, course)
    for lesson in lessons[:-1]:  # the earlier lessons, read on another day
        services.complete_lesson(learner, lesson)

    sign_in(page, "learner2@example.org", DEMO_PASSWORD)
    page.goto(lessons[-1].get_url())
    page.get_by_role("button", name="Mark as complete").click()
    expect(page.get_by_text("Every lesson is done: pass the graded quizzes")).to_be_visible()
    assert not Certificate.objects.filter(user=learner).exists()  # the quiz is still to pass

    quiz = QuizPage.objects.descendant_of(course).get()
    page.goto(quiz.get_url())
    page.get_by_role("button", name="Start attempt").click()
    answer_every_question_right(page, quiz)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_text("Score: 100%")).to_be_visible()

    page.get_by_role("navigation", name="Account").get_by_role("link", name="My learning").click()
    card = page.locator(".certificate-card", has_text=course.title)
    expect(card).to_be_visible()
    expect(card.get_by_text("Completed on")).to_be_visible()
    with page.expect_download() as download_info:
        card.get_by_role("link", name=re.compile("^PDF")).click()
    pdf = PdfReader(io.BytesIO(open(download_info.value.path(), "rb").read()))
    text = pdf.pages[0].extract_text()
    certificate = Certificate.objects.get(user=learner, course=course)
    assert "Kwame Mensah" in text and course.title in text and certificate.code in text

    # Someone checking it types the code from the paper, loosely.
    sign_out(page)
    page.goto("/certificates/verify/")
    page.get_by_label("Verification code").fill(certificate.code.lower().replace("-", " "))
    page.get_by_role("button", name="Check the code").click()
    expect(page).to_have_url(re.compile(f"/certificates/verify/{certificate.code}/$"))
    expect(
        page.get_by_text("This certificate is genuine and has not been revoked.")
    ).to_be_visible()
    expect(page.get_by_text("Kwame Mensah")).to_be_visible()
    expect(page.get_by_text(course.title)).to_be_visible()

    # The demo's revoked certificate says so, with its reason.
    revoked = Certificate.objects.get(revoked_at__isnull=False)
    page.goto(revoked.verify_path)
    expect(page.locator(".verification__status")).to_contain_text("Revoked")
    expect(page.get_by_text(revoked.revoked_reason)).to_be_visible()
