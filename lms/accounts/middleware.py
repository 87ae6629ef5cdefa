"""Require two-factor authentication of staff roles when MFA_REQUIRED_FOR_STAFF is on.

allauth has no such setting (its maintainers leave it to projects), so staff without an
authenticator are sent to set one up before they can use any other page.
"""

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from .roles import has_staff_role


class StaffMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(settings, "MFA_REQUIRED_FOR_STAFF", False) and self._must_set_up(request):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_set_up(request) -> bool:
        user = request.user
        if not user.is_authenticated or not has_staff_role(user):
            return False
        # Pages needed to set MFA up, or to leave, stay reachable.
        open_paths = (reverse("mfa_index"), reverse("account_logout"), settings.STATIC_URL)
        if request.path.startswith(open_paths) or request.path.startswith(
            "/accounts/reauthenticate"
        ):
            return False
        return not is_mfa_enabled(user)
