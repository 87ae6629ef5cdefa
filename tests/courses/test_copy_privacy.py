"""Copying, aliasing and the privacy dialog of course pages, through the admin as a moderator.

A course's pages answer ``get_view_restrictions()`` from the outline's shared query but
must still be the queryset Wagtail's copy, alias and privacy views work on; a copy is
written whole or not at all.
"""

import pytest
from django.core.management import call_command
from django.db.models import QuerySet
from django.db.models.signals import post_save
from django.urls import reverse
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Page, PageViewRestriction

from courses.models import CoursePage, LessonPage, ModulePage
from courses.services.page_copies import half_copied_pages
from tests.courses.builders import make_courses_once, publish_child

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_site):
    """A live course of two modules (two lessons, one lesson), the first lesson members-only."""
    ((course, lessons),) = make_courses_once({"lessons_per_module": (2, 1)})
    PageViewRestriction.objects.create(page=lessons[0], restriction_type="login")
    return course, lessons


@pytest.fixture
def admin_client(client, moderator):
    client.force_login(moderator)
    return client


def copy(client, page, slug, **options):
    data = {
        "new_title": f"Copy of {page.title}",
        "new_slug": slug,
        "new_parent_page": page.get_parent().pk,
        "copy_subpages": "on",
        "publish_copies": "on",
    }
    data.update(options)
    return client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]), data)


def subtree(page):
    return list(
        Page.objects.filter(path__startswith=page.path)
        .order_by("path")
        .values_list("slug", "depth", "live")
    )


def restricted_slugs(page):
    return list(
        PageViewRestriction.objects.filter(page__path__startswith=page.path)
        .order_by("page__path")
        .values_list("page__slug", flat=True)
    )


def tree_problems():
    """treebeard's own consistency check: every list must be empty."""
    return [ids for ids in Page.find_problems() if ids]


def test_view_restrictions_are_a_queryset_of_the_page_and_its_ancestors(course):
    course, lessons = course
    PageViewRestriction.objects.create(page=course, restriction_type="login")
    lesson = LessonPage.objects.get(pk=lessons[0].pk)
    restrictions = lesson.get_view_restrictions()
    assert isinstance(restrictions, QuerySet)
    assert sorted(r.page_id for r in restrictions) == sorted([course.pk, lesson.pk])
    assert [r.page_id for r in restrictions.order_by("-page__depth")] == [lesson.pk, course.pk]
    assert restrictions.exists()
    assert not LessonPage.objects.get(pk=lessons[1].pk).get_view_restrictions().filter(page=lesson)


def test_copying_a_course_copies_every_page_live_with_its_restriction(admin_client, course):
    course, lessons = course
    response = copy(admin_client, course, "copied-course")
    assert response.status_code == 302
    copied = CoursePage.objects.get(slug="copied-course")
    assert copied.title == "Copy of Course test-course"
    assert [(slug, depth - copied.depth, live) for slug, depth, live in subtree(copied)] == [
        ("copied-course", 0, True),
        ("module-1", 1, True),
        ("lesson-1-1", 2, True),
        ("lesson-1-2", 2, True),
        ("module-2", 1, True),
        ("lesson-2-1", 2, True),
    ]
    assert restricted_slugs(copied) == ["lesson-1-1"]
    assert tree_problems() == []
    # The copy is a working tree: a trainer can add a lesson under its module.
    module = ModulePage.objects.get(path__startswith=copied.path, slug="module-2")
    publish_child(module, LessonPage(title="Added", slug="added", body=[]))
    assert tree_problems() == []


def test_a_restricted_course_s_copy_is_restricted_once_at_the_top(admin_client, course):
    course, lessons = course
    PageViewRestriction.objects.create(page=course, restriction_type="login")
    assert copy(admin_client, course, "copied-course").status_code == 302
    copied = CoursePage.objects.get(slug="copied-course")
    assert restricted_slugs(copied) == ["copied-course", "lesson-1-1"]


