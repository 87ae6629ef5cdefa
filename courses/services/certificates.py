"""Certificates: issue once, render the files, revoke, and find one by its code.

The one place these rules live. Completion (``record_course_completion``) calls
``issue_certificate`` after its transaction commits; the Celery task
``courses.tasks.render_and_send_certificate`` calls ``render_certificate_files`` and
``send_certificate_email``; the verification pages call ``find_by_code`` and
``credential_report``; the admin's revoke view calls ``revoke_certificate``.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from courses.certificates import credential, pdf, share_image
from courses.certificates.codes import generate_code, normalise_code
from courses.certificates.linkedin import add_to_profile_url
from courses.models import (
    Certificate,
    CertificateTemplate,
    CoursePage,
    Enrollment,
    QuizAttempt,
    QuizPage,
    TrackPage,
)
from courses.openbadges import CredentialStatus, verify_credential
from courses.tree import parent_path
from lms.accounts.audit import record
from lms.accounts.language import language_of

logger = logging.getLogger(__name__)

# Codes are 80 random bits, so a clash is practically impossible; a few retries keep even
# that from becoming an error.
CODE_ATTEMPTS = 5


class CertificateError(Exception):
    """A certificate rule refused the action; the message says why, for the user."""


# --- Designs ---------------------------------------------------------------------------------


def default_template() -> CertificateTemplate:
    """The design marked as default, or an unsaved built-in one if there is none."""
    return CertificateTemplate.default()


def design_of(certificate: Certificate) -> CertificateTemplate:
    """The design a certificate is printed in: the one chosen when it was issued, else the
    default design."""
    return certificate.template or default_template()


def template_for(course: CoursePage) -> CertificateTemplate:
    """The course's design wins, else its track's, else the default design."""
    if course.certificate_template_id:
        return course.certificate_template
    track = (
        TrackPage.objects.filter(path=parent_path(course.path))
        .select_related("certificate_template")
        .first()
    )
    if track is not None and track.certificate_template_id:
        return track.certificate_template
    return default_template()


# --- Issuing ---------------------------------------------------------------------------------


def holder_name(user) -> str:
    """The name printed on the certificate: the name as printed that the learner confirmed
    on their profile (in their own order, "王秀英"), else given + family name.

    An account without a name shows the part of the e-mail address before the @, never the
    whole address, because the name appears on the public verification page.
    """
    return user.name_on_certificates or user.email.split("@", 1)[0]


def course_score(user_id: int, course: CoursePage) -> int | None:
    """The learner's score where the course is graded: the mean over its live graded
    quizzes of their best passing score, rounded; None for an ungraded course."""
    quizzes = QuizPage.objects.live().filter(path__startswith=course.path, graded=True)
    best = list(
        QuizAttempt.objects.filter(user_id=user_id, quiz__in=quizzes, passed=True)
        .values("quiz_id")
        .annotate(best=Max("score"))
        .values_list("best", flat=True)
    )
    if not best:
        return None
    return round(sum(best, Decimal(0)) / len(best))


def page_url(page) -> str:
    """A page's absolute address on the public site (SITE_URL), whatever the request."""
    parts = page.get_url_parts()
    return settings.SITE_URL + parts[2] if parts else settings.SITE_URL + "/"


