"""Site admins find and edit analysts' scopes; the signup form states the consent rule."""

from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.accounts.models import AnalystScope
from tests.factories import UserFactory


def test_scopes_listing_names_the_countries(client, site_admin, analyst):
    AnalystScope.objects.create(user=analyst, countries=["RW", "KE"])
    client.force_login(site_admin)
    response = client.get(reverse("wagtailsnippets_accounts_analystscope:list"))
    assert response.status_code == 200
    assert "Kenya, Rwanda" in response.content.decode()


def test_users_listing_leads_to_a_new_scope_for_that_analyst(client, site_admin, analyst):
    client.force_login(site_admin)
    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    link = reverse("accounts_analyst_scope_for_user", args=[analyst.pk])
    assert link in listing
    response = client.get(link)
    assert response.status_code == 302
    form = client.get(response["Location"]).content.decode()
    assert f'<option value="{analyst.pk}" selected>' in form

    saved = client.post(response["Location"], {"user": analyst.pk, "countries": ["KE", "UG"]})
    assert saved.status_code == 302
    assert [c.code for c in AnalystScope.objects.get(user=analyst).countries] == ["KE", "UG"]
    assert ModelLogEntry.objects.filter(action="gga.scope.change").count() == 1

    # Once it exists, the same link opens it for editing.
    scope = AnalystScope.objects.get(user=analyst)
    response = client.get(link)
    assert response["Location"] == reverse(
        "wagtailsnippets_accounts_analystscope:edit", args=[scope.pk]
    )


def test_scope_link_refuses_non_analysts_and_non_admins(client, site_admin, analyst, learner):
    client.force_login(site_admin)
    response = client.get(
        reverse("accounts_analyst_scope_for_user", args=[learner.pk]), follow=True
    )
    assert "is not a ministry analyst" in response.content.decode()
    assert not AnalystScope.objects.exists()
    client.force_login(analyst)
    response = client.get(reverse("accounts_analyst_scope_for_user", args=[analyst.pk]))
    assert response.status_code == 302
    assert not AnalystScope.objects.exists()


def test_signup_form_states_the_consent_rule(client, db):
    html = client.get(reverse("account_signup")).content.decode()
    assert "Count my business profile in the breakdowns of ministry reports" in html
    assert "count every learner in their totals" in html
    assert "“not shared”" in html


def test_profile_form_uses_the_same_words(client, db):
    client.force_login(UserFactory(role="Learner"))
    html = client.get(reverse("accounts:profile")).content.decode()
    assert "Count my business profile in the breakdowns of ministry reports" in html
