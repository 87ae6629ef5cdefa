"""The demo self-assessments under the toolkit page, and saved results for demo learners."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from content.assessments import services, validation
from content.assessments.models import AssessmentPage, AssessmentResult
from content.models import ToolkitPage
from courses.models import CoursePage, LessonPage
from lms.accounts.models import User

from .data.assessments import ASSESSMENTS, DEMO_RESULTS


class DemoDataError(ValueError):
    """The demo data names a course or lesson that does not exist, or breaks a rule."""


def _recommended_page(spec: tuple) -> Page:
    kind, course_slug, *rest = spec
    course = CoursePage.objects.filter(slug=course_slug).first()
    if course is None:
        raise DemoDataError(f"Recommended course {course_slug!r} is not in the demo data.")
    if kind == "course":
        return course
    lesson = LessonPage.objects.descendant_of(course).filter(title=rest[0]).first()
    if lesson is None:
        raise DemoDataError(f"Lesson {rest[0]!r} is not in course {course_slug!r}.")
    return lesson


def _dimension(spec: dict) -> dict:
    return {
        "name": spec["name"],
        "description": spec.get("description", ""),
        "weight": spec["weight"],
        "low_threshold": spec["low"],
        "advice": spec.get("advice", ""),
        "questions": [
            {
                "text": question["text"],
                "help_text": question.get("hint", ""),
                "options": [
                    {"label": label, "score": points} for label, points in question["options"]
                ],
            }
            for question in spec["questions"]
        ],
        "recommendations": [_recommended_page(item) for item in spec["recommend"]],
    }


def _page(spec: dict) -> AssessmentPage:
    return AssessmentPage(
        title=spec["title"],
        slug=spec["slug"],
        introduction=spec["introduction"],
        search_description=spec["search_description"],
        estimated_minutes=spec["minutes"],
        dimensions=[("dimension", _dimension(d)) for d in spec["dimensions"]],
        levels=[
            ("level", {"threshold": threshold, "label": label, "description": text})
            for threshold, label, text in spec["levels"]
        ],
    )


@transaction.atomic
def load_assessments(toolkit: ToolkitPage) -> list[AssessmentPage]:
    """The three self-assessments under the toolkit (each created once, then left as edited),
    and the demo learners' saved results."""
    pages = []
    for spec in ASSESSMENTS:
        page = AssessmentPage.objects.child_of(toolkit).filter(slug=spec["slug"]).first()
        if page is None:
            page = _page(spec)
            problems = validation.assessment_problems(page.assessment)
            if problems:
                raise DemoDataError(f"{spec['slug']}: {'; '.join(problems)}")
            toolkit.add_child(instance=page)
            page.save_revision().publish()
            page = AssessmentPage.objects.get(pk=page.pk)
        pages.append(page)
    _load_results({page.slug: page for page in pages})
    return pages


def _load_results(pages: dict[str, AssessmentPage]) -> None:
    """Saved results through the scoring service, once per learner and assessment."""
    done = set()
    for email, slug, days_ago, choices in DEMO_RESULTS:
        user = User.objects.filter(email=email).first()
        page = pages.get(slug)
        if user is None or page is None:
            continue
        if (email, slug) not in done and AssessmentResult.objects.filter(
            owner=user, assessment=page
        ).exists():
            continue  # loaded before: running load_demo again adds nothing
        done.add((email, slug))
        answers = {}
        for dimension, picks in zip(page.assessment.dimensions, choices, strict=True):
            for question, pick in zip(dimension.questions, picks, strict=True):
                answers[question.id] = question.options[pick].id
        services.record_result(user, page, answers, when=timezone.now() - timedelta(days=days_ago))
