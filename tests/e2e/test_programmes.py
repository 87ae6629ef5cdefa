"""A visitor signs up with a programme code and finds the programme; a learner joins another."""

import datetime as dt
import re

from django.core import mail
from playwright.sync_api import expect

from lms.programmes.models import EnrollmentCode, Programme, ProgrammeMembership
from tests.e2e.test_foundation import sign_in
from tests.factories import PASSWORD, UserFactory


def make_programme(name: str, code: str) -> Programme:
    programme = Programme.objects.create(
        name=name,
        sponsor="Ministry of Trade and Industry",
        countries=["GH"],
        starts_on=dt.date(2027, 1, 1),
        ends_on=dt.date(2027, 12, 31),
    )
    EnrollmentCode.objects.create(programme=programme, code=code)
    return programme


def test_visitor_signs_up_with_a_code_and_sees_the_programme(page):
    make_programme("Ghana export readiness 2027", "EXPORT-GH-2027")
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("weaver@kente.example")
    page.get_by_label("Password", exact=True).fill("woven-in-kumasi-2026")
    page.get_by_label("Password (again)").fill("woven-in-kumasi-2026")
    page.get_by_label("Given name").fill("Abena")
    page.get_by_label("Country").select_option("GH")
    page.get_by_label("Business sector").select_option("C")
    page.get_by_label("Enterprise size").select_option("micro")
    page.get_by_label("Gender of the business owner").select_option("woman")
    page.get_by_label("Export stage").select_option("exploring")

    # A mistyped code is an error on its field, and no account is made.
    page.get_by_label("Programme code").fill("EXPORT-GH-2072")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "There is no programme with the code EXPORT-GH-2072."
    )
    page.get_by_label("Password", exact=True).fill("woven-in-kumasi-2026")
    page.get_by_label("Password (again)").fill("woven-in-kumasi-2026")
    page.get_by_label("Programme code").fill("export gh 2027")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)", mail.outbox[-1].body)[1]
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    page.get_by_role("link", name="Programmes: join one with a code, see yours").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Join a programme")
    yours = page.get_by_role("region", name="Your programmes")
    expect(yours).to_contain_text("Ghana export readiness 2027")
    expect(yours).to_contain_text("Ministry of Trade and Industry")


def test_signed_in_learner_joins_with_a_code(page):
    programme = make_programme("Textile exporters circle 2027", "TEXTILES-GH-27")
    learner = UserFactory(email="shea@butter.example", first_name="Awa")
    sign_in(page, learner.email, PASSWORD)

    page.goto("/programmes/join/")
    expect(page.get_by_text("You are not in any programme yet.")).to_be_visible()
    page.get_by_label("Programme code").fill("textiles gh 27")
    page.get_by_role("button", name="Join").click()

    expect(page.get_by_text("You have joined Textile exporters circle 2027.")).to_be_visible()
    expect(page.get_by_role("region", name="Your programmes")).to_contain_text(
        "Textile exporters circle 2027"
    )
    assert ProgrammeMembership.objects.filter(user=learner, programme=programme).exists()
