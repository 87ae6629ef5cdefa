"""The learning domain's models: Wagtail pages authored by trainers, and the plain models
that learners' actions write."""

from .certificates import Certificate, CertificateTemplate
from .freshness import ReviewReminder
from .learning import CourseAssignment, Enrollment, LessonProgress
from .pages import CompletionRule, CoursePage, LessonPage, ModulePage, TrackPage
from .quizzes import (
    QuestionKind,
    QuizAttempt,
    QuizChoice,
    QuizPage,
    QuizQuestion,
    ShowAnswers,
)

__all__ = [
    "Certificate",
    "CertificateTemplate",
    "CompletionRule",
    "CourseAssignment",
    "CoursePage",
    "Enrollment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuestionKind",
    "QuizAttempt",
    "QuizChoice",
    "QuizPage",
    "QuizQuestion",
    "ReviewReminder",
    "ShowAnswers",
    "TrackPage",
]
