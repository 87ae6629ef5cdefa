"""Open Badges 3.0 credentials for certificates: build, sign (VC-JWT), verify, bake into PNG.

A plain package (no models): the certificates service hands over a CredentialData and stores
the signed token; the verify page hands a pasted or uploaded credential to verify_credential
with a lookup of the certificate's status. See docs/openbadges.md.
"""

from .baking import bake_png, unbake_png
from .credential import CredentialData, build_credential
from .signing import issue_credential
from .verification import Check, CredentialStatus, VerificationReport, verify_credential

__all__ = [
    "Check",
    "CredentialData",
    "CredentialStatus",
    "VerificationReport",
    "bake_png",
    "build_credential",
    "issue_credential",
    "unbake_png",
    "verify_credential",
]
