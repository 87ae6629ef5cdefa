"""Choosing a language in the browser: the header's chooser (a form, no script needed)
switches the page to French, the choice outlives signing out and in, and Arabic pages read
right to left."""

import re

from playwright.sync_api import expect

from lms.accounts.models import User
from lms.demo.accounts import DEMO_PASSWORD


def choose_language(page, code: str) -> None:
    page.locator("#language-choice").select_option(code)
    page.locator(".language-chooser button[type=submit]").click()


def test_a_learner_switches_to_french_and_the_choice_is_remembered(page):
    page.goto("/toolkit/glossary/")
    choose_language(page, "fr")
    expect(page).to_have_url(re.compile(r"/fr/toolkit/glossary/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("#language-choice")).to_have_value("fr")

    # Sign in on the French page: the form is French, and the choice is stored.
    page.goto("/fr/accounts/login/")
    page.locator("input[name=login]").fill("learner@example.org")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form[action*='login'] button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert "/fr/" in page.url
    assert User.objects.get(email="learner@example.org").language == "fr"

    # Signed out, the cookie keeps the choice: a plain address opens in French.
    page.locator("form[action*='logout'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/fr/$"))  # signed out to the home page, in French
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.goto("/toolkit/glossary/")
    expect(page).to_have_url(re.compile(r"/fr/toolkit/glossary/$"))

    # On another device (no cookie), signing in brings the stored choice back.
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator("input[name=login]").fill("learner@example.org")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form[action*='login'] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/fr/dashboard/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_an_arabic_page_reads_right_to_left_and_back_to_english(page):
    page.goto("/")
    choose_language(page, "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    # The header starts on the right: the brand ends at the page's right margin.
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > page.viewport_size["width"] - 40
    choose_language(page, "en")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    assert not page.url.rstrip("/").endswith("/ar")
    assert page.locator(".brand").bounding_box()["x"] < 40


def test_a_signed_in_french_learner_is_sent_to_my_learning_not_to_sign_up(page):
    page.goto("/fr/")
    # A visitor is invited twice: the hero's button and the closing banner.
    expect(page.get_by_role("link", name="Créer votre compte gratuit")).to_have_count(2)

    page.goto("/fr/accounts/login/")
    page.locator("input[name=login]").fill("learner-fr@example.org")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form[action*='login'] button[type=submit]").click()
    page.goto("/fr/")
    expect(page.get_by_role("link", name="Créer votre compte gratuit")).to_have_count(0)
    expect(page.locator("a[href*='/accounts/signup/']")).to_have_count(0)
    page.get_by_role("link", name="Aller à Mon apprentissage").click()
    expect(page).to_have_url(re.compile(r"/fr/dashboard/$"))
