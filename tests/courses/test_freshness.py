"""Keeping content true after publishing: review dates, the "Content to review" report per
role, the notice on a long-overdue lesson, the dated-fact block and the weekly reminder."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from content import freshness
from content.library.models import Resource
from content.markets.models import MarketChecklist
from courses.models import CourseAssignment, ReviewReminder
from courses.services import freshness as review
from courses.tasks import send_content_review_reminders
from tests.courses.builders import make_course, make_courses_once
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)  # a Wednesday


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    settings.CONTENT_REVIEW_INTERVAL_DAYS = 180
    settings.CONTENT_STALE_NOTICE_AFTER_DAYS = 60


def set_dates(lesson, checked_on, review_by):
    """Dates as a trainer sets them: saved on a revision that is published."""
    lesson.checked_on, lesson.review_by = checked_on, review_by
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def world(demo_site):
    """Two courses, each with its trainer; course X has a long-overdue lesson and a lesson
    overdue by a few days, course Y one overdue lesson; a checklist and a resource overdue."""
    trainer_x = UserFactory(role="Trainer", profile=False, email="tx@example.org")
    trainer_y = UserFactory(role="Trainer", profile=False, email="ty@example.org")
    (course_x, lessons_x), (course_y, lessons_y) = make_courses_once(
        {"lessons_per_module": (3,), "slug": "course-x", "title": "Course X"},
        {"lessons_per_module": (2,), "slug": "course-y", "title": "Course Y"},
    )
    CourseAssignment.objects.create(course=course_x, trainer=trainer_x)
    CourseAssignment.objects.create(course=course_y, trainer=trainer_y)
    today = freshness.today()
    stale = set_dates(
        lessons_x[0], today - datetime.timedelta(days=400), today - datetime.timedelta(days=90)
    )
    overdue_x = set_dates(
        lessons_x[1], today - datetime.timedelta(days=200), today - datetime.timedelta(days=5)
    )
    overdue_y = set_dates(
        lessons_y[1], today - datetime.timedelta(days=300), today - datetime.timedelta(days=20)
    )
    checklist = MarketChecklist.objects.create(
        name="Kenya",
        slug="kenya",
        summary="Selling in Kenya.",
        checked_on=today - datetime.timedelta(days=250),
        review_by=today - datetime.timedelta(days=3),
    )
    return {
        "trainer_x": trainer_x,
        "trainer_y": trainer_y,
        "course_x": course_x,
        "stale": stale,
        "overdue_x": overdue_x,
        "fresh_x": lessons_x[2],
        "overdue_y": overdue_y,
        "fresh_y": lessons_y[0],
        "checklist": checklist,
    }


# --- The dates themselves -------------------------------------------------------------------


def test_a_new_lesson_is_checked_today_and_due_after_the_interval(demo_site):
    _course, lessons = make_course((1,), slug="new-course")
    lesson = lessons[0]
    assert lesson.checked_on == freshness.today()
    assert lesson.review_by == freshness.today() + datetime.timedelta(days=180)


def test_review_by_before_the_check_is_refused_naming_the_field(demo_site):
    _course, lessons = make_course((1,), slug="bad-dates")
    lesson = lessons[0]
    lesson.review_by = lesson.checked_on - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        lesson.full_clean()
    assert "review_by" in refused.value.message_dict


def test_overdue_and_stale_share_one_rule(settings):
    due = datetime.date(2026, 10, 1)
    assert not freshness.is_overdue(due, on=due)
    assert freshness.is_overdue(due, on=due + datetime.timedelta(days=1))
    assert not freshness.is_stale(due, on=due + datetime.timedelta(days=60))
    assert freshness.is_stale(due, on=due + datetime.timedelta(days=61))
    settings.CONTENT_STALE_NOTICE_AFTER_DAYS = 10
    assert freshness.is_stale(due, on=due + datetime.timedelta(days=11))


# --- What learners see ----------------------------------------------------------------------


def test_learners_see_the_check_date_and_the_notice_only_on_a_stale_lesson(client, world):
    learner = UserFactory(role="Learner")
    client.force_login(learner)
    client.post(reverse("courses:enroll", args=[world["course_x"].pk]))

    stale = client.get(world["stale"].url).content.decode()
    checked = world["stale"].checked_on
    assert f"Checked on {checked.day} {checked:%B %Y}" in stale
    assert "The rules in this lesson may have changed." in stale

    overdue = client.get(world["overdue_x"].url).content.decode()
    assert "Checked on" in overdue
    assert "may have changed" not in overdue  # overdue by days, not past the notice time

    fresh = client.get(world["fresh_x"].url).content.decode()
    assert "may have changed" not in fresh


def test_the_checklist_page_shows_its_check_date(client, world):
    checklist = world["checklist"]
    checklist.save_revision().publish()
    page = client.get(reverse("markets:detail", args=[checklist.slug])).content.decode()
    assert f"Checked on {checklist.checked_on.day} {checklist.checked_on:%B %Y}" in page


def test_a_dated_fact_shows_its_date_and_source(client, world):
    lesson = world["fresh_x"]
    lesson.body.append(
        (
            "dated_fact",
            {
                "text": "<p>EU customs duty on low-value parcels: €3 per item.</p>",
                "source_url": "https://taxation-customs.ec.europa.eu/",
                "source_label": "European Commission",
                "checked_on": "2026-03-03",  # as the demo data and imports give it
            },
        )
    )
    lesson.save_revision().publish()
    client.force_login(UserFactory(role="Learner"))
    client.post(reverse("courses:enroll", args=[world["course_x"].pk]))
    page = client.get(lesson.url).content.decode()
    assert "€3 per item" in page
    assert "Checked on 3 March 2026" in page
    assert (
        '<a href="https://taxation-customs.ec.europa.eu/" rel="noopener">European Commission</a>'
        in page
    )


# --- The report -----------------------------------------------------------------------------


def report_titles(client, user, export=False):
    client.force_login(user)
    url = reverse("content_review_report")
    if export:
        response = client.get(url + "?export=csv")
        assert response.status_code == 200
        rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
        return {row["Title"] for row in rows}
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_a_moderator_sees_every_overdue_lesson_checklist_and_resource(client, world, moderator):
    response = report_titles(client, moderator)
    page = response.content.decode()
    for key in ("stale", "overdue_x", "overdue_y"):
        assert world[key].title in page
    assert "Kenya" in page and "Market checklist" in page
    assert world["fresh_x"].title not in page
    # Most overdue first, and the edit link of each.
    rows = response.context["object_list"]
    assert [row.days_overdue for row in rows] == sorted(
        (row.days_overdue for row in rows), reverse=True
    )
    assert reverse("wagtailadmin_pages:edit", args=[world["stale"].pk]) in page


def test_the_csv_download_lists_the_same_rows(client, world, moderator):
    titles = report_titles(client, moderator, export=True)
    assert {world["stale"].title, world["overdue_y"].title, "Kenya"} <= titles
    assert world["fresh_x"].title not in titles


def test_a_trainer_sees_only_their_own_courses_lessons(client, world):
    titles = report_titles(client, world["trainer_x"], export=True)
    assert titles == {world["stale"].title, world["overdue_x"].title}

    titles = report_titles(client, world["trainer_y"], export=True)
    assert titles == {world["overdue_y"].title}


def test_learners_and_analysts_are_refused_the_report(client, world, analyst):
    client.force_login(UserFactory(role="Learner"))
    response = client.get(reverse("content_review_report"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))

    # Wagtail's refusal: back to the admin's dashboard, no rows, no download.
    client.force_login(analyst)
    for query in ("", "?export=csv"):
        response = client.get(reverse("content_review_report") + query)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_the_reports_menu_lists_the_report_for_trainers(client, world):
    client.force_login(world["trainer_y"])
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("content_review_report") in page


# --- The weekly reminder --------------------------------------------------------------------


def test_each_trainer_is_emailed_once_a_week_while_something_is_overdue(world):
    today = freshness.today()
    assert review.send_review_reminders(today) == {"sent": 2, "already_sent": 0, "failed": 0}
    by_trainer = {message.to[0]: message for message in mail.outbox}
    assert set(by_trainer) == {"tx@example.org", "ty@example.org"}
    body_x = by_trainer["tx@example.org"].body
    assert world["stale"].title in body_x and world["overdue_x"].title in body_x
    assert "(Course Y)" not in body_x  # another trainer's course
    assert "Kenya" not in body_x  # checklists are the moderators'
    assert "/admin/reports/content-review/" in body_x

    # Run again the same week (beat runs daily, a retry, a second worker): nothing more.
    send_content_review_reminders.delay()
    later_this_week = review.week_of(today) + datetime.timedelta(days=6)
    assert review.send_review_reminders(later_this_week)["sent"] == 0
    assert len(mail.outbox) == 2

    # The next week, still overdue: one more each.
    next_week = review.week_of(today) + datetime.timedelta(days=7)
    assert review.send_review_reminders(next_week)["sent"] == 2
    assert len(mail.outbox) == 4
    assert ReviewReminder.objects.filter(status="sent").count() == 4


def test_a_trainer_with_nothing_overdue_gets_no_email(world):
    for key in ("overdue_y",):
        lesson = world[key]
        set_dates(lesson, freshness.today(), freshness.today() + datetime.timedelta(days=30))
    review.send_review_reminders()
    assert [message.to for message in mail.outbox] == [["tx@example.org"]]


def test_the_beat_schedule_runs_the_reminder_task(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["email-content-review-reminders"]
    assert entry["task"] == send_content_review_reminders.name
    assert entry["schedule"] <= 7 * 24 * 3600


def test_resources_past_review_are_listed_for_moderators(world, moderator, django_user_model):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Guide")
    document.file = ContentFile(b"guide", name="guide.txt")
    document.save()
    today = freshness.today()
    Resource.objects.create(
        title="Duty lookup log",
        summary="A log.",
        document=document,
        topic="logistics",
        format="template",
        checked_on=today - datetime.timedelta(days=400),
        review_by=today - datetime.timedelta(days=1),
    )
    kinds = {item.title: item.kind for item in review.review_items(moderator)}
    assert kinds["Duty lookup log"] == "Library resource"
    assert "Duty lookup log" not in {item.title for item in review.review_items(world["trainer_x"])}


# --- Authoring in the admin -----------------------------------------------------------------


def test_a_trainer_records_a_new_check_on_a_lesson_in_the_admin(client, world):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    lesson = world["overdue_x"]
    client.force_login(world["trainer_x"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert 'name="checked_on"' in client.get(edit_url).content.decode()
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": "",
            "body": streamfield([("paragraph", rich_text("<p>Checked again.</p>"))]),
            "estimated_minutes": "10",
            "checked_on": "2026-11-30",
            "review_by": "",
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors
    lesson.refresh_from_db()
    draft = lesson.get_latest_revision_as_object()
    assert draft.checked_on == datetime.date(2026, 11, 30)
    assert draft.review_by == datetime.date(2026, 11, 30) + datetime.timedelta(days=180)

    data["review_by"] = "2026-11-01"  # before the check: refused, naming the field
    response = client.post(edit_url, data)
    assert response.status_code == 200
    assert "review_by" in response.context["form"].errors


def test_the_checklist_and_resource_listings_show_review_dates(client, world, moderator):
    client.force_login(moderator)
    listing = client.get(reverse("wagtailsnippets_markets_marketchecklist:list"))
    assert "Review by" in listing.content.decode()
    page = client.get(
        reverse("wagtailsnippets_markets_marketchecklist:edit", args=[world["checklist"].pk])
    ).content.decode()
    assert 'name="checked_on"' in page and 'name="review_by"' in page