def test_a_copy_that_fails_halfway_leaves_nothing_and_the_next_one_works(admin_client, course):
    course, lessons = course
    pages_before = Page.objects.count()
    restrictions_before = PageViewRestriction.objects.count()

    def fail_on_second_lesson(sender, instance, created, **kwargs):
        if created and instance.slug == "lesson-1-2":
            raise RuntimeError("disk full")

    post_save.connect(fail_on_second_lesson, sender=LessonPage)
    try:
        with pytest.raises(RuntimeError, match="disk full"):
            copy(admin_client, course, "copied-course")
    finally:
        post_save.disconnect(fail_on_second_lesson, sender=LessonPage)

    assert Page.objects.count() == pages_before
    assert PageViewRestriction.objects.count() == restrictions_before
    assert not CoursePage.objects.filter(slug="copied-course").exists()
    assert tree_problems() == []
    assert copy(admin_client, course, "copied-course").status_code == 302
    assert len(subtree(CoursePage.objects.get(slug="copied-course"))) == 6


def test_aliasing_a_course_aliases_every_page_and_shares_the_source_restrictions(
    admin_client, course
):
    course, lessons = course
    response = copy(admin_client, course, "course-alias", alias="on")
    assert response.status_code == 302
    alias = CoursePage.objects.get(slug="course-alias")
    assert alias.alias_of_id == course.pk
    aliased = Page.objects.filter(path__startswith=alias.path).exclude(pk=alias.pk)
    assert sorted(aliased.values_list("alias_of_id", flat=True)) == sorted(
        [lesson.get_parent().pk for lesson in (lessons[0], lessons[2])] + [p.pk for p in lessons]
    )
    alias_lesson = LessonPage.objects.get(path__startswith=alias.path, slug="lesson-1-1")
    assert [r.page_id for r in alias_lesson.get_view_restrictions()] == [lessons[0].pk]
    assert tree_problems() == []


@pytest.mark.parametrize("level", ["course", "module", "lesson"])
def test_privacy_dialog_shows_and_sets_each_page_s_restriction(admin_client, course, level):
    course, lessons = course
    page = {"course": course, "module": lessons[1].get_parent(), "lesson": lessons[1]}[level]
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])

    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Public" in response.json()["html"]

    response = admin_client.post(url, {"restriction_type": "login"})
    assert response.status_code == 200
    assert response.json() == {"step": "set_privacy_done", "is_public": False}
    assert page.view_restrictions.get().restriction_type == "login"

    response = admin_client.post(url, {"restriction_type": "none"})
    assert response.json() == {"step": "set_privacy_done", "is_public": True}
    assert not page.view_restrictions.exists()


def test_privacy_dialog_of_a_lesson_names_the_restricted_course(admin_client, course):
    course, lessons = course
    PageViewRestriction.objects.create(page=course, restriction_type="login")
    url = reverse("wagtailadmin_pages:set_privacy", args=[lessons[1].pk])
    html = admin_client.get(url).json()["html"]
    assert "Privacy is inherited from the ancestor page" in html
    assert course.title in html


def test_remove_half_copies_finds_and_removes_what_a_failed_copy_left(course, moderator):
    """A copy that failed before it ran in a transaction left a partial live course."""
    course, lessons = course
    pages_before = Page.objects.count()

    def fail_on_second_lesson(sender, instance, created, **kwargs):
        if created and instance.slug == "lesson-1-2":
            raise RuntimeError("crash")

    post_save.connect(fail_on_second_lesson, sender=LessonPage)
    try:
        with pytest.raises(RuntimeError):
            CopyPageAction(
                course,
                to=course.get_parent(),
                recursive=True,
                keep_live=True,
                update_attrs={"title": "Half", "slug": "half"},
                user=moderator,
            ).execute()
    finally:
        post_save.disconnect(fail_on_second_lesson, sender=LessonPage)
    assert Page.objects.count() == pages_before + 3  # course, module 1 and lesson 1.1
    assert tree_problems() != []
    assert [p.slug for p in half_copied_pages()] == ["half"]

    call_command("remove_half_copies")  # lists only
    assert Page.objects.count() == pages_before + 3
    call_command("remove_half_copies", "--delete")
    assert Page.objects.count() == pages_before
    assert half_copied_pages() == []
    assert tree_problems() == []
    assert copy_subtree_is_whole(course, moderator)


def copy_subtree_is_whole(course, moderator) -> bool:
    copied = CopyPageAction(
        course,
        to=course.get_parent(),
        recursive=True,
        update_attrs={"title": "Again", "slug": "again"},
        user=moderator,
    ).execute()
    return len(subtree(copied)) == 6
