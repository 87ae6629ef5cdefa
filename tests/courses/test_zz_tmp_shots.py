import os

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
import pytest
from django.core.management import call_command
from django.test import Client
from courses.models import CoursePage
from lms.accounts.models import User


@pytest.mark.django_db(transaction=True)
def test_shots(live_server, settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    call_command("load_demo", stdout=open(os.devnull, "w"))
    trainer = User.objects.get(email="trainer@example.org")
    course = CoursePage.objects.get(slug="pricing-with-incoterms")
    c = Client()
    c.force_login(trainer)
    sid = c.cookies["sessionid"].value
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        ctx = b.new_context(base_url=live_server.url, viewport={"width": 1400, "height": 1000})
        ctx.add_cookies([{"name": "sessionid", "value": sid, "url": live_server.url}])
        page = ctx.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"/admin/courses/{course.pk}/learners/")
        page.wait_for_timeout(1500)
        page.screenshot(path="/tmp/learners.png", full_page=True)
        page.goto("/admin/courses/")
        page.wait_for_timeout(1500)
        page.screenshot(path="/tmp/mycourses.png", full_page=True)
        page.goto(f"/admin/pages/{course.pk}/edit/")
        page.wait_for_timeout(1500)
        page.click("[aria-label='Actions'], .w-dropdown__toggle >> nth=0")
        page.wait_for_timeout(500)
        page.screenshot(path="/tmp/edit.png")
        print("ERRORS", errors)
        b.close()
