"""A deploy retires the pages the previous release cached, with no content bump.

Anonymous pages, lesson bodies and the other content caches are keyed on the running
release: ``GGA_RELEASE`` when set, else a fingerprint of the code, templates, catalogues and
static files read when the process starts.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template

from content.release import current_release, fingerprint, rendering_roots
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(monkeypatch):
    """Start a "process" of the given release: what a deploy does."""

    def start(name: str) -> None:
        monkeypatch.setenv("GGA_RELEASE", name)
        current_release.cache_clear()

    yield start
    monkeypatch.delenv("GGA_RELEASE", raising=False)
    current_release.cache_clear()


def test_a_new_release_renders_anonymous_pages_afresh(client, demo_site, release):
    course, _ = make_course((1,))
    release("2026.12.1")
    assert client.get(course.url)["X-Page-Cache"] == "miss"
    assert client.get(course.url)["X-Page-Cache"] == "hit"

    release("2026.12.2")  # same content, new code

    assert client.get(course.url)["X-Page-Cache"] == "miss"
    assert client.get(course.url)["X-Page-Cache"] == "hit"


def test_cached_fragments_vary_on_the_release(release):
    tag = Template("{% load toolkit_tags %}{% content_version %}")
    release("2026.12.1")
    first = tag.render(Context())
    assert tag.render(Context()) == first

    release("2026.12.2")

    assert tag.render(Context()) != first


def test_a_release_name_is_made_safe_for_a_cache_key(release):
    release("v1.4 rc/2:b")

    assert current_release() == "v1.4-rc-2-b"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_fingerprint_changes_with_what_renders_a_page_and_only_that(tmp_path):
    write(tmp_path / "templates" / "lesson.html", "<h1>{{ title }}</h1>")
    write(tmp_path / "static" / "css" / "site.css", ".lesson { margin: 0 }")
    write(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.mo", "compiled")
    roots = [tmp_path / "templates", tmp_path / "static", tmp_path / "locale"]
    first = fingerprint(roots, base=tmp_path)

    assert fingerprint(roots, base=tmp_path) == first  # the same files, the same release
    # Files that do not reach a page change nothing.
    write(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po", "msgid")
    write(tmp_path / "templates" / "__pycache__" / "x.py", "cache")
    write(tmp_path / "templates" / "notes.md", "notes")
    assert fingerprint(roots, base=tmp_path) == first

    write(tmp_path / "templates" / "lesson.html", "<h1 class='title'>{{ title }}</h1>")
    second = fingerprint(roots, base=tmp_path)
    assert second != first
    write(tmp_path / "static" / "css" / "site.css", ".lesson { margin-block: 0 }")
    assert fingerprint(roots, base=tmp_path) not in (first, second)


def test_fingerprint_covers_the_static_manifest(tmp_path):
    manifest = tmp_path / "staticfiles" / "staticfiles.json"
    write(manifest, '{"paths": {"css/site.css": "css/site.1.css"}}')
    first = fingerprint([manifest], base=tmp_path)

    write(manifest, '{"paths": {"css/site.css": "css/site.2.css"}}')

    assert fingerprint([manifest], base=tmp_path) != first


def test_the_projects_own_files_are_fingerprinted_not_the_libraries():
    base = Path(settings.BASE_DIR).resolve()
    roots = rendering_roots()

    for folder in ("content", "courses", "lms", "templates", "static", "locale"):
        assert base / folder in roots, folder
    assert not [root for root in roots if ".venv" in root.parts or "site-packages" in root.parts]
