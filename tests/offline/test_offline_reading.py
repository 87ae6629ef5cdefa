"""Offline reading on the server side: which pages the service worker may keep, the size of a
course saved for offline, the service worker and manifest themselves, and completions that
arrive twice (a queued one sent again)."""

import json
import re

import pytest
import wagtail_factories
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

from courses import services
from courses.models import LessonProgress
from tests.courses.builders import make_course, make_quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_site):
    course, lessons = make_course((2, 1), preview_first=False)
    image = wagtail_factories.ImageFactory(
        title="Port of Mombasa", file__width=1200, file__height=600
    )
    first = lessons[0]
    first.body = [
        ("paragraph", "<p>Containers wait at the port.</p>"),
        ("image", {"image": image, "alt_text": "Containers at a port", "caption": ""}),
    ]
    first.save_revision().publish()
    quiz = make_quiz(first.get_parent(), slug="module-quiz")
    return course, lessons, quiz


@pytest.fixture
def enrolled(client, learner, course):
    services.enroll(learner, course[0])
    client.force_login(learner)
    return learner


def offline_url(course):
    return reverse("courses:course_offline", args=[course.pk])


def test_the_size_is_every_lesson_as_served_plus_each_image_candidate(client, enrolled, course):
    course, lessons, quiz = course

    data = client.get(offline_url(course)).json()

    assert [item["url"] for item in data["lessons"]] == [lesson.url for lesson in lessons]
    for item, lesson in zip(data["lessons"], lessons, strict=True):
        # Rendered for the JSON request, so links to the current address differ by a few bytes.
        assert item["bytes"] == pytest.approx(len(client.get(lesson.url).content), rel=0.03)
    # The image block offers two WebP renditions (400 and 800 wide); both are counted.
    assert len(data["images"]) == 2
    assert all(item["url"].endswith(".webp") and item["bytes"] > 0 for item in data["images"])
    assert data["total_bytes"] == sum(i["bytes"] for i in data["lessons"] + data["images"])
    assert data["online_only"] == [quiz.url]
    assert "3 lessons and their images" in data["summary"]


def test_the_size_is_refused_to_anyone_not_enrolled(client, learner, course):
    client.force_login(learner)
    response = client.get(offline_url(course[0]))
    assert response.status_code == 403
    assert "Enroll" in response.json()["error"]
    client.logout()
    assert client.get(offline_url(course[0])).status_code == 302  # to sign in


def test_a_sequential_course_offers_only_the_lessons_already_open(client, learner, demo_site):
    course, lessons = make_course((3,), slug="steps", sequential=True, preview_first=False)
    services.enroll(learner, course)
    client.force_login(learner)

    data = client.get(offline_url(course)).json()

    assert [item["url"] for item in data["lessons"]] == [lessons[0].url]


def test_only_an_enrolled_learners_lessons_and_outline_may_be_kept(client, learner, course):
    course, lessons, quiz = course
    # Signed out: a preview-free lesson redirects, the course page is not marked.
    response = client.get(course.url)
    assert "X-Offline" not in response and "X-Offline-Owner" not in response
    client.force_login(learner)
    response = client.get(course.url)
    assert "X-Offline" not in response  # not enrolled yet
    assert response["X-Offline-Owner"] == str(learner.pk)

    services.enroll(learner, course)
    assert client.get(course.url)["X-Offline"] == "keep"
    assert client.get(lessons[0].url)["X-Offline"] == "keep"
    assert client.get(quiz.url)["X-Offline"] == "online-only"
    assert "X-Offline" not in client.get(reverse("courses:dashboard"))

    services.unenroll(learner, course)
    assert "X-Offline" not in client.get(course.url)


def test_a_completion_sent_twice_records_one_row(client, enrolled, course):
    """A completion queued offline may arrive after the learner already sent it online."""
    _, lessons, _ = course
    url = reverse("courses:complete_lesson", args=[lessons[0].pk])

    first = client.post(url, HTTP_ACCEPT="application/json")
    second = client.post(url, HTTP_ACCEPT="application/json")

    assert first.status_code == second.status_code == 302
    assert LessonProgress.objects.filter(user=enrolled, lesson=lessons[0]).count() == 1


def test_a_queued_completion_is_accepted_with_the_pages_csrf_token(learner, course):
    """offline.js sends the token of the page the learner pressed the button on."""
    from django.test import Client

    services.enroll(learner, course[0])
    lesson = course[1][0]
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    page = browser.get(lesson.url).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    url = reverse("courses:complete_lesson", args=[lesson.pk])

    assert browser.post(url).status_code == 403  # no token: refused
    for _ in range(2):
        response = browser.post(url, {"csrfmiddlewaretoken": token}, HTTP_X_CSRFTOKEN=token)
        assert response.status_code == 302
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1


