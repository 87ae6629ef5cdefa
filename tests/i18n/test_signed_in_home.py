"""Someone signed in is never asked to create an account, in any language: the home page's
sign-up buttons (editors' content, translated per language) give way to My learning."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from lms.demo import translations
from lms.demo.data import trade_agreements_ar, trade_agreements_fr
from lms.demo.data.tracks import HOME

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# The hero's sign-up label in the languages the demo translates the home page into; the
# others are served the English home page.
SIGN_UP_LABEL = {"fr": trade_agreements_fr.HOME["hero_primary"],
                 "ar": trade_agreements_ar.HOME["hero_primary"]}  # fmt: skip
SIGN_UP_HEADING = {"fr": trade_agreements_fr.HOME["cta"]["heading"],
                   "ar": trade_agreements_ar.HOME["cta"]["heading"]}  # fmt: skip


@pytest.fixture
def home(demo_site):
    translations.load_translations(demo_site)  # the French and Arabic home pages
    return demo_site


def home_url(language):
    return "/" if language == settings.LANGUAGE_CODE else f"/{language}/"


def sign_up_paths():
    paths = set()
    for language in LANGUAGES:
        with translation.override(language):
            paths.add(reverse("account_signup"))
    return paths


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_signed_in_learner_is_not_asked_to_create_an_account(client, learner, home, language):
    client.force_login(learner)
    html = client.get(home_url(language)).content.decode()

    assert SIGN_UP_LABEL.get(language, "Create your free account") not in html
    assert SIGN_UP_HEADING.get(language, HOME["cta"]["heading"]) not in html
    for path in sign_up_paths():
        assert f'href="{path}' not in html
    with translation.override(language):
        dashboard = reverse("courses:dashboard")
        go = translation.gettext("Go to My learning")
    assert f'<a class="button button--large" href="{dashboard}">{go}</a>' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_is_still_invited_to_create_an_account(client, home, language):
    html = client.get(home_url(language)).content.decode()

    label = SIGN_UP_LABEL.get(language, "Create your free account")
    assert f'href="/accounts/signup/">{label}</a>' in html
    assert SIGN_UP_HEADING.get(language, HOME["cta"]["heading"]) in html
