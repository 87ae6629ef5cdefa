"""The platform's user: e-mail is the login, and the SME profile the ministry reports need."""

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .choices import EnterpriseSize, ExportStage, OwnerGender, Sector


class UserManager(BaseUserManager):
    """Creates users by e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


# The longest name a certificate prints whole: the PDF sets 150 full-width (CJK) characters in
# its name box at 12 pt and the share image at 22 px (tests/courses/test_certificate_names.py).
PRINTED_NAME_MAX_LENGTH = 150


def interface_languages() -> list[tuple[str, str]]:
    """The interface languages (settings.LANGUAGES); a callable, so adding a language needs
    no migration."""
    return settings.LANGUAGES


class User(AbstractUser):
    """A person using the platform, most often the owner or staff of a small enterprise.

    The profile fields describe the business, not the person, except owner gender, which
    ministries report on for women-led enterprise programmes; every one of them is optional
    at the database level so staff accounts need none, and "complete" is decided by
    ``profile_is_complete``.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    country = CountryField(_("country"), blank=True)
    region = models.CharField(
        _("region or province"),
        max_length=100,
        blank=True,
        help_text=_("The region, province or state where the business is based."),
    )
    sector = models.CharField(
        _("business sector"),
        max_length=1,
        choices=Sector.choices,
        blank=True,
        help_text=_("The section of the international classification (ISIC Rev.4)."),
    )
    enterprise_size = models.CharField(
        _("enterprise size"), max_length=10, choices=EnterpriseSize.choices, blank=True
    )
    owner_gender = models.CharField(
        _("gender of the business owner"), max_length=12, choices=OwnerGender.choices, blank=True
    )
    export_stage = models.CharField(
        _("export stage"), max_length=12, choices=ExportStage.choices, blank=True
    )
    consent_statistics = models.BooleanField(
        _("consent to statistical use"),
        default=False,
        help_text=_(
            "The learner agrees that their profile may be counted, never named, in the "
            "aggregate reports that ministries use to plan support for small businesses."
        ),
    )
    printed_name = models.CharField(
        _("name as printed"),
        max_length=PRINTED_NAME_MAX_LENGTH,
        blank=True,
        help_text=_(
            "The name exactly as certificates print it, in the order the learner writes it. "
            "Empty until the learner confirms it; certificates then print the given and "
            "family names."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=interface_languages,
        blank=True,
        help_text=_(
            "The language of the pages, e-mails and certificates. Empty until chosen: the "
            "browser's language is used."
        ),
    )
    welcome_sent_at = models.DateTimeField(_("welcome e-mail sent"), null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    PROFILE_FIELDS = ("country", "sector", "enterprise_size", "owner_gender", "export_stage")

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        permissions = [
            ("view_aggregate_reports", _("Can view aggregate reports")),
            ("export_learner_data", _("Can export and import learner-level data")),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def default_printed_name(self) -> str:
        """Given name, then family name: what the name-as-printed field proposes."""
        return self.get_full_name().strip()

    @property
    def name_on_certificates(self) -> str:
        """The confirmed name as printed, else given + family name ("" if neither)."""
        return self.printed_name.strip() or self.default_printed_name

    @property
    def profile_is_complete(self) -> bool:
        """True once every field the ministry reports count has an answer."""
        return all(getattr(self, name) for name in self.PROFILE_FIELDS)


class AnalystScope(models.Model):
    """The countries whose aggregate figures one ministry analyst may see."""

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="analyst_scope", verbose_name=_("analyst")
    )
    # max_length pinned so updates to the country list do not create migrations.
    countries = CountryField(_("countries"), multiple=True, max_length=746)

    class Meta:
        verbose_name = _("analyst scope")
        verbose_name_plural = _("analyst scopes")

    def __str__(self):
        return f"{self.user}: {', '.join(c.code for c in self.countries)}"
