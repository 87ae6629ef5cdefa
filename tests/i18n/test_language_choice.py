"""Choosing the interface language: the header's chooser, the profile, the browser's guess,
and the choice remembered across requests, sign-out and sign-in."""

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def test_home_offers_every_language_by_its_own_name_without_javascript(client, demo_site):
    html = client.get("/").content.decode()
    assert '<form class="language-chooser" method="post" action="/i18n/setlang/">' in html
    for code, name in [("fr", "Français"), ("ar", "العربيّة"), ("zh-hans", "简体中文")]:
        assert f'<option value="{code}" lang="{code}">{name}</option>' in html
    assert '<option value="en" lang="en" selected>English</option>' in html


def test_head_links_each_language_version(client, demo_site):
    html = client.get("/toolkit/glossary/").content.decode()
    assert (
        '<link rel="alternate" hreflang="fr" href="http://testserver/fr/toolkit/glossary/">' in html
    )
    assert (
        '<link rel="alternate" hreflang="ar" href="http://testserver/ar/toolkit/glossary/">' in html
    )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/toolkit/glossary/">'
        in html
    )


def test_choosing_french_sets_the_cookie_and_returns_to_the_same_page_in_french(client, demo_site):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/toolkit/glossary/"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/toolkit/glossary/"
    assert response.cookies[COOKIE].value == "fr"
    page = client.get("/fr/toolkit/glossary/")
    assert page.status_code == 200
    assert '<html lang="fr" dir="ltr">' in page.content.decode()


def test_choosing_from_a_prefixed_page_translates_its_address(client, demo_site):
    response = client.post(
        "/i18n/setlang/", {"language": "ar", "next": "/fr/toolkit/glossary/?q=x"}
    )
    assert response["Location"] == "/ar/toolkit/glossary/?q=x"
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/ar/toolkit/glossary/"})
    assert response["Location"] == "/toolkit/glossary/"


def test_the_chosen_language_is_remembered_on_plain_addresses(client, demo_site):
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    response = client.get("/toolkit/glossary/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/toolkit/glossary/"
    # Choosing English again stays on plain addresses.
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert client.get("/toolkit/glossary/").status_code == 200


def test_the_browser_language_is_the_first_guess(client, demo_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sw-KE,sw;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/sw/"
    assert "Accept-Language" in response["Vary"]
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert english.status_code == 200


def test_addresses_outside_the_learner_site_are_never_redirected(client, demo_site):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert not response["Location"].startswith("/fr/")
    response = client.post("/toolkit/glossary/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code != 302 or not response["Location"].startswith("/fr/")


def test_a_signed_in_choice_is_stored_on_the_profile(client, demo_site):
    user = UserFactory(role="Learner")
    client.force_login(user)
    client.post("/i18n/setlang/", {"language": "ar", "next": "/dashboard/"})
    user.refresh_from_db()
    assert user.language == "ar"


def test_a_french_learner_lands_on_french_addresses_after_signing_in_and_after_signing_out(
    client, demo_site
):
    user = UserFactory(role="Learner", language="fr")
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "fr"
    landing = client.get(response["Location"])
    assert landing.status_code == 302
    assert landing["Location"].startswith("/fr/")
    page = client.get(landing["Location"])
    assert page.status_code == 200
    assert '<html lang="fr"' in page.content.decode()
    client.post(reverse("account_logout"))
    # Signed out, the cookie keeps the choice.
    assert client.get("/")["Location"] == "/fr/"


def test_the_profile_form_changes_the_language_and_answers_in_it(client, demo_site):
    user = UserFactory(role="Learner")
    client.force_login(user)
    form = client.get("/profile/").content.decode()
    assert 'name="language"' in form
    data = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "printed_name": "",
        "country": "KE",
        "region": "Nairobi",
        "sector": "C",
        "enterprise_size": "micro",
        "owner_gender": "woman",
        "export_stage": "exploring",
        "consent_statistics": "on",
        "language": "ar",
    }
    response = client.post("/profile/", data)
    assert response.status_code == 302
    assert response["Location"] == "/ar/profile/"
    user.refresh_from_db()
    assert user.language == "ar"
    page = client.get("/ar/profile/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page


def test_an_unknown_language_in_the_profile_names_the_field(client, demo_site):
    user = UserFactory(role="Learner")
    client.force_login(user)
    response = client.post("/profile/", {"first_name": "A", "language": "xx"})
    assert response.status_code == 200
    assert "xx is not one of the available choices" in response.content.decode()


def test_a_language_chosen_before_signing_in_becomes_the_learners(client, demo_site):
    user = UserFactory(role="Learner")
    client.post("/i18n/setlang/", {"language": "sw", "next": "/"})
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    user.refresh_from_db()
    assert user.language == "sw"


def test_the_admin_opens_in_a_staff_members_language(client, demo_site):
    analyst = UserFactory(role="Ministry analyst", profile=False, language="ar")
    client.force_login(analyst)
    html = client.get("/admin/reports/").content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    analyst.language = ""
    analyst.save()
    html = client.get("/admin/reports/").content.decode()
    assert 'dir="rtl"' not in html
