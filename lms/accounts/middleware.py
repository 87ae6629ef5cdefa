"""Require two-factor authentication of staff roles when MFA_REQUIRED_FOR_STAFF is on.

allauth has no such setting (its maintainers leave it to projects). A staff session must
have passed MFA itself, not merely belong to someone who owns an authenticator: a session
signed in with a password alone is sent to allauth's MFA reauthentication, and staff
without an authenticator are sent to set one up, before any other page.
"""

from __future__ import annotations

from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled
from django.shortcuts import redirect
from django.urls import reverse

from .signin import mfa_required, passed_mfa

# Pages a staff session needs to pass MFA, to set it up or to leave. Matched by URL name,
# so a language prefix (/fr/accounts/…) changes nothing.
OPEN_URL_NAMES = frozenset(
    {
        "mfa_index",
        "mfa_activate_totp",
        "mfa_authenticate",
        "mfa_reauthenticate",
        "mfa_view_recovery_codes",
        "mfa_download_recovery_codes",
        "account_reauthenticate",
        "account_logout",
        "set_language",
    }
)


class StaffMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not mfa_required(user):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_URL_NAMES:
            return None
        if not is_mfa_enabled(user):
            return redirect("mfa_activate_totp")
        if passed_mfa(request):
            return None
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
