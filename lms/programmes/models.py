"""Programmes: what a ministry or agency funds, whom it reaches, and what it aims for.

A programme covers tracks and courses in some countries between two dates, with targets the
ministry reports against. Learners join its cohort with one of its enrollment codes, at
signup or later; the rules for codes live in ``lms.programmes.services``.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

code_format = RegexValidator(
    r"^[A-Z0-9-]{4,32}$",
    _("Use 4 to 32 capital letters, digits and hyphens, e.g. EXPORT-KE-2027."),
)


class Programme(ClusterableModel):
    """A funded training programme, e.g. "National export readiness programme 2027"."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    sponsor = models.CharField(
        _("sponsoring ministry or agency"),
        max_length=200,
        help_text=_("e.g. Ministry of Trade and Industry"),
    )
    description = models.TextField(_("description"), blank=True)
    # max_length pinned so updates to the country list do not create migrations.
    countries = CountryField(_("countries"), multiple=True, max_length=746)
    tracks = ParentalManyToManyField(
        "courses.TrackPage",
        blank=True,
        related_name="+",
        verbose_name=_("tracks"),
        help_text=_("Every course of these tracks is covered."),
    )
    courses = ParentalManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="+",
        verbose_name=_("courses"),
        help_text=_("Single courses covered in addition to the tracks."),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    target_enrollments = models.PositiveIntegerField(
        _("target: enrolled learners"), null=True, blank=True
    )
    target_completions = models.PositiveIntegerField(
        _("target: course completions"), null=True, blank=True
    )
    target_certificates = models.PositiveIntegerField(
        _("target: certificates"), null=True, blank=True
    )
    target_women_owned_share = models.PositiveSmallIntegerField(
        _("target: share of women-owned businesses (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    target_micro_share = models.PositiveSmallIntegerField(
        _("target: share of micro enterprises (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="programme_ends_after_it_starts",
                violation_error_message=_("A programme cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.name


class EnrollmentCode(models.Model):
    """A code that puts the learner who enters it in a programme's cohort."""

    programme = ParentalKey(
        Programme,
        on_delete=models.CASCADE,
        related_name="codes",
        verbose_name=_("programme"),
    )
    code = models.CharField(
        _("code"),
        max_length=32,
        unique=True,
        validators=[code_format],
        help_text=_("What learners type; letters are read as capitals."),
    )
    max_uses = models.PositiveIntegerField(
        _("limit"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    # Uses are counted here, not by counting memberships, so that the limit can be taken
    # with one conditional UPDATE that two racing learners cannot both win.
    used_count = models.PositiveIntegerField(_("times used"), default=0, editable=False)

    class Meta:
        verbose_name = _("enrollment code")
        verbose_name_plural = _("enrollment codes")
        ordering = ["code"]

    def __str__(self):
        return self.code


class ProgrammeMembership(models.Model):
    """One learner in one programme's cohort, and the code they joined with."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programme_memberships"
    )
    code = models.ForeignKey(
        EnrollmentCode,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        verbose_name = _("programme member")
        verbose_name_plural = _("programme members")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "user"], name="one_membership_per_programme"
            )
        ]
        indexes = [models.Index(fields=["code"])]

    def __str__(self):
        return f"{self.user_id} in {self.programme_id}"


class ImportStatus(models.TextChoices):
    CHECKING = "checking", _("Checking")
    INVALID = "invalid", _("Errors found")
    READY = "ready", _("Ready to import")
    IMPORTING = "importing", _("Importing")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Failed")


class LearnerImport(models.Model):
    """One uploaded file of learners, from its dry run to its commit.

    The file's bytes are kept here, not in media storage (which may be public), until the
    import commits; the confirm step finds them again by ``token`` so the site admin does
    not upload twice. ``errors`` holds the first rows' errors as ``{row, column, message}``.
    """

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("file content"), editable=False)
    add_existing = models.BooleanField(
        _("add existing accounts to their programme"),
        default=False,
        help_text=_("Otherwise a row whose e-mail already has an account is an error."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.CHECKING
    )
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    file_error = models.TextField(_("file error"), blank=True)
    errors = models.JSONField(_("row errors"), default=list, blank=True)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("learner import")
        verbose_name_plural = _("learner imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"


class LearnerInvitation(models.Model):
    """The invitation e-mail owed to a learner an import created; sent once, then stamped."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programme_invitation"
    )
    learner_import = models.ForeignKey(
        LearnerImport, on_delete=models.SET_NULL, null=True, related_name="invitations"
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"invitation of {self.user_id}"
