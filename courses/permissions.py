"""Trainers may edit only the courses assigned to them: one rule for every admin surface.

Wagtail grants page permissions to groups over whole subtrees, and the Trainer role needs
"add" on the tracks to create courses, which would reach into every course. The rule here
narrows it: inside a course, a user who holds no role above Trainer may add and edit only if
assigned to that course (CourseAssignment), and then may edit a co-trainer's pages too; a
course they are not assigned to is closed to them, its pages absent from their listings. It
never grants publishing: changes still go through the moderation workflow.

Wagtail asks two objects: a page's permission tester (the edit view, action menus, the URL
finder, editing sessions) and the page permission policy (explorer and search listings,
the admin API, workflow reports, the dashboard). ``CoursePermissionTester`` and
``CoursePagePermissionPolicy`` both apply ``course_rule`` below; the policy is registered
for ``Page`` in courses.wagtail_hooks, and page choosers are narrowed the same way there.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.tree import ancestor_paths
from lms.accounts import roles

_ABOVE_TRAINER = {roles.CONTENT_MODERATOR, roles.SITE_ADMIN}
#: What an assigned trainer may do inside their course (never publish).
ASSIGNED_ACTIONS = frozenset({"add", "change"})


def _is_only_a_trainer(user) -> bool:
    names = roles.role_names(user)
    return roles.TRAINER in names and not (names & _ABOVE_TRAINER) and not user.is_superuser


def rule_applies_to(user) -> bool:
    """Whether the course assignment rule narrows ``user``'s page permissions."""
    return user.is_active and user.is_authenticated and _is_only_a_trainer(user)


def course_actions(user, page: Page, inherited: set[str]) -> set[str]:
    """The actions ``user`` has on ``page`` under the rule, from those Wagtail's grants give.

    Outside a course, or for a user above Trainer, the grants stand as they are; inside an
    assigned course a trainer adds and edits (never publishes); inside another course,
    nothing.
    """
    if not rule_applies_to(user):
        return inherited
    from .models import CourseAssignment, CoursePage

    # An assignment covers the course in every language: translating is editing.
    courses = CoursePage.objects.filter(path__in=ancestor_paths(page.path)).annotate(
        assigned=Exists(
            CourseAssignment.objects.filter(
                course__translation_key=OuterRef("translation_key"), trainer=user
            )
        )
    )
    course = courses.values_list("assigned", flat=True).first()
    if course is None:
        return inherited
    return (set(inherited) | ASSIGNED_ACTIONS) - {"publish"} if course else set()


def is_assigned(user, page) -> bool:
    """Whether ``user`` is assigned to the course ``page`` is, or lies in."""
    from .models import CourseAssignment, CoursePage

    courses = CoursePage.objects.filter(path__in=ancestor_paths(page.path))
    return CourseAssignment.objects.filter(
        trainer=user, course__translation_key__in=courses.values("translation_key")
    ).exists()


def assigned_courses(user) -> QuerySet:
    """The courses ``user`` is assigned to, with their translations in every locale."""
    from .models import CoursePage

    keys = CoursePage.objects.filter(assignments__trainer=user).values("translation_key")
    return CoursePage.objects.filter(translation_key__in=keys)


def _in_courses(courses: QuerySet) -> Exists:
    """A filter: the page lies in (or is) one of ``courses``, in one subquery."""
    return Exists(courses.filter(path=Substr(OuterRef("path"), 1, Length("path"))))


def outside_unassigned_courses(user, pages: QuerySet) -> QuerySet:
    """``pages`` without those in courses ``user`` is not assigned to, under the rule."""
    if not rule_applies_to(user):
        return pages
    from .models import CoursePage

    return pages.exclude(
        _in_courses(CoursePage.objects.exclude(pk__in=assigned_courses(user).values("pk")))
    )


class CoursePermissionTester(PagePermissionTester):
    """Page permissions for one page inside a course (see ``course_actions``)."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser:
            self.permissions = course_actions(user, page, self.permissions)


class CoursePagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy with the course assignment rule, for every listing and check.

    Only checks about instances change: whether a trainer may add pages somewhere at all
    (``user_has_permission``) is Wagtail's answer, since trainers create courses.
    """

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not rule_applies_to(user):
            return super().user_has_any_permission_for_instance(user, actions, instance)
        granted = super().user_has_any_permission_for_instance  # (no super() in a set)
        inherited = {
            action
            for action in ("add", "change", "publish", "bulk_delete", "lock", "unlock")
            if granted(user, {action}, instance)
        }
        return bool(set(actions) & course_actions(user, instance, inherited))

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        if not rule_applies_to(user):
            return pages
        pages = outside_unassigned_courses(user, pages)
        if set(actions) & ASSIGNED_ACTIONS:
            assigned = assigned_courses(user)
            pages = pages | self.model._default_manager.filter(_in_courses(assigned))
        return pages

    def explorable_instances(self, user):
        return outside_unassigned_courses(user, super().explorable_instances(user))
