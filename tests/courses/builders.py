"""Build course trees for tests: published pages made the way the admin makes them."""

from courses.models import CoursePage, LessonPage, ModulePage, TrackPage


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_course(
    lessons_per_module=(2, 2),
    *,
    track_slug="export-skills",
    slug="test-course",
    sequential=False,
    preview_first=True,
    **fields,
) -> tuple[CoursePage, list[LessonPage]]:
    """A live course under a demo track with the given number of lessons per module."""
    track = TrackPage.objects.get(slug=track_slug)
    course = publish_child(
        track,
        CoursePage(
            title=fields.pop("title", f"Course {slug}"),
            slug=slug,
            summary="A course made for a test.",
            sequential=sequential,
            estimated_hours=2,
            **fields,
        ),
    )
    lessons = []
    for m, count in enumerate(lessons_per_module, start=1):
        module = publish_child(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        for n in range(1, count + 1):
            lessons.append(
                publish_child(
                    module,
                    LessonPage(
                        title=f"Lesson {m}.{n}",
                        slug=f"lesson-{m}-{n}",
                        body=[("paragraph", f"<p>Teaching text of lesson {m}.{n}.</p>")],
                        is_preview=preview_first and not lessons,
                    ),
                )
            )
    return course, lessons


def make_courses_once(*specs: dict) -> list[tuple[CoursePage, list[LessonPage]]]:
    """``make_course(**spec)`` for each spec, under the demo's tracks (``demo_site``), built
    once per process for these specs (``built_once``); each call reads its own instances."""
    built = built_once(lambda: tuple(make_course(**spec) for spec in specs), key=repr(specs))
    return [tuple(course_and_lessons) for course_and_lessons in built]


def built_once(build, *, key=None):
    """``build()``'s pages (a tuple of pages and lists of pages), built by the first test in
    a process that calls this with the same ``key`` (by default ``build``'s name) and written
    again for the next ones where the page tree is as that first build found it
    (tests/snapshots.py ``build_once``); every call reads its own instances, of the classes
    ``build`` returned. A build named by its function must build the same whoever calls it
    (no closure over a fixture's parameter).
    """
    from tests.snapshots import build_once, indexing_key

    def refs(value):
        if isinstance(value, list | tuple):
            return tuple(refs(item) for item in value)
        return (type(value), value.pk)

    def read(ref):
        if not ref or isinstance(ref[0], tuple):
            return [read(item) for item in ref]
        model, pk = ref
        return model._default_manager.get(pk=pk)

    name = (build.__module__, build.__qualname__) if key is None else (key,)
    key = ("built_once", *name, *indexing_key())
    return tuple(read(ref) for ref in build_once(key, lambda: refs(build())))


def make_quiz(module, questions=None, *, slug="quiz", **fields):
    """A live quiz under ``module``. ``questions`` are dicts in the demo data's schema
    (``lms/demo/data/SCHEMA.md``); by default one question of each type."""
    from courses.models import QuizPage
    from lms.demo.courses import quiz_questions

    quiz = QuizPage(title=fields.pop("title", "Quiz"), slug=slug, **fields)
    quiz.questions = quiz_questions(questions if questions is not None else SAMPLE_QUESTIONS)
    return publish_child(module, quiz)


SAMPLE_QUESTIONS = [
    {
        "type": "single",
        "text": "Which rule passes risk at the buyer's carrier?",
        "explanation": "FCA.",
        "choices": [
            {"text": "FCA", "correct": True, "feedback": "SECRET-RIGHT-FEEDBACK"},
            {"text": "DDP", "correct": False, "feedback": "Risk stays with the seller."},
        ],
    },
    {
        "type": "multiple",
        "text": "Which are Incoterms rules?",
        "explanation": "FOB and CIF.",
        "choices": [
            {"text": "FOB", "correct": True, "feedback": ""},
            {"text": "CIF", "correct": True, "feedback": ""},
            {"text": "XYZ", "correct": False, "feedback": "Not a rule."},
        ],
    },
    {"type": "true_false", "text": "DDP includes import duties.", "answer": True},
    {"type": "numeric", "text": "How many rules?", "answer": 11, "tolerance": 0},
    {"type": "short_text", "text": "Abbreviation?", "accepted": ["DPU", "Delivered at Place"]},
    {"type": "ordering", "text": "Order these.", "items": ["first", "second", "third"]},
]


def correct_answers(attempt) -> dict:
    """The form fields a learner who knows every answer would send for ``attempt``."""
    from courses import services
    from courses.models import QuestionKind
    from courses.services.model_answers import right_answer

    fields = {}
    for question in services.attempt_questions(attempt):
        fields.update(right_answer(question))
        if question.kind == QuestionKind.SHORT_TEXT:
            # Typed loosely, as learners do: another accepted form, upper case, spaces around.
            fields[f"q-{question.pk}"] = " " + question.accepted_list[-1].upper() + " "
    return fields
