"""The certificate as an Open Badges 3.0 credential, built and signed by
``courses.openbadges``; this module only maps a certificate's snapshot onto it."""

from __future__ import annotations

from django.utils.translation import gettext as _

from courses.models import Certificate
from courses.openbadges import CredentialData, bake_png, issue_credential


def credential_data(certificate: Certificate):
    course = certificate.course_title
    return CredentialData(
        credential_id=certificate.verify_url,
        subject_id=f"urn:uuid:{certificate.uuid}",
        holder_name=certificate.holder_name,
        achievement_id=certificate.course_url or certificate.issuer_url,
        achievement_name=course,
        achievement_description=_("Completion of the course “%(course)s”.") % {"course": course},
        criteria_narrative=_(
            "Complete every lesson of the course and pass its graded quizzes, if it has any."
        ),
        hours=certificate.hours,
        score=certificate.score,
        valid_from=certificate.completed_at,
        issuer_name=certificate.issuer_name,
        issuer_url=certificate.issuer_url,
        # Hashed with a fresh salt: a verifier told the address can match it, nobody can read it.
        recipient_email=certificate.user.email,
    )


def issue(certificate: Certificate) -> str:
    """A signed VC-JWT for ``certificate``."""
    return issue_credential(credential_data(certificate))


def bake(png: bytes, certificate: Certificate) -> bytes:
    """The share image with the credential baked in (iTXt ``openbadgecredential``)."""
    return bake_png(png, certificate.credential)


def revoked_credential_ids() -> list[str]:
    """The credential id (verify address) of every revoked certificate: the revocation list.

    Certificates withdrawn at their holder's request are in it too: a copy of the credential
    downloaded earlier must not verify as in force.
    """
    return [
        certificate.verify_url
        for certificate in Certificate.objects.filter(revoked_at__isnull=False).only("code")
    ]
