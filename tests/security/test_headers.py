"""Security headers: a Content-Security-Policy with no inline script on learner pages, the
admin's own allowances, a Permissions-Policy, and personal pages kept out of caches."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_learner_pages_allow_no_inline_script(client, demo_site, learner):
    client.force_login(learner)
    for url in ("/", reverse("courses:dashboard"), reverse("account_login")):
        policy = directives(client.get(url))
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]


def test_the_admin_gets_its_own_allowances(client, site_admin):
    client.force_login(site_admin)
    policy = directives(client.get(reverse("wagtailadmin_home")))
    assert "'unsafe-inline'" in policy["script-src"]
    assert "blob:" in policy["img-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # its page previews


def test_permissions_policy_turns_off_device_features(client, demo_site):
    header = client.get("/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in header


def test_no_template_runs_inline_script_or_style():
    """What the policy forbids, the templates must not need: every script is a file and no
    element carries an on* handler or a style attribute (admin templates aside)."""
    offenders = []
    for folder in ("templates", "lms", "courses", "content"):
        for path in (ROOT / folder).rglob("*.html"):
            if "/admin/" in str(path) or "/pdf/" in str(path) or "_pdf" in path.name:
                continue  # the Wagtail admin's policy allows inline; PDFs are not served
            if "/email/" in str(path):
                continue
            text = path.read_text()
            inline_scripts = [m for m in re.findall(r"<script\b[^>]*>", text) if "src=" not in m]
            handlers = re.findall(r"\son[a-z]+\s*=", text)
            styles = re.findall(r"\sstyle\s*=", text)
            if inline_scripts or handlers or styles:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_personal_pages_are_not_cached(client, demo_site, learner):
    client.force_login(learner)
    for url in (reverse("courses:dashboard"), reverse("accounts:profile")):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"], url
        assert "private" in response["Cache-Control"], url


def test_public_pages_for_visitors_keep_their_caching(client, demo_site):
    assert "no-store" not in client.get("/").get("Cache-Control", "")
