"""Wagtail admin for the learning domain: trainer assignments and the creator's assignment."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.accounts import roles

from .models import CourseAssignment, CoursePage


class CourseAssignmentViewSet(SnippetViewSet):
    model = CourseAssignment
    icon = "user"
    menu_label = _("Course trainers")
    add_to_settings_menu = True
    list_display = ["course", "trainer", "assigned_at"]
    list_filter = ["course"]


register_snippet(CourseAssignmentViewSet)


@hooks.register("after_create_page")
def assign_the_creating_trainer(request, page):
    """The trainer who creates a course is assigned to it, and so may keep editing it."""
    if isinstance(page.specific, CoursePage) and roles.TRAINER in roles.role_names(request.user):
        CourseAssignment.objects.get_or_create(course=page.specific, trainer=request.user)