def issue_certificate(enrollment: Enrollment) -> Certificate | None:
    """Issue the certificate for a completed enrollment, once; return it (or None).

    None when the course awards no certificate or the enrollment is not complete.
    Idempotent under retries, double clicks and concurrent workers: the database keeps
    one certificate per learner and course, and a racing second insert finds the first.
    A newly issued certificate's files are rendered and e-mailed by a Celery task
    enqueued when the transaction commits.
    """
    course = enrollment.course
    if course is None or not course.certificate_enabled or enrollment.completed_at is None:
        return None
    existing = Certificate.objects.filter(user_id=enrollment.user_id, course=course).first()
    if existing is not None:
        return existing
    user = enrollment.user
    snapshot = {
        "template": template_for(course),
        "holder_name": holder_name(user),
        "course_title": course.title,
        "course_url": page_url(course),
        "hours": course.estimated_hours,
        "score": course_score(user.pk, course),
        "completed_at": enrollment.completed_at,
        "issuer_name": getattr(settings, "CERTIFICATE_ISSUER_NAME", settings.WAGTAIL_SITE_NAME),
        "issuer_url": settings.SITE_URL + "/",
    }
    if snapshot["template"].pk is None:
        snapshot["template"] = None
    for _attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    user=user, course=course, code=generate_code(), **snapshot
                )
        except IntegrityError:
            existing = Certificate.objects.filter(user=user, course=course).first()
            if existing is not None:
                return existing  # another request or worker issued it first
            continue  # the code clashed with another certificate's: draw a new one
        enqueue_rendering(certificate)
        return certificate
    raise CertificateError(_("Could not draw a free verification code; try again."))


def issue_on_commit(enrollment: Enrollment, course: CoursePage) -> None:
    """Issue the certificate once the completion that earns it is committed."""
    if not course.certificate_enabled:
        return
    pk = enrollment.pk

    def issue():
        completed = Enrollment.objects.select_related("user", "course").filter(pk=pk).first()
        if completed is not None:
            issue_certificate(completed)

    transaction.on_commit(issue)


def enqueue_rendering(certificate: Certificate) -> None:
    """Send the rendering task once the transaction commits.

    If the broker is unreachable the learner's request still succeeds: the certificate
    stays "being prepared" and ``requeue_pending`` (run by beat) sends it again once the
    broker is back. The task is idempotent, so a certificate sent twice is made once.
    """
    from kombu.exceptions import OperationalError

    from courses.tasks import render_and_send_certificate

    pk = certificate.pk

    def send() -> None:
        try:
            render_and_send_certificate.delay(pk)
        except OperationalError as error:
            logger.warning(
                "Broker unreachable; certificate %s waits for the requeue: %s", pk, error
            )

    transaction.on_commit(send)


def requeue_pending(older_than_seconds: float | None = None) -> int:
    """Send the rendering task again for every certificate whose files or e-mail are still
    owed, issued more than ``older_than_seconds`` ago (CERTIFICATE_REQUEUE_AFTER, default
    300). Returns how many were sent.

    Catches what a broker outage or a lost queue left behind; the task's own locking makes
    a certificate sent twice render and e-mail once.
    """
    from django.db.models import Q

    from courses.tasks import render_and_send_certificate

    if older_than_seconds is None:
        older_than_seconds = getattr(settings, "CERTIFICATE_REQUEUE_AFTER", 300)
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    owed = Certificate.objects.filter(issued_at__lte=cutoff).filter(
        ~Q(render_status=Certificate.RenderStatus.READY)
        | Q(emailed_at__isnull=True, revoked_at__isnull=True)
    )
    sent = 0
    for pk in owed.values_list("pk", flat=True).iterator():
        render_and_send_certificate.delay(pk)
        sent += 1
    return sent


# --- Files -----------------------------------------------------------------------------------


def needs_rendering(certificate: Certificate) -> bool:
    """Files are missing, or were made before the certificate was revoked."""
    if not certificate.files_ready or not certificate.credential:
        return True
    return certificate.is_revoked and (
        certificate.rendered_at is None or certificate.rendered_at < certificate.revoked_at
    )


def render_certificate_files(certificate: Certificate) -> Certificate:
    """Sign the credential (once) and render the PDF and the share image (with the
    credential baked in), replacing older files. Saves the certificate."""
    if not certificate.credential:
        certificate.credential = credential.issue(certificate)
    old = [f.name for f in (certificate.pdf, certificate.share_image) if f]
    # In the holder's language (the site's once the holder has closed their account).
    with translation.override(language_of(certificate.user)):
        design = design_of(certificate)
        pdf_bytes = pdf.render_pdf(certificate, design)
        png_bytes = share_image.render_share_image(certificate, design)
    certificate.pdf.save("certificate.pdf", ContentFile(pdf_bytes), save=False)
    certificate.share_image.save(
        "certificate.png", ContentFile(credential.bake(png_bytes, certificate)), save=False
    )
    certificate.render_status = Certificate.RenderStatus.READY
    certificate.rendered_at = timezone.now()
    certificate.save(
        update_fields=["credential", "pdf", "share_image", "render_status", "rendered_at"]
    )
    storage = certificate.pdf.storage
    transaction.on_commit(lambda: [storage.delete(name) for name in old])
    return certificate


