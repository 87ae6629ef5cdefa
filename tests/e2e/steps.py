"""Steps several browser journeys share."""

from courses.models import QuestionKind


def answer_every_question_right(page, quiz):
    for question in quiz.questions.prefetch_related("choices"):
        name = f"q-{question.pk}"
        choices = list(question.choices.all())
        if question.kind == QuestionKind.ORDERING:
            for position, choice in enumerate(choices, start=1):
                page.locator(f"select[name='{name}-{choice.pk}']").select_option(str(position))
        elif question.kind == QuestionKind.NUMERIC:
            page.locator(f"input[name='{name}']").fill(f"{question.numeric_answer.normalize():f}")
        elif question.kind == QuestionKind.SHORT_TEXT:
            page.locator(f"input[name='{name}']").fill(question.accepted_list[0])
        else:
            for choice in choices:
                if choice.is_correct:
                    page.locator(f"input[name='{name}'][value='{choice.pk}']").check()
