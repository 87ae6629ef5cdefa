"""The demo course data follows SCHEMA.md, and every quiz key is consistent.

A pure data check over every course ``load_demo`` builds (no database), so a new lesson or
question that breaks the format fails here before anyone loads it.
"""

import re

import pytest

from lms.demo.courses import COURSES_BY_TRACK
from lms.demo.data.glossary import GLOSSARY, TERMS_IN_FIRST_LESSON

COURSES = [course for specs in COURSES_BY_TRACK.values() for course in specs]
KINDS = {"single", "multiple", "true_false", "numeric", "short_text", "ordering"}
TEXT_KINDS = {"paragraph"}


def _words(blocks) -> int:
    text = []
    for kind, value in blocks:
        if kind == "paragraph":
            text.append(value)
        elif kind == "heading":
            text.append(value["text"])
        elif kind in ("callout", "case_study"):
            text.extend(v for k, v in value.items() if k != "kind" and isinstance(v, str))
        elif kind == "key_takeaways":
            text.extend(value["items"])
    return len(re.sub(r"<[^>]+>", " ", " ".join(text)).split())


def _ids(specs):
    return [spec["slug"] for spec in specs]


def test_slugs_are_unique():
    slugs = _ids(COURSES)
    assert len(slugs) == len(set(slugs))


@pytest.mark.parametrize("course", COURSES, ids=_ids(COURSES))
def test_course_shape(course):
    assert len(course["summary"]) <= 300
    assert 2 <= len(course["modules"]) <= 3
    previews = []
    for module in course["modules"]:
        assert 2 <= len(module["lessons"]) <= 4, module["title"]
        for lesson in module["lessons"]:
            kinds = [kind for kind, _value in lesson["body"]]
            assert "heading" in kinds, lesson["title"]
            assert kinds.count("paragraph") >= 3, lesson["title"]
            assert kinds[-1] == "key_takeaways", lesson["title"]
            assert 350 <= _words(lesson["body"]) <= 700, (lesson["title"], _words(lesson["body"]))
            previews.append(lesson["preview"])
    assert previews[0] is True
    assert not any(previews[1:])


@pytest.mark.parametrize("course", COURSES, ids=_ids(COURSES))
def test_quiz_keys_are_consistent(course):
    questions = course["quiz"]["questions"]
    assert len(questions) >= 6
    assert len({q["type"] for q in questions}) >= 4
    for question in questions:
        kind = question["type"]
        assert kind in KINDS, question["text"]
        assert question.get("explanation"), question["text"]
        if kind in ("single", "multiple"):
            right = [choice for choice in question["choices"] if choice["correct"]]
            texts = [choice["text"] for choice in question["choices"]]
            assert len(texts) == len(set(texts)), question["text"]
            assert len(right) == 1 if kind == "single" else len(right) >= 2, question["text"]
            assert len(right) < len(texts), question["text"]
        elif kind == "true_false":
            assert question["answer"] in (True, False)
        elif kind == "numeric":
            assert isinstance(question["answer"], int | float)
            assert question.get("tolerance", 0) >= 0
        elif kind == "short_text":
            assert question["accepted"] and all(a.strip() for a in question["accepted"])
        elif kind == "ordering":
            assert len(question["items"]) >= 3
            assert len(set(question["items"])) == len(question["items"])


def test_first_lesson_glossary_terms_exist():
    names = {term for term, _abbr, _definition, _source in GLOSSARY} | {
        abbr for _term, abbr, _definition, _source in GLOSSARY if abbr
    }
    for slug, terms in TERMS_IN_FIRST_LESSON.items():
        assert slug in _ids(COURSES)
        assert set(terms) <= names, slug


def test_the_trade_agreements_course_keys_match_the_lessons():
    """The new course's keys say what its lessons teach (checked December 2026)."""
    course = next(c for c in COURSES if c["slug"] == "trade-agreements-and-single-windows")
    assert course in COURSES_BY_TRACK["export-skills"]
    by_text = {q["text"]: q for q in course["quiz"]["questions"]}
    rwanda = next(q for text, q in by_text.items() if text.startswith("A roaster in Kigali"))
    assert [c["text"] for c in rwanda["choices"] if c["correct"]] == ["0%"]
    mfn = next(q for q in by_text.values() if q["type"] == "numeric")
    assert mfn["answer"] == 7.5
    kenya_epa = next(q for text, q in by_text.items() if "EU–Kenya" in text)
    assert kenya_epa["answer"] is True
    lessons = " ".join(
        str(value)
        for module in course["modules"]
        for lesson in module["lessons"]
        for _kind, value in lesson["body"]
    )
    for fact in ("7.5%", "1 July 2024", "1 August 2020", "ReSW", "KenTrade", "VNSW", "€6,000"):
        assert fact in lessons, fact
