"""Sentences reach translators whole: links sit inside one translatable sentence, a message
names its column in the reader's language, a word with two meanings has one entry per
meaning, and a course's language is named in the reader's language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from content.brandplan.models.rows import TrademarkStatus
from courses.admin_views import CourseLearnersView
from lms.programmes.resources import LearnerResource
from lms.reports.services import MEASURES
from tests.assessments.test_taking import form_data
from tests.courses.builders import make_course

pytestmark = pytest.mark.django_db
NBSP = "\u00a0"


def one_line(html: str) -> str:
    """``html`` with each run of indentation and line breaks read as one space, as a
    browser shows it (no-break spaces kept)."""
    return re.sub(r"[ \t\n]+", " ", html)


def test_a_visitors_assessment_result_asks_to_sign_in_in_one_french_sentence(client, assessment):
    response = client.post(f"/fr{assessment.url}", form_data(assessment, 1, 0, 2))
    html = one_line(response.content.decode())

    with translation.override("fr"):
        results = reverse("assessments:results")
    assert (
        "Ce résultat n’est pas enregistré. "
        f'<a href="/fr/accounts/login/?next={results}">Connectez-vous</a> ou '
        f'<a href="/fr/accounts/signup/?next={results}">créez un compte gratuit</a> '
        f"dès maintenant pour l’enregistrer dans votre compte{NBSP}: vous pourrez le comparer"
    ) in html


def test_the_assessment_sentence_keeps_its_links_in_arabic_word_order(client, assessment):
    html = client.post(f"/ar{assessment.url}", form_data(assessment, 1, 0, 2)).content.decode()
    html = one_line(html)
    assert "سجّل الدخول</a> أو <a href=" in html
    assert "أنشئ حسابًا مجانيًا</a> الآن لتُحفظ النتيجة في حسابك" in html
    assert "/ar/accounts/signup/?next=" in html


def test_market_checklists_ask_a_french_visitor_to_sign_in_in_one_sentence(client):
    with translation.override("fr"):
        url, login = reverse("markets:list"), reverse("account_login")
    html = client.get(url).content.decode()
    link = f'<a href="{login}?next={url}">Connectez-vous</a>'
    assert f"<p>{link} pour enregistrer votre progression.</p>" in html


@pytest.mark.parametrize(
    ("column", "value", "french"),
    [
        ("sector", "Z", "Section CITI inconnue"),
        ("enterprise_size", "huge", "Taille d’entreprise inconnue"),
        ("owner_gender", "x", "Genre du propriétaire inconnu"),
        ("export_stage", "someday", "Stade d’exportation inconnu"),
    ],
)
def test_an_import_error_names_its_column_in_the_readers_language(column, value, french):
    widget = LearnerResource().fields[column].widget
    with translation.override("fr"), pytest.raises(ValueError) as error:
        widget.clean(value)
    message = str(error.value)
    assert message.startswith(f"{french}{NBSP}: {value}{NBSP}; utilisez l’une des valeurs")
    for english in ("ISIC", "size", "owner gender", "export stage", "Unknown"):
        assert english not in message


def test_words_with_two_meanings_are_translated_per_meaning():
    with translation.override("fr"):
        assert str(TrademarkStatus.REGISTERED.label) == "Enregistrée"  # a trademark
        labels = {column.key: str(column.label) for column in MEASURES}
        assert labels["registered"] == "Inscrits sur le site"  # a number of learners
        assert labels["enrolled"] == "Inscrits"
        dates = {column.name: str(column.label) for column in CourseLearnersView.columns}
        assert dates["enrolled_at"] == "Inscrit le"  # a date
        assert dates["completed_at"] == "Terminé le"
        assert translation.pgettext("lesson status", "Completed") == "Terminée"  # une leçon
        assert translation.pgettext("heading: courses finished", "Completed") == "Cours terminés"
    with translation.override("ar"):
        assert str(TrademarkStatus.REGISTERED.label) == "مسجَّلة"
        assert translation.pgettext("number of learners", "Completed") == "أكملوا"
        assert translation.pgettext("date column", "Completed") == "تاريخ الإكمال"


def test_a_completed_lesson_says_so_in_french_as_a_lesson_would(client, learner, demo_site):
    from courses import services

    course, lessons = make_course((2,))
    services.enroll(learner, course)
    services.complete_lesson(learner, lessons[0])
    client.force_login(learner)
    html = client.get(f"/fr{lessons[0].url}").content.decode()
    assert '<strong class="done-label">✓ Terminée</strong>' in html


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "English"), ("fr", "Anglais"), ("es", "Inglés"), ("ar", "الإنجليزية"),
     ("zh-hans", "英语"), ("sw", "Kiingereza")],
)  # fmt: skip
def test_a_courses_language_is_named_in_the_readers_language(client, demo_site, language, name):
    course, _lessons = make_course((1,))
    prefix = "" if language == "en" else f"/{language}"
    html = client.get(f"{prefix}{course.url}").content.decode()
    assert f"<li>{name}</li>" in html
    if language != "en":
        assert "<li>English</li>" not in html
