"""Certificates: the designs trainers choose (a snippet) and the certificates learners earn.

A certificate is a snapshot: once issued it keeps the name, course title, hours, dates and
issuer it was issued with, whatever later happens to the course or the learner's profile.
Issuing, rendering, revoking and looking one up by code are rules in
``courses.services.certificates``.
"""

import secrets
import uuid

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hexadecimal digits.")
)


class CertificateTemplate(index.Indexed, models.Model):
    """How a certificate looks: wording, signatory, signature, logo and accent colour.

    Chosen per course, else per track, else the one marked as the default; trainers and
    content moderators edit them under Snippets → Certificate designs.
    """

    name = models.CharField(
        _("name"), max_length=100, unique=True, help_text=_("For the admin only.")
    )
    title_wording = models.CharField(
        _("title"),
        max_length=80,
        default=_("Certificate of completion"),
        help_text=_("The heading printed at the top of the certificate."),
    )
    statement = models.CharField(
        _("statement"),
        max_length=120,
        default=_("has successfully completed the course"),
        help_text=_("Printed between the learner's name and the course title."),
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=100)
    signatory_title = models.CharField(
        _("signatory's position"), max_length=120, blank=True, help_text=_("e.g. Programme lead")
    )
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A scan of the signature on a white or transparent background."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0b5d7a",
        validators=[hex_colour],
        help_text=_(
            "Borders and headings, e.g. #0b5d7a. Choose a dark colour: text is printed on white."
        ),
    )
    is_default = models.BooleanField(
        _("default design"),
        default=False,
        help_text=_("Used for courses and tracks that choose no design. Only one can be."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("title_wording"), FieldPanel("statement")], heading=_("Wording")
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature_image"),
            ],
            heading=_("Signatory"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("accent_colour"), FieldPanel("is_default")],
            heading=_("Look"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("certificate design")
        verbose_name_plural = _("certificate designs")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=models.Q(is_default=True),
                name="one_default_certificate_template",
                violation_error_message=_(
                    "Another design is already the default: untick “default design” there first."
                ),
            )
        ]

    def __str__(self):
        return self.name

    @classmethod
    def default(cls) -> "CertificateTemplate":
        """The design marked as default, or an unsaved built-in one if there is none."""
        return cls.objects.filter(is_default=True).first() or cls(
            name="Built-in",
            signatory_name=settings.WAGTAIL_SITE_NAME,
            title_wording=gettext("Certificate of completion"),
            statement=gettext("has successfully completed the course"),
        )


def certificate_file_path(instance, filename: str) -> str:
    """Files sit under an unguessable folder name; learners download them through the
    owner-checked views, never by listing or guessing media URLs."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"certificates/{secrets.token_urlsafe(18)}/certificate.{extension}"


class Certificate(models.Model):
    """One learner's certificate for one course: issued once, never edited, maybe revoked."""

    class RenderStatus(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed, will be retried")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("verification code"), max_length=24, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("learner"),
    )
    # The snapshot outlives the course page: deleting a course leaves its certificates
    # verifiable.
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
        verbose_name=_("course"),
    )
    template = models.ForeignKey(
        CertificateTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("design"),
    )

    holder_name = models.CharField(_("name as printed"), max_length=300)
    course_title = models.CharField(_("course title"), max_length=255)
    course_url = models.URLField(_("course address"), max_length=500, blank=True)
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1, null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"))
    issuer_name = models.CharField(_("issuer"), max_length=200)
    issuer_url = models.URLField(_("issuer's address"), max_length=300)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)

    pdf = models.FileField(_("PDF"), upload_to=certificate_file_path, blank=True)
    share_image = models.FileField(_("share image"), upload_to=certificate_file_path, blank=True)
    credential = models.TextField(
        _("Open Badges credential"), blank=True, help_text=_("A signed VC-JWT.")
    )
    render_status = models.CharField(
        _("files"), max_length=10, choices=RenderStatus.choices, default=RenderStatus.PENDING
    )
    rendered_at = models.DateTimeField(_("files rendered"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course")
        ]
        permissions = [("revoke_certificate", _("Can revoke certificates"))]

    def __str__(self):
        return f"{self.holder_name} — {self.course_title} ({self.code})"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def files_ready(self) -> bool:
        return bool(self.pdf and self.share_image)

    @property
    def verify_path(self) -> str:
        from django.urls import reverse
        from django.utils import translation

        # The address is printed and signed into the credential: it must not change with the
        # language of whoever happens to trigger the rendering.
        with translation.override(settings.LANGUAGE_CODE):
            return reverse("certificates:verify", kwargs={"code": self.code})

    @property
    def verify_url(self) -> str:
        """The public verification page, absolute, from SITE_URL (never the request's host)."""
        return settings.SITE_URL + self.verify_path