def test_the_service_worker_is_served_from_the_root_and_never_cached(client):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    assert response["Service-Worker-Allowed"] == "/"
    body = response.content.decode()
    assert '"/static/css/site.css"' in body and '"/offline/"' in body
    assert "{{" not in body and "{%" not in body


def test_the_manifest_names_the_app_its_icons_and_colour(client):
    response = client.get("/manifest.webmanifest")

    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["name"] == "Go Global Academy"
    assert data["start_url"] == "/" and data["display"] == "standalone"
    assert data["theme_color"] == "#0b5566"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in data["icons"]:
        found = finders.find(icon["src"].removeprefix(settings.STATIC_URL))
        width = int(icon["sizes"].split("x")[0])
        assert found and Image.open(found).size == (width, width)


def test_the_offline_pages_hold_nothing_personal(client, learner):
    client.force_login(learner)
    for name in ("offline:page", "offline:needs_connection"):
        response = client.get(reverse(name))
        html = response.content.decode()
        assert response.status_code == 200
        assert learner.email not in html and "csrfmiddlewaretoken" not in html
    assert "needs a connection" in client.get(reverse("offline:needs_connection")).content.decode()


def test_the_base_page_links_the_manifest_and_the_offline_script(client, demo_site):
    html = client.get("/").content.decode()
    assert 'rel="manifest" href="/manifest.webmanifest"' in html
    assert 'data-sw="/sw.js"' in html


def test_another_learner_gets_no_keep_mark_on_someone_elses_course(client, course):
    course, lessons, _ = course
    other = UserFactory()
    services.enroll(UserFactory(), course)
    client.force_login(other)
    assert "X-Offline" not in client.get(course.url)


def test_a_video_loads_nothing_from_its_host_until_asked_for(client, enrolled, course):
    """The player's iframe waits, inert, in a <template>; a link works without JavaScript."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    video_url = "https://www.youtube.com/watch?v=abc123"
    Embed.objects.create(
        url=video_url,
        hash=get_embed_hash(video_url),
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/abc123"></iframe>',
    )
    lesson = course[1][1]
    lesson.body = [
        (
            "video",
            {"video": video_url, "title": "Loading a container", "transcript": "<p>Words.</p>"},
        )
    ]
    lesson.save_revision().publish()

    html = client.get(lesson.url).content.decode()

    before, embed = html.split("<template data-video-embed>", 1)
    assert "<iframe" not in before  # nothing loads with the page
    assert '<iframe src="https://www.youtube-nocookie.com/' in embed.split("</template>")[0]
    assert f'href="{video_url}"' in before
    assert 'src="/static/js/video-facade.js"' in html


def test_a_lesson_image_is_a_lazy_responsive_webp_with_its_size_set(client, enrolled, course):
    html = client.get(course[1][0].url).content.decode()

    img = re.search(r"<img [^>]*alt=\"Containers at a port\"[^>]*>", html).group(0)
    candidates = re.search(r'srcset="([^"]+)"', img).group(1).split(", ")
    assert [c.split()[1] for c in candidates] == ["400w", "800w"]
    assert all(c.split()[0].endswith(".webp") for c in candidates)
    assert 'loading="lazy"' in img and 'sizes="(max-width: 600px) 100vw, 800px"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)


def test_marking_pages_loads_no_user_a_page_did_not_need(rf, learner):
    """Reading the user would load the session of every response (and add "Vary: Cookie" to
    pages that are the same for everyone): only a user the page loaded is named."""
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.http import HttpResponse

    from courses.offline.middleware import OfflineReadingMiddleware

    def build(view):
        return SessionMiddleware(AuthenticationMiddleware(OfflineReadingMiddleware(view)))

    untouched = build(lambda request: HttpResponse("same for everyone"))(rf.get("/"))
    assert "X-Offline-Owner" not in untouched and "Cookie" not in untouched.get("Vary", "")

    def personal(request):
        request.user.is_authenticated  # noqa: B018 (the page reads its user)
        return HttpResponse("yours")

    request = rf.get("/")
    SessionMiddleware(lambda r: None).process_request(request)
    request.session["_auth_user_id"] = str(learner.pk)
    request.session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    request.session["_auth_user_hash"] = learner.get_session_auth_hash()
    AuthenticationMiddleware(lambda r: None).process_request(request)
    response = OfflineReadingMiddleware(personal)(request)
    assert response["X-Offline-Owner"] == str(learner.pk)
