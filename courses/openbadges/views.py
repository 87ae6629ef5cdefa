"""Public, cacheable JSON documents that let anyone verify the platform's credentials."""

from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .issuer import issuer_profile
from .keys import jwks

# Keys change only on rotation, and the old key stays published for a while after it.
_CACHE_SECONDS = 60 * 60


def _public_json(document: dict) -> JsonResponse:
    response = JsonResponse(document, json_dumps_params={"indent": 2})
    # Any verifier, including a browser-based one on another site, may read these.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def jwks_view(request):
    """The JSON Web Key Set of the keys that sign this platform's credentials."""
    return _public_json(jwks())


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def issuer_view(request):
    """The issuer Profile every credential names as its ``issuer.id``."""
    return _public_json(issuer_profile())
