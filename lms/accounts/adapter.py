"""allauth hooks: every new account starts as a Learner; incomplete profiles are asked for."""

from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from . import roles


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            roles.assign_role(user, roles.LEARNER)
        return user

    def get_login_redirect_url(self, request):
        """After login, send a learner with an incomplete profile to it, once per login."""
        url = super().get_login_redirect_url(request)
        user = request.user
        if (
            user.is_authenticated
            and not user.profile_is_complete
            and not roles.has_staff_role(user)
        ):
            return f"{reverse('accounts:profile')}?{urlencode({'next': url, 'prompt': '1'})}"
        return url
