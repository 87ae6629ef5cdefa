"""Programmes in the Wagtail admin: site admins only, including the members list and imports."""

import pytest
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from lms.programmes.admin_views import codes_in_use, country_names
from lms.programmes.models import EnrollmentCode, Programme, ProgrammeMembership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("programmes_admin:index")
ADD = reverse("programmes_admin:add")
IMPORT = reverse("programmes_admin:import")


def admin_urls(programme) -> list[str]:
    return [
        INDEX,
        ADD,
        reverse("programmes_admin:edit", args=[programme.pk]),
        reverse("programmes_admin:members", args=[programme.pk]),
        IMPORT,
    ]


def test_site_admin_lists_programmes_with_dates_countries_members_and_codes(
    client, site_admin, programme, code
):
    ProgrammeMembership.objects.create(programme=programme, user=UserFactory(), code=code)
    EnrollmentCode.objects.filter(pk=code.pk).update(used_count=1, max_uses=1500)
    client.force_login(site_admin)

    page = client.get(INDEX).content.decode()

    assert "National export readiness programme 2027" in page
    assert "Kenya, Rwanda" in page
    assert "1 Jan 2027" in page and "31 Dec 2027" in page
    assert "EXPORT-KE-2027 (1/1,500)" in page
    members = reverse("programmes_admin:members", args=[programme.pk])
    assert f'<a href="{members}">1<span class="w-sr-only"> members: list them</span></a>' in page


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "EXPORT-KE-2027 (1,200/1,500) — inactive; PILOT (3/∞)"),
        # French puts a no-break space before a semicolon; Arabic and Chinese write
        # their own semicolon, Chinese with no space after it.
        ("fr", "EXPORT-KE-2027 (1\u00a0200/1\u00a0500) — inactif\u00a0; PILOT (3/∞)"),
        ("ar", "EXPORT-KE-2027 (1,200/1,500) — غير نشط؛ PILOT (3/∞)"),
        ("zh-hans", "EXPORT-KE-2027（1,200/1,500）— 已停用；PILOT（3/∞）"),
    ],
)
def test_code_uses_are_written_as_the_admins_language_writes_numbers(
    programme, code, language, shown
):
    EnrollmentCode.objects.filter(pk=code.pk).update(
        used_count=1200, max_uses=1500, is_active=False
    )
    EnrollmentCode.objects.create(programme=programme, code="PILOT", used_count=3)
    programme = Programme.objects.prefetch_related(
        Prefetch("codes", queryset=EnrollmentCode.objects.order_by("code"))
    ).get(pk=programme.pk)

    with translation.override(language):
        assert codes_in_use(programme) == shown


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "Kenya, Rwanda"), ("ar", "كينيا، رواندا"), ("zh-hans", "肯尼亚、卢旺达")],
)
def test_countries_are_listed_with_the_admins_languages_comma(programme, language, shown):
    with translation.override(language):
        assert country_names(programme) == shown


def test_site_admin_creates_a_programme_with_codes_and_countries(client, site_admin):
    client.force_login(site_admin)
    form = client.get(ADD).content.decode()
    assert 'class="gga-country-picker"' in form
    assert 'value="KE"' in form

    response = client.post(
        ADD,
        nested_form_data(
            {
                "name": "Women-led brands going abroad",
                "sponsor": "East African Community Secretariat",
                "description": "",
                "starts_on": "2026-09-01",
                "ends_on": "2027-11-30",
                "target_enrollments": "450",
                "target_women_owned_share": "80",
                "codes": inline_formset(
                    [
                        {"code": "BRAND-WOMEN-26", "max_uses": "500", "is_active": "on"},
                        {"code": "BRAND-PILOT", "max_uses": "", "is_active": ""},
                    ]
                ),
            }
        )
        | {"countries": ["KE", "UG", "TZ"]},
    )

    assert response.status_code == 302, response.context["form"].errors
    programme = Programme.objects.get(name="Women-led brands going abroad")
    assert [c.code for c in programme.countries] == ["KE", "TZ", "UG"]
    assert programme.target_women_owned_share == 80
    codes = {c.code: (c.max_uses, c.is_active) for c in programme.codes.all()}
    assert codes == {"BRAND-WOMEN-26": (500, True), "BRAND-PILOT": (None, False)}


def test_a_programme_ending_before_it_starts_is_refused(client, site_admin):
    client.force_login(site_admin)

    response = client.post(
        ADD,
        nested_form_data(
            {
                "name": "Backwards",
                "sponsor": "Ministry",
                "starts_on": "2027-09-01",
                "ends_on": "2027-01-31",
                "codes": inline_formset([]),
            }
        )
        | {"countries": ["KE"]},
    )

    assert response.status_code == 200
    assert "A programme cannot end before it starts." in response.content.decode()
    assert not Programme.objects.filter(name="Backwards").exists()


def test_members_page_lists_the_cohort(client, site_admin, programme, code):
    member = UserFactory(email="amina@example.org", first_name="Amina", last_name="Otieno")
    ProgrammeMembership.objects.create(programme=programme, user=member, code=code)
    client.force_login(site_admin)

    page = client.get(reverse("programmes_admin:members", args=[programme.pk])).content.decode()

    assert "1 member, in a programme of Ministry of Trade and Industry." in page
    assert "amina@example.org" in page and "Amina Otieno" in page and "EXPORT-KE-2027" in page


@pytest.mark.parametrize("role", ["trainer", "moderator", "analyst"])
def test_other_staff_cannot_see_or_change_programmes(client, request, role, programme):
    user = request.getfixturevalue(role)
    client.force_login(user)

    for url in admin_urls(programme):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home"), url
    response = client.post(IMPORT, {})
    assert response.status_code == 403
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX not in home and IMPORT not in home


def test_learners_are_sent_to_sign_in_elsewhere(client, learner, programme):
    client.force_login(learner)

    for url in admin_urls(programme):
        response = client.get(url)
        assert response.status_code == 302, url
        assert not response.url.startswith(INDEX)


def test_site_admin_menu_has_programmes_and_import(client, site_admin):
    client.force_login(site_admin)

    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert INDEX in home and IMPORT in home
