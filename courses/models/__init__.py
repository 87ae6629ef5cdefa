"""The learning domain's models: Wagtail pages authored by trainers, and the plain models
that learners' actions write."""

from .learning import CourseAssignment, Enrollment, LessonProgress
from .pages import CoursePage, LessonPage, ModulePage, TrackPage

__all__ = [
    "CourseAssignment",
    "CoursePage",
    "Enrollment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "TrackPage",
]
