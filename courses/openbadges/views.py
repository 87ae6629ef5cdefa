"""Public documents that let anyone verify the platform's credentials: the issuer Profile,
the key set, each key alone (what a credential's ``kid`` names), and the revocation list."""

from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from . import revocation
from .issuer import issuer_profile
from .keys import jwks, published_keys

# Keys change only on rotation, and the old key stays published for a while after it.
_CACHE_SECONDS = 60 * 60
# A revocation must reach verifiers soon: caches may keep the list for one minute at most.
_REVOCATION_CACHE_SECONDS = 60


def _public(response: HttpResponse) -> HttpResponse:
    # Any verifier, including a browser-based one on another site, may read these.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _public_json(document: dict) -> JsonResponse:
    return _public(JsonResponse(document, json_dumps_params={"indent": 2}))


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def jwks_view(request):
    """The JSON Web Key Set of the keys that sign this platform's credentials."""
    return _public_json(jwks())


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def key_view(request, kid: str):
    """One published public key as a bare JWK: the document a credential's ``kid`` names.

    Retired keys stay here as long as they are in the JWKS, so credentials they signed verify.
    """
    key = next((key for key in published_keys() if key.kid == kid), None)
    if key is None:
        raise Http404
    return _public_json(key.jwk)


@require_safe
@cache_control(public=True, max_age=_CACHE_SECONDS)
def issuer_view(request):
    """The issuer Profile every credential names as its ``issuer.id``."""
    return _public_json(issuer_profile())


@require_safe
@cache_control(public=True, max_age=_REVOCATION_CACHE_SECONDS)
def revocation_list_view(request):
    """The 1EdTech Revocation List: every revoked credential's id, read from the records.

    ``?format=jwt`` returns the same list signed with the platform key (a compact JWS).
    """
    from courses.certificates.credential import revoked_credential_ids

    revoked = revoked_credential_ids()
    if request.GET.get("format") == "jwt":
        token = revocation.signed_revocation_list(revoked)
        return _public(HttpResponse(token, content_type="application/jwt"))
    return _public_json(revocation.revocation_list(revoked))