def send_certificate_email(certificate: Certificate) -> None:
    """E-mail the learner their certificate, the PDF attached, with the links to share it."""
    context = {
        "certificate": certificate,
        "dashboard_url": settings.SITE_URL + "/dashboard/",
        "linkedin_url": add_to_profile_url(certificate),
    }
    message = EmailMessage(
        subject=_("Your certificate: %(course)s") % {"course": certificate.course_title},
        body=render_to_string("certificates/email/issued.txt", context),
        to=[certificate.user.email],
    )
    certificate.pdf.open("rb")
    try:
        message.attach("certificate.pdf", certificate.pdf.read(), "application/pdf")
    finally:
        certificate.pdf.close()
    message.send()


def render_and_send(certificate_id: int) -> bool:
    """What the Celery task does: render what is missing, then e-mail the learner once.

    Idempotent and safe under concurrent workers: each step locks the row, so a second
    worker waits and then finds the files made and the e-mail sent. The two steps commit
    separately, so a failed e-mail is retried without rendering again. Returns True if
    this call changed anything.
    """
    changed = False
    try:
        with transaction.atomic():
            certificate = _locked(certificate_id)
            if certificate is None:
                logger.info("Certificate %s no longer exists; nothing to render.", certificate_id)
                return False
            if needs_rendering(certificate):
                render_certificate_files(certificate)
                changed = True
    except Exception:
        Certificate.objects.filter(pk=certificate_id).update(
            render_status=Certificate.RenderStatus.FAILED
        )
        raise
    with transaction.atomic():
        certificate = _locked(certificate_id)
        if certificate is None:  # deleted meanwhile (its learner closed their account, say)
            logger.info("Certificate %s was deleted before its e-mail; not sent.", certificate_id)
            return changed
        if certificate.emailed_at is None and not certificate.is_revoked:
            with translation.override(language_of(certificate.user)):
                send_certificate_email(certificate)
            certificate.emailed_at = timezone.now()
            certificate.save(update_fields=["emailed_at"])
            changed = True
    return changed


def _locked(certificate_id: int) -> Certificate | None:
    return (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("user", "template")
        .filter(pk=certificate_id)
        .first()
    )


# --- Revoking --------------------------------------------------------------------------------


def may_revoke(user) -> bool:
    """Content moderators and site admins may revoke (the ``revoke_certificate`` permission)."""
    return user.is_authenticated and user.has_perm("courses.revoke_certificate")


def revoke_certificate(certificate: Certificate, *, by, reason: str) -> Certificate:
    """Revoke ``certificate`` for ``reason``; its files are re-rendered to say so.

    Refuses users without the permission, an empty reason, and a certificate already
    revoked (the first revocation's date and reason stand).
    """
    if not may_revoke(by):
        raise CertificateError(_("Only content moderators and site admins revoke certificates."))
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the reason for revoking; the public page shows it."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.is_revoked:
            raise CertificateError(_("This certificate was already revoked."))
        locked.revoked_at = timezone.now()
        locked.revoked_reason = reason
        locked.revoked_by = by
        locked.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
        record("gga.certificate.revoke", locked, by, code=locked.code, reason=reason)
        enqueue_rendering(locked)
    for name in ("revoked_at", "revoked_reason", "revoked_by_id"):
        setattr(certificate, name, getattr(locked, name))
    return certificate


