"""The demo courses: modules and lessons of real teaching content, trainers, and learners
part-way through, so every learning page has something true to show."""

from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from content.models import GlossaryTerm, HomePage
from courses import services
from courses.models import (
    CompletionRule,
    CourseAssignment,
    CoursePage,
    LessonPage,
    ModulePage,
    QuestionKind,
    QuizChoice,
    QuizPage,
    QuizQuestion,
    TrackPage,
)
from courses.services.model_answers import right_answer
from lms.accounts.models import User

from . import freshness as demo_freshness
from .data import brand_abroad, export_skills, trade_agreements, trade_law
from .data.glossary import GLOSSARY, TERMS_IN_FIRST_LESSON

COURSES_BY_TRACK = {
    "export-skills": [*export_skills.COURSES, trade_agreements.COURSE],
    "brand-going-abroad": brand_abroad.COURSES,
    "trade-law-and-policy": trade_law.COURSES,
}

# trainer@ teaches the first course of each track; trainer2@ the others.
TRAINER_FOR_POSITION = {0: "trainer@example.org"}
OTHER_TRAINER = "trainer2@example.org"


def _block(kind: str, value):
    """A body block; callout titles lose a leading "Tip:"/"Warning:"/"Example:", which the
    callout's kind already shows."""
    if kind == "callout" and value.get("title"):
        prefix = value["kind"].capitalize() + ":"
        if value["title"].startswith(prefix):
            value = {**value, "title": value["title"][len(prefix) :].strip()}
    return (kind, value)


def _lesson(spec: dict) -> LessonPage:
    return LessonPage(
        title=spec["title"],
        summary=spec.get("summary", ""),
        estimated_minutes=spec.get("minutes", 10),
        is_preview=spec.get("preview", False),
        body=[_block(kind, value) for kind, value in spec["body"]],
    )


def load_glossary() -> None:
    for term, abbreviation, definition, source in GLOSSARY:
        GlossaryTerm.objects.get_or_create(
            term=term,
            defaults={
                "abbreviation": abbreviation,
                "definition": f"<p>{definition}</p>",
                "source": source,
            },
        )


def _glossary_blocks(course_slug: str) -> list[tuple[str, dict]]:
    names = TERMS_IN_FIRST_LESSON.get(course_slug, [])
    terms = GlossaryTerm.objects.filter(Q(abbreviation__in=names) | Q(term__in=names))
    return [("glossary_term", {"term": term, "note": ""}) for term in terms]


def _question(spec: dict) -> QuizQuestion:
    """A quiz question from the demo schema's question dict (see data/SCHEMA.md)."""
    kind = spec["type"]
    question = QuizQuestion(kind=kind, text=spec["text"], explanation=spec.get("explanation", ""))
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        choices = [
            QuizChoice(text=c["text"], is_correct=c["correct"], feedback=c.get("feedback", ""))
            for c in spec["choices"]
        ]
    elif kind == QuestionKind.TRUE_FALSE:
        choices = [
            QuizChoice(text=str(_("True")), is_correct=spec["answer"] is True),
            QuizChoice(text=str(_("False")), is_correct=spec["answer"] is False),
        ]
    elif kind == QuestionKind.ORDERING:
        choices = [QuizChoice(text=item) for item in spec["items"]]
    else:
        choices = []
    if kind == QuestionKind.NUMERIC:
        question.numeric_answer = Decimal(str(spec["answer"]))
        question.tolerance = Decimal(str(spec.get("tolerance", 0)))
    if kind == QuestionKind.SHORT_TEXT:
        question.accepted_answers = "\n".join(spec["accepted"])
    for position, choice in enumerate(choices):
        choice.sort_order = position
    question.choices = choices
    return question


def quiz_questions(specs: list[dict]) -> list[QuizQuestion]:
    questions = [_question(spec) for spec in specs]
    for position, question in enumerate(questions):
        question.sort_order = position
    return questions


def _quiz(spec: dict) -> QuizPage:
    quiz = QuizPage(
        title=spec["title"],
        intro=spec.get("intro", ""),
        graded=True,
        pass_mark=spec.get("pass_mark", 70),
        max_attempts=3,
        shuffle_choices=True,
    )
    quiz.questions = quiz_questions(spec["questions"])
    return quiz


