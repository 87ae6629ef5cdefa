"""Staff and analysts pass MFA in the session, not merely own an authenticator.

With MFA_REQUIRED_FOR_STAFF (on in production) a staff session that signed in with a
password alone is sent to allauth's MFA step before any admin page, and one without an
authenticator must set one up; the step is read from allauth's authentication records.
"""

from urllib.parse import parse_qs, urlparse

import pytest
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories import PASSWORD
from tests.security.mfa import enrol_totp, totp_code

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _mfa_required(settings):
    settings.MFA_REQUIRED_FOR_STAFF = True
    settings.MFA_TOTP_TOLERANCE = 1  # a code computed just before a 30 s boundary still counts


def password_sign_in(client, user):
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" in client.session
    return response


def test_a_password_only_session_of_an_admin_with_totp_is_sent_to_mfa(client, site_admin):
    password_sign_in(client, site_admin)  # no authenticator yet: allauth asks no code
    secret = enrol_totp(site_admin)  # set up since, e.g. in another session

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    location = urlparse(response.url)
    assert location.path == reverse("mfa_reauthenticate")
    assert parse_qs(location.query) == {"next": [reverse("wagtailadmin_home")]}
    # Not only the admin: no page gives this session staff powers before the code.
    assert client.get(reverse("courses:dashboard")).url.startswith(reverse("mfa_reauthenticate"))

    response = client.post(response.url, {"code": totp_code(secret)})
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_forced_session_without_records_is_sent_to_mfa(client, analyst):
    enrol_totp(analyst)
    client.force_login(analyst)  # a session made by any other door carries no MFA record
    response = client.get(reverse("wagtailadmin_home"))
    assert urlparse(response.url).path == reverse("mfa_reauthenticate")


def test_sign_in_with_the_code_opens_the_admin_and_is_audited(client, site_admin):
    secret = enrol_totp(site_admin)
    response = client.post(
        reverse("account_login"), {"login": site_admin.email, "password": PASSWORD}
    )
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    entry = ModelLogEntry.objects.get(action="gga.admin.login")
    assert (entry.user_id, entry.object_id) == (site_admin.pk, str(site_admin.pk))


# Transactional, as in production: allauth announces the new authenticator after commit,
# inside the request, before the session is saved.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_analyst_without_an_authenticator_sets_one_up_and_goes_on(client, analyst):
    password_sign_in(client, analyst)
    assert client.get(reverse("wagtailadmin_home")).url == reverse("mfa_activate_totp")

    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]  # what the page's QR code and key show
    assert secret in page.text
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302

    # Setting it up proved the code: no second code asked straight away.
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_learners_are_never_asked(client, learner):
    password_sign_in(client, learner)
    enrol_totp(learner)
    assert client.get(reverse("courses:dashboard")).status_code == 200


def test_mfa_pages_stay_reachable_under_a_language_prefix(client, settings, trainer):
    assert "fr" in dict(settings.LANGUAGES)  # one of the site's languages, content ones too
    password_sign_in(client, trainer)

    # Setting TOTP up needs the password confirmed first, at /fr/accounts/reauthenticate/.
    assert client.get("/fr/accounts/reauthenticate/").status_code == 200
    assert client.post("/fr/accounts/reauthenticate/", {"password": PASSWORD}).status_code == 302
    assert client.get("/fr/accounts/2fa/totp/activate/").status_code == 200
    assert client.get("/fr/dashboard/").url == "/fr/accounts/2fa/totp/activate/"
