"""The demo home page, tracks and the pages every visitor sees first."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from content.models import HomePage
from courses.models import CoursePage, QuizAttempt, QuizPage, TrackPage
from lms.accounts.models import User
from lms.demo.accounts import DEMO_PASSWORD, DEMO_USERS
from tests.html_checks import without_enhancement_script

pytestmark = pytest.mark.django_db


def test_home_page_shows_hero_tracks_and_call_to_action(client, demo_site):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="hero__heading">Learn to sell your products across borders</h1>' in html
    for title in ("Export skills", "Brand going abroad", "Trade law and policy"):
        assert f'href="/{TrackPage.objects.get(title=title).slug}/">{title}</a>' in html
    assert "Ready to take your business abroad?" in html
    assert 'href="/accounts/signup/"' in html
    assert 'href="/toolkit/">Open the toolkit</a>' in html


def test_pages_have_landmarks_skip_link_and_language(client, demo_site):
    html = client.get("/").content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert html.index('class="skip-link" href="#main"') < html.index("<header")
    for landmark in ('<header class="site-header">', '<main id="main"', "<footer"):
        assert landmark in html
    assert 'aria-label="Account"' in html  # the header navigation is named


def test_home_page_stays_light(client, demo_site):
    response = client.get("/")
    html = without_enhancement_script(response.content.decode())
    assert "<script" not in html  # readable without JavaScript
    assert len(response.content) < 30_000


def test_track_page_shows_its_introduction(client, demo_site):
    response = client.get("/trade-law-and-policy/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Trade law and policy</h1>" in html
    assert "single windows" in html
    assert "it is not legal advice" in html


def test_unpublished_track_is_not_listed_or_served(client, demo_site):
    track = TrackPage.objects.get(slug="brand-going-abroad")
    track.unpublish()

    assert client.get("/brand-going-abroad/").status_code == 404
    assert "Brand going abroad" not in client.get("/").content.decode()


def test_header_offers_sign_in_to_visitors_and_learning_to_members(client, demo_site, learner):
    html = client.get("/").content.decode()
    assert 'href="/accounts/login/"' in html
    assert "My learning" not in html

    client.force_login(learner)
    html = client.get("/").content.decode()
    assert 'href="/dashboard/"' in html
    assert 'href="/profile/"' in html
    assert 'action="/accounts/logout/"' in html


def test_dashboard_lists_tracks_and_staff_work(client, demo_site, learner, trainer):
    client.force_login(learner)
    html = client.get("/dashboard/").content.decode()
    assert "All tracks" in html
    assert "Export skills" in html
    assert "Open the admin" not in html

    client.force_login(trainer)
    assert "Open the admin" in client.get("/dashboard/").content.decode()


def test_load_demo_is_idempotent(loaded_demo, client):
    # The demo as a first load_demo left it (loaded_demo), and loaded a second time.
    call_command("load_demo", "--learners", "0", stdout=open("/dev/null", "w"))

    # One home page and three tracks in English, translated into French and Arabic (the home
    # page and the track of the translated course), once however often the demo loads.
    english = {"locale__language_code": "en"}
    assert HomePage.objects.filter(**english).count() == 1
    assert HomePage.objects.count() == 3
    assert TrackPage.objects.filter(**english).count() == 3
    assert TrackPage.objects.count() == 5
    assert User.objects.count() == len(DEMO_USERS)
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert not Page.objects.filter(depth=2).exclude(content_type__model="homepage").exists()
    # Every demo course has one graded quiz; the demo attempts are made once.
    assert QuizPage.objects.filter(graded=True).count() == CoursePage.objects.count()
    assert CoursePage.objects.exclude(**english).count() == 2
    assert all(quiz.questions.count() >= 5 for quiz in QuizPage.objects.all())
    assert list(QuizAttempt.objects.order_by("pk").values_list("user__email", "passed")) == [
        ("learner@example.org", False),
        ("learner@example.org", True),
        ("learner2@example.org", False),
        ("learner@example.org", True),  # the course of the demo's revoked certificate
        ("learner3@example.org", True),  # 王秀英's certificate, her name in Chinese characters
    ]
    # What --reset rebuilds: tests/security/test_load_demo.py (one reset, a full load's cost).


def test_every_demo_account_signs_in(loaded_demo, client):
    for spec in DEMO_USERS:
        response = client.post(
            "/accounts/login/", {"login": spec["email"], "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, spec["email"]
        assert response.url == "/dashboard/", spec["email"]
        client.logout()


def test_load_demo_prints_every_role(loaded_demo, capsys):
    # A second run on the loaded demo prints the accounts too (they are never created again).
    call_command("load_demo", "--learners", "0")
    out = capsys.readouterr().out
    for role in ("Learner", "Trainer", "Content moderator", "Ministry analyst", "Site admin"):
        assert role in out
    assert DEMO_PASSWORD in out
