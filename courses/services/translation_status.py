"""Which translations of a trainer's courses, and of the market checklists, are out of date.

A translation is out of date when its English source was published after it: the source
changed and the translation has not been brought up to date and published since. Drafts
(translations never published) are listed too. Moderators see every course; a trainer sees
the courses assigned to them (courses.permissions). Checklist translations are listed for
whoever may edit checklists (trainers and moderators), one row per translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from content.markets.services import checklist_translations
from content.routing import default_locale_id
from courses.models import CoursePage
from courses.permissions import assigned_courses
from courses.tree import course_path_of, parent_path

from .freshness import KIND_CHECKLIST
from .trainer_reports import sees_every_course

OUT_OF_DATE = _("Out of date")
NOT_PUBLISHED = _("Not published")
UP_TO_DATE = _("Up to date")


@dataclass
class TranslationRow:
    """One translated page: its language, its source and whether it needs work."""

    title: str
    language: str
    source_title: str
    course: str
    source_published_at: datetime | None
    published_at: datetime | None
    status: str
    edit_url: str | None

    @property
    def out_of_date(self) -> bool:
        return self.status != UP_TO_DATE


def status_of(source, translation) -> str:
    """Out of date, not published or up to date: for pages and for draftable snippets."""
    if not translation.live or translation.last_published_at is None:
        return NOT_PUBLISHED
    if source.last_published_at and source.last_published_at > translation.last_published_at:
        return OUT_OF_DATE
    return UP_TO_DATE


def _courses_for(user):
    courses = CoursePage.objects.filter(locale_id=default_locale_id())
    if not sees_every_course(user):
        courses = courses.filter(pk__in=assigned_courses(user).values("pk"))
    return courses


def translation_rows(user, *, out_of_date_only: bool = False) -> list[TranslationRow]:
    """The translations of every page of the user's courses and of the checklists they may
    edit, those needing work first. Five queries: courses, their source pages, the
    translations, the source checklists, their translations."""
    finder = AdminURLFinder(user)
    rows = _course_rows(user, finder) + _checklist_rows(user, finder)
    if out_of_date_only:
        rows = [row for row in rows if row.out_of_date]
    rows.sort(key=lambda row: (not row.out_of_date, row.course, row.language))
    return rows


def _checklist_rows(user, finder: AdminURLFinder) -> list[TranslationRow]:
    if not user.has_perm("markets.change_marketchecklist"):
        return []
    return [
        TranslationRow(
            title=translation.name,
            language=translation.locale.get_display_name(),
            source_title=source.name,
            course=str(KIND_CHECKLIST),
            source_published_at=source.last_published_at,
            published_at=translation.last_published_at,
            status=str(status_of(source, translation)),
            edit_url=finder.get_edit_url(translation),
        )
        for source, translation in checklist_translations()
    ]


def _course_rows(user, finder: AdminURLFinder) -> list[TranslationRow]:
    courses = {c.path: c.title for c in _courses_for(user).only("path", "title")}
    if not courses:
        return []
    within = Q()
    for path in courses:
        within |= Q(path__startswith=path)
    sources = {
        page.translation_key: page
        for page in Page.objects.filter(within, locale_id=default_locale_id()).only(
            "title", "path", "depth", "translation_key", "last_published_at"
        )
    }
    translations = (
        Page.objects.filter(translation_key__in=list(sources))
        .exclude(locale_id=default_locale_id())
        .select_related("locale")
        .order_by("path")
    )
    rows = []
    for translation in translations:
        source = sources[translation.translation_key]
        candidates = (source.path, parent_path(source.path), course_path_of(source.path))
        course_path = next((path for path in candidates if path in courses), None)
        rows.append(
            TranslationRow(
                title=translation.title,
                language=translation.locale.get_display_name(),
                source_title=source.title,
                course=courses.get(course_path, ""),
                source_published_at=source.last_published_at,
                published_at=translation.last_published_at,
                status=str(status_of(source, translation)),
                edit_url=finder.get_edit_url(translation),
            )
        )
    return rows
