"""What a learner is refused, with the message they see."""

from __future__ import annotations


class LearningError(Exception):
    """A learner's action that the rules refuse; the message is shown to them."""


class NotEnrolled(LearningError):
    pass


class LessonLocked(LearningError):
    pass
