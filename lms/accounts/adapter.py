"""allauth hooks: every new account starts as a Learner; incomplete profiles are asked for;
e-mails leave through a Celery task after commit; rate limits count the real client."""

from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.contrib.auth.hashers import make_password
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import get_random_string

from lms.http import client_ip

from . import roles
from .language import supported
from .mail import message_to_data, send_on_commit


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

    def get_client_ip(self, request):
        """The client behind TRUSTED_PROXY_COUNT proxies, so allauth's rate limits count
        visitors, not the load balancer (the same function django-ratelimit uses)."""
        return client_ip(request)

    def send_mail(self, template_prefix, email, context_data):
        """Render in the request; send from a worker once the request's writes commit.

        The response then takes as long whether or not the address has an account. The
        message is in the recipient's language when their account has one, else in the
        language of the page the request came from.
        """
        from .tasks import send_account_email

        request = context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request)}
        ctx.update(context_data)
        language = supported(getattr(ctx.get("user"), "language", "")) or translation.get_language()
        with translation.override(language):
            message = self.render_mail(template_prefix, email, ctx)
        send_on_commit(send_account_email, message_to_data(message))

    def send_account_already_exists_mail(self, email):
        """Hash a throwaway password as signing up a new account would, so that answering
        an existing address costs the same time (Django's login does the same for
        unknown users)."""
        make_password(get_random_string(20))
        super().send_account_already_exists_mail(email)
