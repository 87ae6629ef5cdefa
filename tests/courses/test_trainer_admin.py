"""The trainer's course views in the Wagtail admin: learners, completion funnel, exports,
"My courses", and who may see them."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.admin_views import MyCoursesMenuItem
from courses.models import (
    CourseAssignment,
    CoursePage,
    Enrollment,
    LessonPage,
    ModulePage,
    TrackPage,
)
from tests.courses.builders import built_once
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_mfa_gate(settings):
    settings.MFA_REQUIRED_FOR_STAFF = False


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_lesson(module, title):
    return publish_child(module, LessonPage(title=title, body=[("paragraph", "<p>x</p>")]))


def build_course(slug, lessons_per_module=(2, 1)):
    """A published course in the Export skills track, with modules of the given sizes."""
    track = TrackPage.objects.get(slug="export-skills")
    course = publish_child(
        track,
        CoursePage(
            title=f"Course {slug}",
            slug=slug,
            summary="A course for the tests.",
            level="beginner",
            estimated_hours=2,
        ),
    )
    lessons = []
    for m, count in enumerate(lessons_per_module, start=1):
        module = publish_child(course, ModulePage(title=f"Module {m}"))
        lessons += [add_lesson(module, f"Lesson {m}.{n}") for n in range(1, count + 1)]
    return course, lessons


def learners_url(course, export_format=None):
    url = reverse("courses_admin:course_learners", args=[course.pk])
    return f"{url}?format={export_format}" if export_format else url


def set_last_activity(user, course, minutes_ago):
    Enrollment.objects.filter(user=user, course=course).update(
        last_activity_at=timezone.now() - timedelta(minutes=minutes_ago)
    )


def _pricing_basics():
    return build_course("pricing-basics")


@pytest.fixture
def course_with_learners(demo_site, trainer):
    """Three lessons (2 + 1), assigned to ``trainer``; Ada finished, Ben did one lesson,
    Chloé enrolled then withdrew without starting."""
    course, lessons = built_once(_pricing_basics)
    CourseAssignment.objects.create(course=course, trainer=trainer)
    ada = UserFactory(role="Learner", first_name="Ada", last_name="Obi", country="NG")
    ben = UserFactory(role="Learner", first_name="Ben", last_name="Kamau", country="KE")
    chloe = UserFactory(role="Learner", first_name="Chloé", last_name="Diop", country="SN")
    for learner in (ada, ben, chloe):
        services.enroll(learner, course)
    for lesson in lessons:
        services.complete_lesson(ada, lesson)
    services.complete_lesson(ben, lessons[0])
    services.unenroll(chloe, course)
    set_last_activity(ben, course, 10)
    set_last_activity(ada, course, 60)
    set_last_activity(chloe, course, 600)
    return course, lessons, (ada, ben, chloe)


# --- Who may see the learners ----------------------------------------------------------------


def test_assigned_trainer_sees_learners_and_funnel(client, trainer, course_with_learners):
    course, lessons, (ada, ben, chloe) = course_with_learners
    client.force_login(trainer)

    response = client.get(learners_url(course))

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Ada Obi", "Ben Kamau", "Chloé Diop"):
        assert name in html
    rows = [(e.user, e.status, e.lessons_done, e.percent) for e in response.context["enrollments"]]
    # Most recent activity first; the withdrawn learner is listed too.
    assert rows == [
        (ben, "active", 1, 33),
        (ada, "active", 3, 100),
        (chloe, "withdrawn", 0, 0),
    ]
    assert response.context["lessons_total"] == 3
    funnel = [(s.lesson.pk, s.completed, s.percent) for s in response.context["funnel"]]
    assert funnel == [(lessons[0].pk, 2, 67), (lessons[1].pk, 1, 33), (lessons[2].pk, 1, 33)]
    assert "width: 67%" in html
    assert f'href="{learners_url(course, "csv")}"' in html
    assert f'href="{learners_url(course, "xlsx")}"' in html


def test_unpublished_lessons_are_left_out_of_totals_and_funnel(
    client, trainer, course_with_learners
):
    course, lessons, (ada, _ben, _chloe) = course_with_learners
    lessons[2].unpublish()
    client.force_login(trainer)

    response = client.get(learners_url(course))

    assert response.context["lessons_total"] == 2
    assert [s.lesson.pk for s in response.context["funnel"]] == [lessons[0].pk, lessons[1].pk]
    done = {e.user: e.lessons_done for e in response.context["enrollments"]}
    assert done[ada] == 2


def test_unassigned_trainer_is_refused(client, course_with_learners):
    course, _lessons, _learners = course_with_learners
    other_trainer = UserFactory(role="Trainer", profile=False)
    client.force_login(other_trainer)

    response = client.get(learners_url(course))

    assert response.status_code == 403
    assert "Ada Obi" not in response.content.decode()
    assert client.get(learners_url(course, "csv")).status_code == 403


def test_learner_is_kept_out_of_the_admin(client, learner, course_with_learners):
    course, _lessons, _learners = course_with_learners
    client.force_login(learner)

    response = client.get(learners_url(course))

    assert response.status_code == 302
    assert "Ada Obi" not in response.content.decode()


def test_analyst_without_a_course_role_is_refused(client, analyst, course_with_learners):
    course, _lessons, _learners = course_with_learners
    client.force_login(analyst)
    assert client.get(learners_url(course)).status_code == 403


def test_moderator_and_superuser_see_any_course(
    client, moderator, site_admin, course_with_learners
):
    course, _lessons, _learners = course_with_learners
    for user in (moderator, site_admin):
        client.force_login(user)
        response = client.get(learners_url(course))
        assert response.status_code == 200
        assert "Ada Obi" in response.content.decode()


def test_unknown_course_is_not_found(client, moderator, demo_site):
    client.force_login(moderator)
    assert client.get(reverse("courses_admin:course_learners", args=[999_999])).status_code == 404


def test_course_without_learners_or_lessons(client, moderator, demo_site):
    course, _lessons = build_course("empty-course", lessons_per_module=())
    client.force_login(moderator)

    response = client.get(learners_url(course))

    assert response.status_code == 200
    assert response.context["funnel"] == []
    assert "No learner has enrolled in this course yet." in response.content.decode()
    export = client.get(learners_url(course, "csv")).getvalue().decode()
    rows = list(csv.reader(io.StringIO(export)))
    assert len(rows) == 1  # the header only


# --- Exports ---------------------------------------------------------------------------------

HEADER = [
    "Name",
    "E-mail",
    "Country",
    "Status",
    "Enrolled",
    "Lessons done",
    "Lessons in course",
    "Progress (%)",
    "Last activity",
    "Completed",
]


def test_csv_export_has_the_learner_rows(client, trainer, course_with_learners):
    course, _lessons, (ada, ben, chloe) = course_with_learners
    client.force_login(trainer)

    response = client.get(learners_url(course, "csv"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="course-pricing-basics-learners.csv"'
    )
    header, *rows = csv.reader(io.StringIO(response.getvalue().decode()))
    assert header == HEADER
    assert [row[:8] for row in rows] == [
        ["Ben Kamau", ben.email, "KE", "Active", rows[0][4], "1", "3", "33"],
        ["Ada Obi", ada.email, "NG", "Active", rows[1][4], "3", "3", "100"],
        ["Chloé Diop", chloe.email, "SN", "Withdrawn", rows[2][4], "0", "3", "0"],
    ]
    enrollment = Enrollment.objects.get(user=ada, course=course)
    assert rows[1][4] == enrollment.enrolled_at.strftime("%Y-%m-%d %H:%M:%S")
    assert rows[1][8] == enrollment.last_activity_at.strftime("%Y-%m-%d %H:%M:%S")
    assert rows[1][9] == enrollment.completed_at.strftime("%Y-%m-%d %H:%M:%S")
    assert rows[0][9] == ""  # Ben has not completed the course


def test_xlsx_export_opens_with_the_learner_rows(client, trainer, course_with_learners):
    course, _lessons, (ada, ben, chloe) = course_with_learners
    client.force_login(trainer)

    response = client.get(learners_url(course, "xlsx"))

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    assert response["Content-Disposition"].endswith(
        'filename="course-pricing-basics-learners.xlsx"'
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    assert sheet.title == "Learners"  # named after the report, not "Tablib Dataset"
    header, *rows = sheet.iter_rows(values_only=True)
    assert list(header) == HEADER
    assert [(r[0], r[1], r[2], r[3], r[5], r[6], r[7]) for r in rows] == [
        ("Ben Kamau", ben.email, "KE", "Active", 1, 3, 33),
        ("Ada Obi", ada.email, "NG", "Active", 3, 3, 100),
        ("Chloé Diop", chloe.email, "SN", "Withdrawn", 0, 3, 0),
    ]
    enrolled_at = Enrollment.objects.get(user=ada, course=course).enrolled_at
    assert abs(rows[1][4] - enrolled_at.replace(tzinfo=None)) < timedelta(seconds=1)


def test_unknown_export_format_is_not_found(client, trainer, course_with_learners):
    course, _lessons, _learners = course_with_learners
    client.force_login(trainer)
    assert client.get(learners_url(course, "pdf")).status_code == 404


# --- Constant queries ------------------------------------------------------------------------


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_learners(course, lessons, count):
    for _ in range(count):
        learner = UserFactory(role="Learner")
        services.enroll(learner, course)
        for lesson in lessons[:2]:
            services.complete_lesson(learner, lesson)


def test_learners_page_and_exports_run_constant_queries(client, trainer, demo_site):
    course, lessons = build_course("query-count", lessons_per_module=(2, 1))
    CourseAssignment.objects.create(course=course, trainer=trainer)
    add_learners(course, lessons, 2)
    client.force_login(trainer)
    urls = [learners_url(course), learners_url(course, "csv"), learners_url(course, "xlsx")]
    for url in urls:
        client.get(url)  # warm the per-process caches (content types, site root paths …)

    small = [count_queries(client, url) for url in urls]  # 2 learners, 3 lessons
    add_learners(course, lessons, 10)
    more_learners = [count_queries(client, url) for url in urls]  # 12 learners, 3 lessons
    module = ModulePage.objects.child_of(course).first()
    lessons += [add_lesson(module, f"Extra lesson {n}") for n in range(5)]
    for enrollment in Enrollment.objects.filter(course=course).select_related("user")[:4]:
        services.complete_lesson(enrollment.user, lessons[-1])
    for url in urls:
        client.get(url)  # publishing bumped the content version: re-warm the site cache
    more_lessons = [count_queries(client, url) for url in urls]  # 12 learners, 8 lessons

    assert small == more_learners == more_lessons


# --- My courses ------------------------------------------------------------------------------


def test_my_courses_lists_only_the_trainers_courses(client, trainer, course_with_learners):
    course, _lessons, _learners = course_with_learners
    other_course, _ = build_course("someone-elses-course")
    client.force_login(trainer)

    response = client.get(reverse("courses_admin:my_courses"))

    assert response.status_code == 200
    listed = list(response.context["courses"])
    assert listed == [course]
    assert (listed[0].enrolled_count, listed[0].completed_count) == (3, 1)
    html = response.content.decode()
    assert f'href="{learners_url(course)}"' in html
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[course.pk])}"' in html
    assert learners_url(other_course) not in html


def test_my_courses_lists_every_course_for_a_moderator(client, moderator, course_with_learners):
    course, _lessons, _learners = course_with_learners
    other_course, _ = build_course("someone-elses-course")
    client.force_login(moderator)

    response = client.get(reverse("courses_admin:my_courses"))

    listed = set(response.context["courses"])
    assert {course, other_course} <= listed
    assert listed == set(CoursePage.objects.all())


def test_my_courses_menu_item_is_for_trainers_and_moderators(
    rf, trainer, moderator, site_admin, learner, analyst
):
    item = MyCoursesMenuItem("My courses", reverse("courses_admin:my_courses"))
    shown = {}
    for user in (trainer, moderator, site_admin, learner, analyst):
        request = rf.get("/admin/")
        request.user = user
        shown[user] = item.is_shown(request)
    assert shown == {
        trainer: True,
        moderator: True,
        site_admin: True,
        learner: False,
        analyst: False,
    }


def test_my_courses_is_in_the_admin_menu_of_a_trainer(client, trainer, analyst):
    client.force_login(trainer)
    assert (
        reverse("courses_admin:my_courses")
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    client.force_login(analyst)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("courses_admin:my_courses") not in html
    assert client.get(reverse("courses_admin:my_courses")).status_code == 403


# --- Page editor button ----------------------------------------------------------------------


def test_course_editor_links_to_the_learners(client, trainer, course_with_learners):
    course, lessons, _learners = course_with_learners
    client.force_login(trainer)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()
    assert learners_url(course) in html

    lesson_html = client.get(reverse("wagtailadmin_pages:edit", args=[lessons[0].pk])).content
    assert learners_url(course) not in lesson_html.decode()
