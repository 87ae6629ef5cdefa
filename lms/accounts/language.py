"""A person's interface language: chosen on the profile or in the header, else guessed.

The order is: the language a signed-in user chose (``User.language``, on the user row
already loaded, so reading it costs no query), then the language cookie Django's
``set_language`` writes, then the browser's Accept-Language, then English.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation


def supported(code: str | None) -> str:
    """``code`` if it is an interface language (or a variant of one), else ""."""
    if not code:
        return ""
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return ""


def language_of(user) -> str:
    """The language to write to ``user`` in (e-mails, certificates, PDFs): their choice, or
    the site's default language."""
    return supported(getattr(user, "language", "")) or settings.LANGUAGE_CODE


def preferred_language(request) -> str:
    """The language a request's reader prefers, whatever the URL says."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        chosen = supported(user.language)
        if chosen:
            return chosen
    return translation.get_language_from_request(request, check_path=False)


def remember_language(user, code: str) -> None:
    """Store a signed-in user's choice of language (from the header's chooser)."""
    code = supported(code)
    if code and user.language != code:
        user.language = code
        user.save(update_fields=["language"])
