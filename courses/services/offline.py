"""What "Save this course for offline" fetches, and how much that weighs, before it starts.

The sizes are the real ones: each lesson the learner may open is rendered as they would
receive it, and the images it shows (every candidate of each ``srcset``, since the browser
picks one by screen width when it reads offline) are measured in media storage.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

from courses.models import CoursePage, LessonPage

from .enrollment import get_enrollment
from .errors import NotEnrolled
from .outline import course_outline, course_progress, view_restrictions
from .translations import localize_pages, reader_url, source_page


@dataclass
class OfflineItem:
    url: str
    bytes: int
    title: str = ""


@dataclass
class OfflineBundle:
    """The lessons (and their images) a learner can keep to read a course offline."""

    lessons: list[OfflineItem] = field(default_factory=list)
    images: list[OfflineItem] = field(default_factory=list)
    # Quizzes need a connection: offline, their addresses say so instead of showing a copy.
    online_only: list[str] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(item.bytes for item in self.lessons) + sum(item.bytes for item in self.images)


class _ImageSources(HTMLParser):
    """Every image address an HTML page may load: ``src`` and each ``srcset`` candidate."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("img", "source"):
            return
        values = dict(attrs)
        if values.get("src"):
            self.urls.append(values["src"])
        for candidate in (values.get("srcset") or "").split(","):
            if candidate.strip():
                self.urls.append(candidate.split()[0])


def _media_size(url: str) -> int | None:
    """The stored size of a same-site media file, or None for anything else."""
    media_url = settings.MEDIA_URL
    path = urlsplit(url).path
    if not media_url.startswith("/") or not path.startswith(media_url):
        return None  # media on another host: the browser's cache keeps it, not ours
    name = unquote(path[len(media_url) :])
    try:
        return default_storage.size(name)
    except (OSError, ValueError):
        return None


def offline_bundle(request, course: CoursePage) -> OfflineBundle:
    """The lessons of ``course`` that ``request.user`` may open now, rendered and measured.

    Refuses (``NotEnrolled``) anyone not actively enrolled: only a learner's own courses are
    kept on a device. Lessons still locked in a sequential course are left out.

    The addresses are those the learner's outline links to in the active language: a lesson's
    live translation where it has one (rendered as that translation), else the English lesson
    under the reader's prefix (``/fr/…``), so what is kept is what the reader opens offline.
    Enrollment and progress are read on the course's source (a translated course's records
    live there).
    """
    course = source_page(course)
    enrollment = get_enrollment(request.user, course)
    if enrollment is None or not enrollment.is_active:
        raise NotEnrolled(_("Enroll in the course to save it for offline reading."))
    outline = course_outline(course, view_restrictions(course))
    progress = course_progress(request.user, course, outline)
    open_items = [item for item in outline.lessons if item.pk not in progress.locked_ids]
    quizzes = outline.quizzes
    localize_pages([*open_items, *quizzes])
    # The page each address serves: the translation shown in a lesson's place, else itself.
    served_ids = {item.pk: getattr(item, "translation", item).pk for item in open_items}
    lessons = LessonPage.objects.live().in_bulk(served_ids.values())
    bundle = OfflineBundle(online_only=[reader_url(quiz, request) for quiz in quizzes])
    seen_images: set[str] = set()
    for item in open_items:
        lesson = lessons.get(served_ids[item.pk])
        if lesson is None:
            continue
        # A copy: serving a lesson leaves its course context on the request it is given.
        response = lesson.serve(copy.copy(request))
        if response.status_code != 200:
            continue
        if hasattr(response, "render"):
            response.render()
        html = response.content
        bundle.lessons.append(OfflineItem(reader_url(item, request), len(html), item.title))
        parser = _ImageSources()
        parser.feed(html.decode(response.charset or "utf-8"))
        for url in parser.urls:
            if url in seen_images:
                continue
            seen_images.add(url)
            size = _media_size(url)
            if size is not None:
                bundle.images.append(OfflineItem(url, size))
    return bundle
