"""The rules of learning, in one place: enrollment, progress, completion and access.

Views, admin views, tasks and commands call these functions; none re-implements them.
Every function that reads a course's outline does so in a constant number of queries,
whatever the course's size. Split by meaning; import from ``courses.services``.
"""

from .access import (
    course_page_context,
    lesson_access_denial,
    lesson_page_context,
    mark_outline,
    may_study_without_enrolling,
)
from .discovery import DashboardEntry, dashboard, recommended_courses, resume_target, search
from .enrollment import (
    ACTIVITY_RESOLUTION,
    complete_lesson,
    course_of,
    enroll,
    get_enrollment,
    record_course_completion,
    touch_activity,
    unenroll,
)
from .errors import LearningError, LessonLocked, NotEnrolled
from .outline import (
    CourseProgress,
    ModuleOutline,
    Outline,
    course_outline,
    course_progress,
    view_restrictions,
)

__all__ = [
    "ACTIVITY_RESOLUTION",
    "CourseProgress",
    "DashboardEntry",
    "LearningError",
    "LessonLocked",
    "ModuleOutline",
    "NotEnrolled",
    "Outline",
    "complete_lesson",
    "course_of",
    "course_outline",
    "course_page_context",
    "course_progress",
    "dashboard",
    "enroll",
    "get_enrollment",
    "lesson_access_denial",
    "lesson_page_context",
    "mark_outline",
    "may_study_without_enrolling",
    "recommended_courses",
    "record_course_completion",
    "resume_target",
    "search",
    "touch_activity",
    "unenroll",
    "view_restrictions",
]
