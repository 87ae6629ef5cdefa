"""The language chooser's target: Django's ``set_language``, remembered on the profile."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from .language import remember_language, supported


@require_POST
def set_language(request):
    """Set the language cookie and go back to the same page in the chosen language.

    Django's view translates ``next`` with the active language's URL prefix, and this
    address has none, so ``next`` is resolved under the language its own prefix names. A
    signed-in user's choice is also stored on their profile: it then follows them to every
    device, and their e-mails and certificates use it.
    """
    next_path = urlsplit(request.POST.get("next", "")).path
    own = translation.get_language_from_path(next_path) or settings.LANGUAGE_CODE
    with translation.override(own):
        response = django_set_language(request)
    chosen = supported(request.POST.get("language"))
    if chosen and request.user.is_authenticated:
        remember_language(request.user, chosen)
    return response
