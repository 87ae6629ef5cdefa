"""The language links of a page name the same addresses whether built one language at a time
(``url_in_language``) or all at once (``url_in_languages``, what every page's header uses)."""

import pytest
from django.conf import settings

from lms.i18n import url_in_language, url_in_languages

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/fr/",
        "/export-skills/pricing-with-incoterms/",
        "/ar/export-skills/pricing-with-incoterms/lesson/?page=2#notes",
        "/dashboard/",
        "/sw/dashboard/",
        "/toolkit/markets/european-union/",
        "/accounts/login/?next=/dashboard/",
        "/admin/",
        "/caf%C3%A9/",
    ],
)
def test_every_language_at_once_gives_each_languages_address(url):
    assert url_in_languages(url, LANGUAGES) == {
        language: url_in_language(url, language) for language in LANGUAGES
    }


def test_the_french_address_of_an_english_page_carries_the_prefix():
    urls = url_in_languages("/dashboard/", LANGUAGES)
    assert urls["en"] == "/dashboard/"
    assert urls["fr"] == "/fr/dashboard/"
