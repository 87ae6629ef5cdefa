"""The learning domain's part of a learner's data: enrollments, progress, quiz attempts and
certificates (see ``lms.accounts.personal_data``).

When an account is deleted the learning rows stay, tied to the anonymised account, so the
ministry's counts of enrollments, completions and certificates do not change; certificates
are revoked with a neutral reason and lose the printed name and files.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.accounts.personal_data import register

from .models import (
    Certificate,
    Enrollment,
    LessonProgress,
    QuestionKind,
    QuizAttempt,
    QuizChoice,
    QuizQuestion,
)


def export_enrollments(user) -> list[dict]:
    return [
        {
            "course": enrollment.course.title if enrollment.course else "",
            "status": enrollment.get_status_display(),
            "enrolled_at": enrollment.enrolled_at,
            "withdrawn_at": enrollment.withdrawn_at,
            "completed_at": enrollment.completed_at,
            "last_activity_at": enrollment.last_activity_at,
        }
        for enrollment in Enrollment.objects.filter(user=user)
        .select_related("course")
        .order_by("enrolled_at", "pk")
    ]


def export_progress(user) -> list[dict]:
    return [
        {"course": row.course.title, "lesson": row.lesson.title, "completed_at": row.completed_at}
        for row in LessonProgress.objects.filter(user=user)
        .select_related("course", "lesson")
        .order_by("completed_at", "pk")
    ]


def _answer_text(value, choices: dict[int, str]):
    """A stored answer as the learner saw it: choice ids become the choices' text."""
    if isinstance(value, list):
        return [choices.get(item, str(item)) for item in value]
    if isinstance(value, int):
        return choices.get(value, str(value))
    return value


def export_quiz_attempts(user) -> list[dict]:
    """Every attempt with each question, the learner's answer and its per-question result.

    Only what the learner answered and was told: the right answers of a quiz are not part
    of a learner's data.
    """
    attempts = list(
        QuizAttempt.objects.filter(user=user).select_related("quiz").order_by("started_at", "pk")
    )
    question_ids = {int(qid) for attempt in attempts for qid in attempt.answers}
    questions = dict(QuizQuestion.objects.filter(pk__in=question_ids).values_list("pk", "text"))
    choices = dict(
        QuizChoice.objects.filter(question_id__in=question_ids).values_list("pk", "text")
    )
    rows = []
    for attempt in attempts:
        answers = [
            {
                "question": questions.get(int(qid), ""),
                "answer": _answer_text(value, choices),
                "result": (attempt.results or {}).get(str(qid)),
            }
            for qid, value in attempt.answers.items()
        ]
        rows.append(
            {
                "quiz": attempt.quiz.title,
                "started_at": attempt.started_at,
                "submitted_at": attempt.submitted_at,
                "score": attempt.score,
                "passed": attempt.passed,
                "expired": attempt.expired,
                "answers": answers,
            }
        )
    return rows


def export_certificates(user) -> list[dict]:
    return [
        {
            "code": certificate.code,
            "course": certificate.course_title,
            "name_as_printed": certificate.holder_name,
            "completed_at": certificate.completed_at,
            "issued_at": certificate.issued_at,
            "score": certificate.score,
            "verify_url": certificate.verify_url,
            "revoked_at": certificate.revoked_at,
            "revoked_reason": certificate.revoked_reason,
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_at", "pk")
    ]


def erase_typed_answers(user) -> None:
    """Typed answers to short-text questions may hold anything a learner wrote (a name, a
    place, a client), so they are blanked; whether each answer was right stays in the
    attempt's results, so trainers' question statistics and the ministry's pass rates hold."""
    typed = set(
        QuizQuestion.objects.filter(kind=QuestionKind.SHORT_TEXT).values_list("pk", flat=True)
    )
    for attempt in QuizAttempt.objects.filter(user=user).only("pk", "answers"):
        answers = {
            qid: "" if int(qid) in typed and isinstance(value, str) else value
            for qid, value in (attempt.answers or {}).items()
        }
        if answers != attempt.answers:
            QuizAttempt.objects.filter(pk=attempt.pk).update(answers=answers)


def erase_certificates(user) -> None:
    from .services.certificates import withdraw_at_holders_request

    withdraw_at_holders_request(user)


register(
    "enrollments",
    _("Course enrollments"),
    export=export_enrollments,
    order=10,
    kept=_("Kept without your name, so course totals stay correct."),
)
register(
    "lesson_progress",
    _("Lessons completed"),
    export=export_progress,
    order=11,
    kept=_("Kept without your name, so course totals stay correct."),
)
register(
    "quiz_attempts",
    _("Quiz attempts and answers"),
    export=export_quiz_attempts,
    erase=erase_typed_answers,
    order=12,
    kept=_(
        "Kept without your name, so trainers' question statistics stay correct; "
        "answers you typed in your own words are erased."
    ),
)
register(
    "certificates",
    _("Certificates"),
    export=export_certificates,
    erase=erase_certificates,
    order=13,
    kept=_(
        "Revoked with the reason “Withdrawn at the holder's request”; the printed name and "
        "the files are erased."
    ),
)
