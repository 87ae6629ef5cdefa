"""Trainers may edit only the courses assigned to them.

Wagtail grants page permissions to groups over whole subtrees, and the Trainer role needs
"add" on the tracks to create courses, which would reach into every course. This tester
narrows it: inside a course, a user who holds no role above Trainer may add and edit only if
assigned to that course (CourseAssignment), and then may edit a co-trainer's pages too. It
never grants publishing: changes still go through the moderation workflow.
"""

from wagtail.models import PagePermissionTester

from lms.accounts import roles

_ABOVE_TRAINER = {roles.CONTENT_MODERATOR, roles.SITE_ADMIN}


def _is_only_a_trainer(user) -> bool:
    names = roles.role_names(user)
    return roles.TRAINER in names and not (names & _ABOVE_TRAINER) and not user.is_superuser


class CoursePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and _is_only_a_trainer(user):
            if is_assigned(user, page):
                self.permissions = (self.permissions | {"add", "change"}) - {"publish"}
            else:
                self.permissions = set()


def is_assigned(user, page) -> bool:
    """Whether ``user`` is assigned to the course ``page`` is, or lies in."""
    from .models import CourseAssignment

    steplen = page.steplen
    ancestor_paths = [page.path[:n] for n in range(steplen, len(page.path) + 1, steplen)]
    return CourseAssignment.objects.filter(trainer=user, course__path__in=ancestor_paths).exists()
