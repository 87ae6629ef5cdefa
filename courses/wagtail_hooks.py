"""Wagtail admin for the learning domain: trainer assignments (assigned on creation too),
"My courses" and each course's learners (views in courses.admin_views)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content.caching import read_ahead
from content.translations import translation_urls_key
from lms.accounts import roles
from lms.accounts.admin_permissions import PermissionCheckedSnippetChooserViewSet

from .models import CourseAssignment, CoursePage
from .models.pages import CourseTreePage
from .services.outline import outline_key
from .tree import course_path_of, restrictions_key


class CourseAssignmentViewSet(SnippetViewSet):
    model = CourseAssignment
    icon = "user"
    menu_label = _("Course trainers")
    add_to_settings_menu = True
    list_display = ["course", "trainer", "assigned_at"]
    list_filter = ["course"]
    # Wagtail's own chooser would list every assignment to anyone with admin access.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet


register_snippet(CourseAssignmentViewSet)


@hooks.register("after_create_page")
def assign_the_creating_trainer(request, page):
    """The trainer who creates a course is assigned to it, and so may keep editing it."""
    if isinstance(page.specific, CoursePage) and roles.TRAINER in roles.role_names(request.user):
        CourseAssignment.objects.get_or_create(course=page.specific, trainer=request.user)


@hooks.register("before_copy_page")
def copy_in_one_transaction(request, page):
    """Copying (or aliasing) a page with its subpages writes every page, revision and view
    restriction of the subtree; Wagtail does not wrap that in a transaction, so a failure
    halfway would leave a half-copied live course. Run the whole copy view atomically."""
    if request.method != "POST" or getattr(request, "_copy_in_transaction", False):
        return None
    from django.db import transaction
    from wagtail.admin.viewsets.pages import page_viewset_registry

    request._copy_in_transaction = True
    copy_view = page_viewset_registry.as_view("copy", page_id_kwarg="page_id")
    with transaction.atomic():
        return copy_view(request, page_id=page.pk)


@hooks.register("after_copy_page")
def copy_each_page_s_privacy(request, page, new_page):
    """Copied subpages keep their own privacy (see ``mirror_view_restrictions``)."""
    if not new_page.alias_of_id:
        from .services.page_copies import mirror_view_restrictions

        mirror_view_restrictions(page, new_page)


# --- The trainer's course views (courses.admin_views) -------------------------------------
# Imported inside the hooks: this module's imports above are left as they were.


@hooks.register("register_admin_urls")
def register_course_learner_urls():
    """/admin/courses/ ("My courses") and /admin/courses/<id>/learners/."""
    from django.urls import include, path

    from . import admin_views

    return [path("courses/", include((admin_views.urlpatterns, "courses_admin")))]


@hooks.register("register_admin_menu_item")
def register_my_courses_menu_item():
    from django.urls import reverse

    from .admin_views import MyCoursesMenuItem

    return MyCoursesMenuItem(
        _("My courses"), reverse("courses_admin:my_courses"), icon_name="group", order=150
    )


@hooks.register("register_page_header_buttons")
def course_learners_header_button(page, user, view_name=None, next_url=None):
    from .admin_views import learners_header_buttons

    yield from learners_header_buttons(page, user, view_name)


# --- Certificates (courses.certificates.admin) ---------------------------------------------


def _register_certificate_admin():
    from wagtail.permissions import register_permission_policy

    from .certificates.admin import (
        CertificatePermissionPolicy,
        CertificateTemplateViewSet,
        CertificateViewSet,
    )
    from .models import Certificate

    register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))
    register_snippet(CertificateTemplateViewSet)
    register_snippet(CertificateViewSet)


_register_certificate_admin()


# --- The course assignment rule everywhere in the admin (courses.permissions) -------------


def _register_course_page_policy():
    from wagtail.models import Page
    from wagtail.permissions import register_permission_policy

    from .permissions import CoursePagePermissionPolicy

    register_permission_policy(Page, CoursePagePermissionPolicy(Page))


_register_course_page_policy()


@hooks.register("construct_page_chooser_queryset")
def page_chooser_follows_course_assignments(pages, request):
    """A trainer chooses no page of a course they are not assigned to (as in the explorer),
    and is refused browsing inside one; a role with no page permission at all (ministry
    analysts) is refused the page chooser."""
    from django.core.exceptions import PermissionDenied
    from wagtail.models import Page

    from lms.accounts.admin_permissions import has_any_page_permission

    from .permissions import outside_unassigned_courses, rule_applies_to

    if not has_any_page_permission(request.user):
        raise PermissionDenied
    if not rule_applies_to(request.user):
        return pages
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if (
        parent_id is not None
        and not outside_unassigned_courses(request.user, Page.objects.filter(pk=parent_id)).exists()
    ):
        raise PermissionDenied
    # By id, so that the chooser's search (a search backend query) can still filter on it.
    return pages.filter(
        pk__in=outside_unassigned_courses(request.user, Page.objects.all()).values("pk")
    )


# --- Content to review (courses.freshness_admin registers its report and menu item), and
# --- Course translations (courses.translations_admin, likewise) ---------------------------

from . import freshness_admin, translations_admin  # noqa: E402, F401


@hooks.register("before_serve_page")
def read_course_caches_ahead(page, request, serve_args, serve_kwargs):
    """Before Wagtail's privacy check (an ``on_serve_page`` wrapper, which runs after these
    hooks) reads the view restrictions, fetch in the same round trip what serving a page of
    a course reads next from the cache: its course's outline and the page's translations'
    addresses (content.caching.read_ahead). An anonymous course page comes whole from the
    page cache and needs only the restrictions."""
    if not isinstance(page, CourseTreePage) or getattr(request, "is_preview", False):
        return None
    keys = [restrictions_key(page)]
    if isinstance(page, CoursePage):
        if request.user.is_authenticated:
            keys += [outline_key(page.path), translation_urls_key(page, request)]
    else:
        keys += [outline_key(course_path_of(page.path)), translation_urls_key(page, request)]
    read_ahead(keys)
    return None
