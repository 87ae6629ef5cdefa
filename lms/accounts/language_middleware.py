"""Serve each reader in their language: the chosen one, remembered, else the browser's.

Learner URLs carry the language as a prefix, and English (the default) has none, so
Django's LocaleMiddleware serves an unprefixed address in English whatever the reader
prefers. This middleware, placed after AuthenticationMiddleware, sends a GET for an
unprefixed learner address to the same address in the reader's language when that is not
English: a signed-in user's ``language`` (so a French-speaking learner lands on /fr/ after
signing in), else the language cookie, else the browser's Accept-Language. A prefixed
address is an explicit choice and is served as it is. Addresses outside ``i18n_patterns``
(the admin, the reports API, the Open Badges issuer) are never redirected.

It also keeps the language cookie in step with a signed-in user's choice, so the choice
stays after signing out, and opens Wagtail's admin in that language for staff who have not
picked an admin language in their Wagtail account settings (Wagtail falls back to the
active language when it is one of its own: Arabic, French, Spanish, Chinese; Swahili
staff get English).
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import Resolver404, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, URLResolver
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.functional import empty

from lms.i18n import url_in_language

from .language import preferred_language, supported


@lru_cache(maxsize=4)
def _language_neutral_patterns(urlconf: str) -> tuple:
    return tuple(
        pattern
        for pattern in get_resolver(urlconf).url_patterns
        if not (
            isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern)
        )
    )


def is_language_neutral(path: str, urlconf: str | None = None) -> bool:
    """True when ``path`` is served by a URL outside ``i18n_patterns`` (tried in order
    before them, as the resolver does)."""
    urlconf = urlconf or settings.ROOT_URLCONF
    remainder = path.removeprefix("/")
    for pattern in _language_neutral_patterns(urlconf):
        try:
            if pattern.resolve(remainder) is not None:
                return True
        except Resolver404:
            continue
    return False


def _loaded_user(request):
    """The request's user if something already read it, so checking costs no query."""
    user = getattr(request, "user", None)
    if user is None or getattr(user, "_wrapped", None) is empty:
        return None
    return user


class PreferredLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        self._admin_in_users_language(request)
        redirect = self._redirect_to_preferred(request)
        if redirect is not None:
            return redirect
        response = self.get_response(request)
        self._remember_in_cookie(request, response)
        return response

    def _admin_in_users_language(self, request) -> None:
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return
        user = request.user
        chosen = supported(user.language) if user.is_authenticated else ""
        if chosen:
            translation.activate(chosen)
            request.LANGUAGE_CODE = chosen

    def _redirect_to_preferred(self, request):
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path_info
        if translation.get_language_from_path(path):
            return None
        urlconf = getattr(request, "urlconf", None)
        if is_language_neutral(path, urlconf):
            return None
        language = preferred_language(request)
        if language == settings.LANGUAGE_CODE:
            return None
        here = request.get_full_path()
        there = url_in_language(here, language)
        if there == here:
            return None
        response = HttpResponseRedirect(there)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response

    def _remember_in_cookie(self, request, response) -> None:
        user = _loaded_user(request)
        if user is None or not user.is_authenticated:
            return
        chosen = supported(user.language)
        if chosen and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != chosen:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                chosen,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
