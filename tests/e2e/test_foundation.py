"""A visitor, a demo learner and a new user, each in a real browser."""

import re

from django.core import mail
from playwright.sync_api import expect

from lms.accounts.models import User
from lms.demo.accounts import DEMO_PASSWORD
from tests.factories import PASSWORD, UserFactory


def sign_in(page, email, password):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()


def test_home_page_renders_tracks_and_a_skip_link(page):
    page.goto("/")

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Learn to sell your products across borders"
    )
    cards = page.locator(".card__title")
    expect(cards).to_have_text(["Export skills", "Brand going abroad", "Trade law and policy"])
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()

    cards.get_by_role("link", name="Brand going abroad").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Brand going abroad")
    expect(page.get_by_text("Madrid System").first).to_be_visible()


def test_demo_learner_signs_in_and_sees_my_learning(page):
    sign_in(page, "learner@example.org", DEMO_PASSWORD)

    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    expect(page.get_by_text("Welcome, Amina.")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def test_new_user_signs_up_verifies_email_and_completes_profile(page):
    page.goto("/")
    page.get_by_role("navigation", name="Account").get_by_role(
        "link", name="Create account"
    ).click()
    page.get_by_label("Email").fill("founder@textiles.example")
    page.get_by_label("Password", exact=True).fill("woven-in-accra-2026")
    page.get_by_label("Password (again)").fill("woven-in-accra-2026")
    page.get_by_label("Given name").fill("Efua")
    page.get_by_label("Family name").fill("Owusu")
    page.get_by_label("Country").select_option("GH")
    page.get_by_label("Region or province").fill("Greater Accra")
    page.get_by_label("Business sector").select_option("C")
    page.get_by_label("Enterprise size").select_option("micro")
    page.get_by_label("Gender of the business owner").select_option("woman")
    page.get_by_label("Export stage").select_option("exploring")
    page.get_by_label("Count my business profile").check()
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)", mail.outbox[-1].body)[1]
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    expect(page.get_by_text("Welcome, Efua.")).to_be_visible()

    page.get_by_role("navigation", name="Account").get_by_role("link", name="Profile").click()
    page.get_by_label("Export stage").select_option("occasional")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Your profile has been saved.")).to_be_visible()
    user = User.objects.get(email="founder@textiles.example")
    assert (user.country.code, user.export_stage, user.consent_statistics) == (
        "GH",
        "occasional",
        True,
    )


def test_incomplete_profile_is_asked_for_after_sign_in(page):
    user = UserFactory(email="invited@example.org", profile=False)

    sign_in(page, user.email, PASSWORD)

    expect(page.get_by_text("Your profile is not complete.")).to_be_visible()
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("alert")).to_contain_text("Country")  # error summary names fields
    page.get_by_label("Country").select_option("SN")
    page.get_by_label("Business sector").select_option("I")
    page.get_by_label("Enterprise size").select_option("small")
    page.get_by_label("Gender of the business owner").select_option("undisclosed")
    page.get_by_label("Export stage").select_option("not_yet")
    page.get_by_role("button", name="Save profile").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    user.refresh_from_db()
    assert user.profile_is_complete
