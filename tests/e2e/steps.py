"""Steps several browser journeys share."""

from playwright.sync_api import expect

from courses.models import QuestionKind
from courses.services.model_answers import right_answer


def answer_every_question_right(page, quiz):
    """Fill the quiz form with ``right_answer``, the demo's and the tests' reading too."""
    for question in quiz.questions.prefetch_related("choices"):
        for name, value in right_answer(question).items():
            if isinstance(value, list):
                for choice_id in value:
                    page.locator(f"input[name='{name}'][value='{choice_id}']").check()
            elif question.kind == QuestionKind.ORDERING:
                page.locator(f"select[name='{name}']").select_option(value)
            else:
                page.locator(f"input[name='{name}']").fill(value)


def sign_out(page):
    """Press Sign out and wait until the site shows the visitor signed out: the offline script
    first forgets the pages kept on the device, then sends the form, so a navigation started
    straight after the click would be cut short by the sign-out's own."""
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
