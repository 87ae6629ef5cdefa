"""Glossary terms: kept as snippets, linked from lessons, readable without JavaScript."""

import pytest
from django.urls import reverse

from content.models import GlossaryTerm
from courses import services
from courses.models import LessonPage
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db


def test_lesson_shows_a_glossary_term_with_its_definition(client, demo_site, learner):
    term = GlossaryTerm.objects.create(
        term="Free Carrier",
        abbreviation="FCA",
        definition="<p>Delivered to the carrier.</p>",
        source="ICC, Incoterms® 2020",
    )
    course, lessons = make_course((1,))
    lesson = LessonPage.objects.get(pk=lessons[0].pk)
    lesson.body.append(("glossary_term", {"term": term, "note": "Use it for containers."}))
    lesson.save_revision().publish()
    services.enroll(learner, course)
    client.force_login(learner)

    html = client.get(lesson.url).content.decode()

    assert '<details class="glossary">' in html
    assert "<dfn>Free Carrier</dfn> (FCA)" in html
    assert "Delivered to the carrier." in html and "Use it for containers." in html


def test_trainers_choose_terms_and_moderators_keep_the_glossary(client, trainer, moderator):
    assert trainer.has_perm("content.view_glossaryterm")
    assert not trainer.has_perm("content.delete_glossaryterm")
    assert moderator.has_perm("content.delete_glossaryterm")
    client.force_login(trainer)
    chooser = reverse("wagtailsnippetchoosers_content_glossaryterm:choose")
    assert client.get(chooser).status_code == 200


def test_demo_glossary_has_all_eleven_incoterms(db):
    from lms.demo.courses import load_glossary

    load_glossary()
    abbreviations = set(GlossaryTerm.objects.values_list("abbreviation", flat=True))
    rules = {"EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"}
    assert rules <= abbreviations
