"""The tree helper names the same pages Wagtail's own tree queries find."""

import pytest

from courses import tree
from courses.models import TrackPage
from tests.courses.builders import make_course, make_quiz

pytestmark = pytest.mark.django_db


def test_relations_match_wagtails_tree(demo_site):
    course, lessons = make_course((1, 2))
    lesson = lessons[-1]
    module = lesson.get_parent()
    quiz = make_quiz(module, questions=[])

    assert tree.course_path_of(lesson.path) == course.path
    assert tree.course_path_of(quiz.path) == course.path
    assert tree.parent_path(lesson.path) == module.path
    assert tree.parent_path(course.path) == TrackPage.objects.get(slug="export-skills").path
    assert tree.ancestor_paths(lesson.path) == [
        page.path for page in lesson.get_ancestors(inclusive=True)
    ]
    assert tree.ancestor_paths(course.path, from_depth=2, inclusive=False) == [
        page.path for page in course.get_ancestors().filter(depth__gte=2)
    ]