# Stored in the site's language, like the snapshot itself; the public page shows it as is.
WITHDRAWN_REASON = gettext_noop("Withdrawn at the holder's request")
WITHDRAWN_NAME = gettext_noop("Name withdrawn")


def withdrawn_reason() -> str:
    """The reason stored on a certificate its holder withdrew (in the site's language)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _(WITHDRAWN_REASON)


def counted_in_reports(prefix: str = ""):
    """Which certificates aggregate figures count: those not revoked, and those withdrawn
    at the holder's request, which were earned all the same; so a learner deleting their
    account leaves the ministry's figures as they were. A Q for ``Certificate``, or through
    a relation when ``prefix`` is given (``"user__certificates__"``)."""
    from django.db.models import Q

    return Q(**{f"{prefix}revoked_at__isnull": True}) | Q(
        **{f"{prefix}revoked_by__isnull": True, f"{prefix}revoked_reason": withdrawn_reason()}
    )


def withdraw_at_holders_request(user) -> int:
    """Revoke every certificate ``user`` holds because they deleted their account.

    The reason is neutral ("Withdrawn at the holder's request") and the public verification
    page keeps answering "revoked" for the code, but the printed name, the files and the
    signed credential (which carry the name) are erased. Returns how many were withdrawn.
    Part of the account deletion's transaction; each withdrawal is audited.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    reason = withdrawn_reason()
    with translation.override(settings.LANGUAGE_CODE):
        name = _(WITHDRAWN_NAME)
    withdrawn = 0
    for certificate in Certificate.objects.select_for_update().filter(user=user):
        files = [f.name for f in (certificate.pdf, certificate.share_image) if f]
        storage = certificate.pdf.storage
        newly = not certificate.is_revoked
        if newly:
            certificate.revoked_at = timezone.now()
            certificate.revoked_reason = reason
            certificate.revoked_by = None
            withdrawn += 1
        certificate.holder_name = name
        certificate.pdf = certificate.share_image = ""
        certificate.credential = ""
        certificate.render_status = Certificate.RenderStatus.PENDING
        certificate.save()
        # Earlier audit entries were labelled with the printed name.
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Certificate),
            object_id=str(certificate.pk),
        ).update(label=str(certificate))
        if newly:
            record(
                "gga.certificate.revoke", certificate, user, code=certificate.code, reason=reason
            )
        transaction.on_commit(lambda s=storage, fs=files: [s.delete(f) for f in fs])
    return withdrawn


# --- Looking up ------------------------------------------------------------------------------


def find_by_code(code: str) -> Certificate | None:
    """The certificate with this code, however it was typed; None for any wrong code."""
    canonical = normalise_code(code)
    if canonical is None:
        return None
    return Certificate.objects.filter(code=canonical).first()


def certificates_of(user):
    """A learner's certificates, newest first: the only way views reach certificate files."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(user=user).order_by("-issued_at")


def get_own_certificate(user, code: str) -> Certificate | None:
    canonical = normalise_code(code)
    if canonical is None:
        return None
    return certificates_of(user).filter(code=canonical).first()


# --- Credentials -----------------------------------------------------------------------------


def credential_report(text: str):
    """Check a pasted or uploaded credential: signature, issuer key, validity dates and
    revocation (against this platform's certificates). Returns the Open Badges module's
    report, whose ``checks`` the verification page lists as passed or failed."""
    return verify_credential(text, status_of=credential_status)


def credential_status(credential_id: str) -> CredentialStatus | None:
    """The revocation status of a credential this platform issued, looked up by its id
    (the verification address); None when it names no certificate of ours."""
    prefix = settings.SITE_URL + "/certificates/verify/"
    if not isinstance(credential_id, str) or not credential_id.startswith(prefix):
        return None
    certificate = find_by_code(credential_id[len(prefix) :].strip("/"))
    if certificate is None or certificate.verify_url != credential_id:
        return None
    return CredentialStatus(
        revoked=certificate.is_revoked,
        revoked_at=certificate.revoked_at,
        reason=certificate.revoked_reason,
    )
