"""What a save indexes: where an image or a glossary term is used (Wagtail's reference
index, read by the admin's usage pages) and what a search finds. Tests write the reference
index only where marked ``reference_index``, and run the search index's save task only
while a backend updates at every save (marker ``search``; tests/indexing.py): these prove
that the markers turn them on and that elsewhere they stay off."""

import contextlib

import pytest
from django.urls import reverse
from django_tasks.signals import task_enqueued
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import ReferenceIndex

from content.models import GlossaryTerm
from courses.models import LessonPage
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


def course_using_an_image_and_a_term():
    """A course whose cover is an image and whose lesson explains a glossary term."""
    image = get_image_model().objects.create(title="Port of Mombasa", file=get_test_image_file())
    term = GlossaryTerm.objects.create(term="Free Carrier", definition="<p>To the carrier.</p>")
    course, lessons = make_course((1,), cover_image=image)
    lesson = LessonPage.objects.get(pk=lessons[0].pk)
    lesson.body.append(("glossary_term", {"term": term, "note": ""}))
    lesson.save_revision().publish()
    return image, term, course, lesson


@contextlib.contextmanager
def tasks_enqueued():
    """The names of the tasks enqueued inside the block."""
    names = []

    def record(sender, task_result, **kwargs):
        names.append(task_result.task.name)

    task_enqueued.connect(record)
    try:
        yield names
    finally:
        task_enqueued.disconnect(record)


@pytest.mark.reference_index
def test_an_image_and_a_term_list_the_pages_that_use_them(client, demo_site, moderator):
    image, term, course, lesson = course_using_an_image_and_a_term()
    client.force_login(moderator)

    image_usage = client.get(reverse("wagtailimages:image_usage", args=[image.pk]))
    term_usage = client.get(reverse("wagtailsnippets_content_glossaryterm:usage", args=[term.pk]))

    assert image_usage.status_code == term_usage.status_code == 200
    assert course.title in image_usage.content.decode()
    assert lesson.title in term_usage.content.decode()
    assert ReferenceIndex.get_references_to(image).exists()


def test_unmarked_tests_leave_the_reference_index_unwritten(demo_site):
    with tasks_enqueued() as names:
        course_using_an_image_and_a_term()

    assert not ReferenceIndex.objects.exists()
    assert "update_reference_index_task" not in names
    assert "insert_or_update_object_task" not in names


@pytest.mark.search
def test_a_search_marked_test_indexes_what_it_saves(client, demo_site):
    with tasks_enqueued() as names:
        make_course((1,), title="Cold chain logistics for avocados")

    assert "insert_or_update_object_task" in names
    html = client.get(reverse("courses:search"), {"q": "avocados"}).content.decode()
    assert "Cold chain logistics for avocados" in html
