"""The issuer's public addresses: its Profile, its JWKS, each key, and the revocation list.

Absolute URLs are built from ``settings.SITE_URL`` (the site's public address, the same one
e-mails and the Wagtail admin use), never from a request's Host header, so a forged Host
cannot change the issuer a credential names or the key address a verifier is sent to.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from .contexts import OB_CONTEXT, VC_CONTEXT


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def site_root_url() -> str:
    return settings.SITE_URL.rstrip("/") + "/"


def issuer_name() -> str:
    """The name the issuer goes by: the certificates' issuer name, else the site's name."""
    return getattr(settings, "CERTIFICATE_ISSUER_NAME", "") or settings.WAGTAIL_SITE_NAME


def issuer_id() -> str:
    """The ``issuer.id`` of every credential this platform signs (its Profile's URL)."""
    return absolute_url(reverse("openbadges:issuer"))


def jwks_url() -> str:
    return absolute_url(reverse("openbadges:jwks"))


def key_url(kid: str) -> str:
    """The JOSE ``kid`` for a key: an address that returns that one public JWK.

    Open Badges 3.0 §8.2.2 asks for a ``kid`` that is a URI dereferencing to the public JWK;
    a verifier that fetches it (the 1EdTech validator does) gets the JWK alone, not a set.
    """
    return absolute_url(reverse("openbadges:key", kwargs={"kid": kid}))


def legacy_key_url(kid: str) -> str:
    """The ``kid`` credentials signed before 2026-12 carry: the JWKS address and the key's
    thumbprint as fragment. They still verify; new credentials use ``key_url``."""
    return f"{jwks_url()}#{kid}"


def revocation_list_url() -> str:
    """The 1EdTech Revocation List every credential names in ``credentialStatus.id``."""
    return absolute_url(reverse("openbadges:revocations"))


def issuer_profile() -> dict:
    """The issuer Profile (Open Badges 3.0 Appendix B.1.14) served at ``issuer_id()``.

    Beside the Profile's own terms it links the JWKS (``jwks_uri``, the name OAuth and OpenID
    metadata use), so a verifier that starts from the issuer finds the keys.
    """
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": issuer_id(),
        "type": ["Profile"],
        "name": issuer_name(),
        "url": site_root_url(),
        "jwks_uri": jwks_url(),
    }
