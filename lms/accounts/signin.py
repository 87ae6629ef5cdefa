"""One door in: every sign-in goes through allauth, and staff pass MFA in the session.

Wagtail (``/admin/login/``, ``/_util/login/``) mounts password forms of its own that know
nothing of allauth's rate limits, e-mail verification or MFA stage; ``lms/urls.py`` points
their addresses at ``login_redirect``. allauth records each step a session passed
(password, then "mfa") in the session; ``passed_mfa`` reads that record, so a session that
only typed a password is told apart from one that also gave a code.
"""

from __future__ import annotations

from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from .roles import has_staff_role


def safe_next(request: HttpRequest, default: str = "") -> str:
    """The request's ``next`` if it points at this site, else ``default``."""
    candidate = request.GET.get("next", "")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


@require_http_methods(["GET", "HEAD", "POST"])
def login_redirect(request: HttpRequest) -> HttpResponseRedirect:
    """Send a visitor of a retired login form to allauth's, keeping a safe ``next``.

    POSTs are redirected too (303, so the browser follows with a GET): the password they
    carry is never read here.
    """
    url = reverse("account_login")
    if next_url := safe_next(request):
        url = f"{url}?{urlencode({'next': next_url})}"
    response = HttpResponseRedirect(url)
    if request.method == "POST":
        response.status_code = 303
    return response


def mfa_required(user) -> bool:
    """Whether ``user`` must pass MFA in every session (staff roles, analysts included)."""
    return bool(getattr(settings, "MFA_REQUIRED_FOR_STAFF", False)) and has_staff_role(user)


def passed_mfa(request: HttpRequest) -> bool:
    """Whether this session gave a second factor (at sign-in, on reauthentication or
    when it set its authenticator up), according to allauth's authentication records."""
    return any(
        record.get("method") == "mfa"
        for record in get_authentication_records(request, request.user)
    )
