"""Demo certificates: two designs (the default and the Brand going abroad track's, with a
logo and a signature drawn here), and the demo learner's certificates, one valid and one
revoked, with their files rendered in-process (no broker needed)."""

from __future__ import annotations

import io
import math

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

from courses import services
from courses.models import Certificate, CertificateTemplate, CoursePage, QuizPage, TrackPage
from courses.services import certificates
from lms.accounts.models import User

from .courses import _answer_fields
from .data.certificates import CERTIFICATES, DESIGNS


def _png(image: PILImage.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def draw_logo(colour: str) -> bytes:
    """A round globe mark with the academy's initials, in the design's accent colour."""
    size = 360
    image = PILImage.new("RGBA", (size * 3, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    pad = 20
    draw.ellipse((pad, pad, size - pad, size - pad), outline=colour, width=18)
    draw.ellipse((size / 2 - 70, pad, size / 2 + 70, size - pad), outline=colour, width=10)
    for y in (size / 3, 2 * size / 3):
        draw.line((pad + 24, y, size - pad - 24, y), fill=colour, width=10)
    try:
        face = ImageFont.truetype("DejaVuSans-Bold.ttf", 120)
    except OSError:
        face = ImageFont.load_default(size=120)
    draw.text((size + 10, size / 2), "GGA", font=face, fill=colour, anchor="lm")
    return _png(image)


def draw_signature(seed: int) -> bytes:
    """A pen-like flourish: a few loops along a baseline, drawn as a smooth polyline."""
    width, height = 600, 180
    image = PILImage.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for step in range(0, 520):
        t = step / 520
        x = 30 + t * 520
        y = (
            100
            - 45 * math.sin(t * math.pi * (5 + seed)) * math.exp(-1.5 * t)
            + 18 * math.sin(t * math.pi * 23 + seed)
        )
        points.append((x, y))
    draw.line(points, fill=(20, 30, 60, 255), width=5, joint="curve")
    draw.line((60, 150, 520, 138), fill=(20, 30, 60, 255), width=3)
    return _png(image)


def _image(title: str, data: bytes) -> Image:
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    filename = title.lower().replace(" ", "-").replace("(", "").replace(")", "") + ".png"
    image = Image(title=title, file=ImageFile(io.BytesIO(data), name=filename))
    image.save()
    return image


def load_designs() -> list[CertificateTemplate]:
    designs = []
    for seed, spec in enumerate(DESIGNS):
        spec = dict(spec)
        track_slug = spec.pop("track")
        design = CertificateTemplate.objects.filter(name=spec["name"]).first()
        if design is None:
            design = CertificateTemplate(**spec)
            design.logo = _image(
                f"Certificate logo ({spec['name']})", draw_logo(spec["accent_colour"])
            )
            design.signature_image = _image(
                f"Signature of {spec['signatory_name']} (demo)", draw_signature(seed)
            )
            design.save()
        if track_slug:
            track = TrackPage.objects.filter(slug=track_slug).first()
            if track is not None and track.certificate_template_id != design.pk:
                track.certificate_template = design
                track.save_revision().publish()
        designs.append(design)
    return designs


def _complete_with_quiz(user, course: CoursePage) -> None:
    """Finish every lesson and pass the graded quiz, through the services, as a learner."""
    services.enroll(user, course)
    for lesson in services.course_outline(course).lessons:
        services.complete_lesson(user, lesson)
    quiz = QuizPage.objects.descendant_of(course).live().first()
    if quiz is not None and not quiz.attempts.filter(user=user, passed=True).exists():
        attempt = services.start_attempt(user, quiz)
        services.submit_attempt(user, attempt.pk, _answer_fields(attempt, 1.0))


@transaction.atomic
def load_certificates() -> list[Certificate]:
    """The demo learner's certificates, one valid and one revoked, files rendered; once."""
    load_designs()
    issued = []
    for email, slug, revoker_email, reason in CERTIFICATES:
        user = User.objects.filter(email=email).first()
        course = CoursePage.objects.filter(slug=slug).first()
        if user is None or course is None:
            continue
        enrollment = services.get_enrollment(user, course)
        if enrollment is None or enrollment.completed_at is None:
            _complete_with_quiz(user, course)
            enrollment = services.get_enrollment(user, course)
        certificate = certificates.issue_certificate(enrollment)
        if certificate is None:
            continue
        revoker = User.objects.filter(email=revoker_email).first() if revoker_email else None
        if revoker is not None and not certificate.is_revoked:
            certificates.revoke_certificate(certificate, by=revoker, reason=reason)
        if certificates.needs_rendering(certificate):
            certificates.render_certificate_files(certificate)
        if certificate.emailed_at is None:
            # Demo learners get no e-mail; the task enqueued on issue finds it done.
            certificate.emailed_at = timezone.now()
            certificate.save(update_fields=["emailed_at"])
        issued.append(certificate)
    return issued
