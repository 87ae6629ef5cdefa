"""The language chooser's target: Django's ``set_language``, remembered on the profile."""

from urllib.parse import urlsplit

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from .language import remember_language, supported


def _passes_csrf(request) -> bool:
    return CsrfViewMiddleware(lambda _request: None).process_view(request, None, (), {}) is None


@csrf_exempt
@require_POST
def set_language(request):
    """Set the language cookie and go back to the same page in the chosen language.

    Django's view translates ``next`` with the active language's URL prefix, and this
    address has none, so ``next`` is resolved under the language its own prefix names. A
    signed-in user's choice is also stored on their profile: it then follows them to every
    device, and their e-mails and certificates use it.

    The chooser is on every page, and a CSRF token in it would set a cookie on pages that
    are cached publicly (the national totals) and otherwise set none. So only the profile
    write is CSRF-checked (signed-in pages carry the token): without a valid token the
    choice sets the cookie alone, which a link to a /fr/ address could do as well, and the
    session cookie (SameSite=Lax) is not sent with a cross-site POST anyway.
    """
    next_path = urlsplit(request.POST.get("next", "")).path
    own = translation.get_language_from_path(next_path) or settings.LANGUAGE_CODE
    with translation.override(own):
        response = django_set_language(request)
    chosen = supported(request.POST.get("language"))
    if chosen and request.user.is_authenticated and _passes_csrf(request):
        remember_language(request.user, chosen)
    return response
