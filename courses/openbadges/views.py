"""Public documents that let anyone verify the platform's credentials: the issuer Profile,
the key set and each key alone (what a credential's ``kid`` names).

The revocation list is read from the certificate records, so its view lives with them
(courses.certificates.views) and uses ``public_json`` from here; the URLs of all four are
in courses.certificates.issuer_urls.
"""

from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .issuer import issuer_profile
from .keys import jwks, published_keys

# Keys change only on rotation, and the old key stays published for a while after it.
_CACHE_SECONDS = 60 * 60


def public_response(response: HttpResponse) -> HttpResponse:
    """``response``, readable by any verifier, including a browser-based one on another site."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


def public_json(document: dict) -> JsonResponse:
    return public_response(JsonResponse(document, json_dumps_params={"indent": 2}))


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def jwks_view(request):
    """The JSON Web Key Set of the keys that sign this platform's credentials."""
    return public_json(jwks())


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def key_view(request, kid: str):
    """One published public key as a bare JWK: the document a credential's ``kid`` names.

    Retired keys stay here as long as they are in the JWKS, so credentials they signed verify.
    """
    key = next((key for key in published_keys() if key.kid == kid), None)
    if key is None:
        raise Http404
    return public_json(key.jwk)


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def issuer_view(request):
    """The issuer Profile every credential names as its ``issuer.id``."""
    return public_json(issuer_profile())
