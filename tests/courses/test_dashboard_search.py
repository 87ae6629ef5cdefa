"""My learning and search, as a learner sees them."""

import pytest
from django.urls import reverse

from courses import services
from tests.courses.builders import make_courses_once

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(demo_site):
    first, second, brand = make_courses_once(
        {"lessons_per_module": (2,), "slug": "incoterms-basics", "title": "Incoterms basics"},
        {"lessons_per_module": (2,), "slug": "export-pricing", "title": "Export pricing"},
        {
            "lessons_per_module": (1,),
            "slug": "brand-names",
            "title": "Brand names",
            "track_slug": "brand-going-abroad",
        },
    )
    return first, second, brand


def test_dashboard_lists_progress_completed_and_next(client, learner, courses):
    (first, first_lessons), (second, second_lessons), (brand, _) = courses
    services.enroll(learner, first)
    services.complete_lesson(learner, first_lessons[0])
    services.enroll(learner, brand)
    for lesson in services.course_outline(brand).lessons:
        services.complete_lesson(learner, lesson)
    client.force_login(learner)

    html = client.get(reverse("courses:dashboard")).content.decode()

    in_progress = html[html.index("In progress") : html.index('id="completed-heading"')]
    assert "Incoterms basics" in in_progress
    assert "1 of 2 lessons done (50%)" in in_progress
    assert reverse("courses:resume", args=[first.pk]) in in_progress
    completed = html[html.index('id="completed-heading"') : html.index("Certificates")]
    assert "Brand names" in completed and "completed on" in completed
    recommended = html[html.index("Recommended next") : html.index("All tracks")]
    assert "Export pricing" in recommended  # same track, not yet taken
    assert "Incoterms basics" not in recommended


def test_new_learner_gets_a_first_course_per_track(client, learner, courses):
    client.force_login(learner)
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert "You have no course in progress" in html
    recommended = html[html.index("Recommended next") : html.index("All tracks")]
    assert "Incoterms basics" in recommended and "Brand names" in recommended
    assert "Export pricing" not in recommended


@pytest.mark.search
def test_search_finds_tracks_courses_and_preview_lessons(client, courses):
    response = client.get(reverse("courses:search"), {"q": "Incoterms"})
    html = response.content.decode()
    assert "Incoterms basics" in html
    response = client.get(reverse("courses:search"), {"q": "lesson"})
    html = response.content.decode()
    assert "Lesson 1.1" in html  # a free preview
    assert "Lesson 1.2" not in html  # needs enrollment


@pytest.mark.search
def test_search_shows_an_enrolled_learners_lessons(client, learner, courses):
    (first, _), _, _ = courses
    services.enroll(learner, first)
    client.force_login(learner)
    html = client.get(reverse("courses:search"), {"q": "lesson"}).content.decode()
    assert html.count("Lesson 1.2") == 1  # only from the course they are in


@pytest.mark.search
def test_search_never_shows_drafts(client, courses):
    (first, lessons), _, _ = courses
    lessons[0].unpublish()
    first.unpublish()
    html = client.get(reverse("courses:search"), {"q": "Incoterms"}).content.decode()
    assert "Incoterms basics" not in html


def test_empty_search_shows_the_form(client, courses):
    response = client.get(reverse("courses:search"))
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