def _course(spec: dict) -> CoursePage:
    return CoursePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        outcomes=[("outcome", text) for text in spec["outcomes"]],
        level=spec["level"],
        estimated_hours=spec["hours"],
        # The demo courses end with a graded quiz that counts towards completion.
        completion_rule=CompletionRule.LESSONS_AND_QUIZZES,
    )


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def load_courses(home: HomePage) -> list[CoursePage]:
    """Create every demo course that is missing, with its modules and lessons."""
    load_glossary()
    courses = []
    for track_slug, specs in COURSES_BY_TRACK.items():
        track = TrackPage.objects.child_of(home).get(slug=track_slug)
        for position, spec in enumerate(specs):
            course = CoursePage.objects.child_of(track).filter(slug=spec["slug"]).first()
            if course is None:
                course = _publish_child(track, _course(spec))
                lesson_number = 0
                for module_spec in spec["modules"]:
                    module = _publish_child(
                        course,
                        ModulePage(
                            title=module_spec["title"], summary=module_spec.get("summary", "")
                        ),
                    )
                    for lesson_spec in module_spec["lessons"]:
                        lesson = _lesson(lesson_spec)
                        for field, value in demo_freshness.lesson_dates(
                            spec["slug"], lesson_number
                        ).items():
                            setattr(lesson, field, value)
                        lesson_number += 1
                        if lesson.is_preview:  # the first lesson explains its terms
                            lesson.body.extend(_glossary_blocks(spec["slug"]))
                        _publish_child(module, lesson)
            if "quiz" in spec and not QuizPage.objects.descendant_of(course).exists():
                last_module = ModulePage.objects.child_of(course).order_by("-path").first()
                if last_module is not None:
                    _publish_child(last_module, _quiz(spec["quiz"]))
            email = TRAINER_FOR_POSITION.get(position, OTHER_TRAINER)
            trainer = User.objects.filter(email=email).first()
            if trainer is not None:
                CourseAssignment.objects.get_or_create(course=course, trainer=trainer)
            courses.append(course)
    return courses


# Who is where: (learner e-mail, course slug, lessons completed or "all").
LEARNER_PROGRESS = [
    ("learner@example.org", "pricing-with-incoterms", 3),
    ("learner@example.org", "finding-your-first-export-market", "all"),
    ("learner2@example.org", "pricing-with-incoterms", 1),
]


@transaction.atomic
def load_progress() -> None:
    """Put the demo learners part-way through (and through) courses, via the services."""
    for email, slug, count in LEARNER_PROGRESS:
        user = User.objects.filter(email=email).first()
        course = CoursePage.objects.filter(slug=slug).first()
        if user is None or course is None:
            continue
        services.enroll(user, course)
        lessons = services.course_outline(course).lessons
        for lesson in lessons if count == "all" else lessons[:count]:
            services.complete_lesson(user, lesson)


# Quiz attempts: (learner e-mail, course slug, share of questions answered right, in order).
LEARNER_ATTEMPTS = [
    ("learner@example.org", "finding-your-first-export-market", [0.5, 1.0]),
    ("learner2@example.org", "pricing-with-incoterms", [0.4]),
]


def _answer_fields(attempt, share_right: float) -> dict:
    """Form fields for ``attempt``: the first ``share_right`` of its questions answered
    right, the rest left blank, so failed attempts score like a real learner's."""
    fields = {}
    questions = services.attempt_questions(attempt)
    for question in questions[: round(share_right * len(questions))]:
        fields.update(right_answer(question))
    return fields


@transaction.atomic
def load_attempts() -> None:
    """Give demo learners failed and passed quiz attempts, via the services; once."""
    for email, slug, outcomes in LEARNER_ATTEMPTS:
        user = User.objects.filter(email=email).first()
        course = CoursePage.objects.filter(slug=slug).first()
        if user is None or course is None:
            continue
        quiz = QuizPage.objects.descendant_of(course).live().first()
        if quiz is None or quiz.attempts.filter(user=user).exists():
            continue
        services.enroll(user, course)
        for share_right in outcomes:
            attempt = services.start_attempt(user, quiz)
            services.submit_attempt(user, attempt.pk, _answer_fields(attempt, share_right))
