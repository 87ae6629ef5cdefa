"""A learner reads the French translation of a demo course in a real browser, completes its
lessons and passes its quiz: the English course records the progress and the certificate."""

import re

from playwright.sync_api import expect

from courses.models import Certificate, CoursePage, LessonPage, QuestionKind, QuizPage
from lms.demo.accounts import DEMO_PASSWORD
from lms.demo.data import trade_agreements_fr
from tests.e2e.steps import answer_every_question_right
from tests.e2e.test_foundation import sign_in

SLUG = trade_agreements_fr.COURSE["slug"]


def test_learner_reads_the_french_course_and_passes_its_quiz(page):
    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    french = CoursePage.objects.get(slug=SLUG, locale__language_code="fr")
    sign_in(page, "learner2@example.org", DEMO_PASSWORD)

    page.goto(f"/fr/export-skills/{SLUG}/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(trade_agreements_fr.COURSE["title"])
    page.locator("form[action$='/enroll/'] button").click()

    lessons = LessonPage.objects.descendant_of(french).live().order_by("path")
    for lesson in lessons:
        page.goto(lesson.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        page.locator("form[action$='/complete/'] button").click()

    page.goto(f"/fr/export-skills/{SLUG}/")
    expect(page.locator(".lesson-row--done")).to_have_count(len(lessons))
    quiz_title = trade_agreements_fr.COURSE["quiz"]["title"]
    page.get_by_role("link", name=quiz_title).click()
    page.locator("form[action$='/start/'] button").click()
    first_question = trade_agreements_fr.COURSE["quiz"]["questions"][0]["text"]
    expect(page.get_by_text(first_question)).to_be_visible()

    quiz = QuizPage.objects.descendant_of(english).get()  # the attempt is the English quiz's
    answer_every_question_right(page, quiz)
    for question in quiz.questions.filter(kind=QuestionKind.NUMERIC):  # a French reader: 7,5
        answer = f"{question.numeric_answer.normalize():f}".replace(".", ",")
        page.locator(f"input[name='q-{question.pk}']").fill(answer)
    page.locator("form[action$='/submit/'] button[type='submit']").last.click()
    expect(page.get_by_text(re.compile(r"\b100\b"))).not_to_have_count(0)
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    enrollment = english.enrollments.get(user__email="learner2@example.org")
    assert enrollment.completed_at is not None
    assert Certificate.objects.filter(user__email="learner2@example.org", course=english).exists()
