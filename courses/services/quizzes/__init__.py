"""Quizzes, split by meaning behind one import path: ``grading`` (pure scoring),
``answers`` (reading a submitted form), ``attempts`` (the rules of attempts and completion)
and ``page_context`` (what the quiz pages show). Grading happens here and nowhere else."""

from .answers import InvalidAnswers, clean_answers, unanswered_questions
from .attempts import (
    TIME_LIMIT_GRACE,
    AttemptStatus,
    QuizRefused,
    Submission,
    answers_visible,
    attempt_questions,
    attempt_status,
    check_course_completion,
    deadline,
    get_attempt,
    is_overdue,
    quiz_course,
    quiz_locked,
    review_submission,
    start_attempt,
    submit_attempt,
)
from .grading import GradableQuestion, GradeResult, QuestionResult, gradable, grade
from .page_context import (
    AttemptReview,
    QuizAccess,
    attempt_review,
    quiz_access,
    quiz_page_context,
)

__all__ = [
    "TIME_LIMIT_GRACE",
    "AttemptReview",
    "AttemptStatus",
    "GradableQuestion",
    "GradeResult",
    "InvalidAnswers",
    "QuestionResult",
    "QuizAccess",
    "QuizRefused",
    "Submission",
    "answers_visible",
    "attempt_questions",
    "attempt_review",
    "attempt_status",
    "check_course_completion",
    "clean_answers",
    "deadline",
    "get_attempt",
    "gradable",
    "grade",
    "is_overdue",
    "quiz_access",
    "quiz_course",
    "quiz_locked",
    "quiz_page_context",
    "review_submission",
    "start_attempt",
    "submit_attempt",
    "unanswered_questions",
]
