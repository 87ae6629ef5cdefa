"""The django-import-export resource for bulk enrolment: one row per learner.

``LearnerResource`` turns each row into a new ``User`` (bulk-created, no query per row) and
remembers which programme it joins; ``after_import`` then writes the Learner role, the
e-mail address, the memberships and the invitations owed, in bulk. Everything the rows
are checked against (existing e-mails, codes) is looked up once in ``before_import``.

Row numbers in messages are those a spreadsheet shows: the header is row 1, so the first
learner is row 2.
"""

from __future__ import annotations

import secrets
from collections import Counter

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_countries import countries
from import_export import resources, widgets
from import_export.fields import Field

from lms.accounts import roles
from lms.accounts.choices import EnterpriseSize, ExportStage, OwnerGender, Sector
from lms.accounts.models import User

from . import services
from .models import EnrollmentCode, LearnerInvitation, ProgrammeMembership

# The columns of an import file, in the order of the sample; names are compared in lower case.
COLUMNS = [
    "email",
    "first_name",
    "last_name",
    "country",
    "region",
    "sector",
    "size",
    "owner_gender",
    "export_stage",
    "consent",
    "programme_code",
]
REQUIRED_VALUES = ("email", "first_name", "country", "programme_code")
LOOKUP_CHUNK = 5000  # e-mails per lookup query: well under SQLite's 32,766 parameters
PROGRESS_EVERY = 250


def progress_key(token) -> str:
    return f"gga:programmes:import:{token}:progress"


class TextWidget(widgets.CharWidget):
    """Text trimmed of surrounding space; ``None`` and numbers read as text."""

    def __init__(self, max_length: int, required: bool = False):
        super().__init__(allow_blank=True)
        self.max_length = max_length
        self.required = required

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        if self.required and not text:
            raise ValueError(_("This column must not be empty."))
        if len(text) > self.max_length:
            raise ValueError(
                ngettext(
                    "Use at most %(n)d character (this has %(m)d).",
                    "Use at most %(n)d characters (this has %(m)d).",
                    self.max_length,
                )
                % {"n": self.max_length, "m": len(text)}
            )
        return text


class EmailWidget(TextWidget):
    def __init__(self):
        super().__init__(max_length=254, required=True)

    def clean(self, value, row=None, **kwargs):
        email = super().clean(value, row=row, **kwargs).lower()
        try:
            validate_email(email)
        except ValidationError as error:
            raise ValueError(_("%(value)s is not an e-mail address.") % {"value": email}) from error
        return email


class ChoiceWidget(TextWidget):
    """One of a fixed vocabulary's codes, in any case; blank allowed.

    ``unknown`` is the whole message for a code outside the vocabulary, with ``%(value)s``
    and ``%(codes)s``: a sentence per column, so each language can word and inflect it
    (a French "section" is feminine, a "stade" masculine) instead of receiving an English
    noun to slot in.
    """

    def __init__(self, choices, unknown):
        super().__init__(max_length=32)
        self.codes = {str(value).lower(): value for value, _label in choices}
        self.unknown = unknown

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row=row, **kwargs)
        if not text:
            return ""
        try:
            return self.codes[text.lower()]
        except KeyError:
            raise ValueError(
                str(self.unknown) % {"value": text, "codes": ", ".join(self.codes.values())}
            ) from None


class CountryWidget(TextWidget):
    """A country by its ISO 3166 two-letter code (KE) or its English name (Kenya)."""

    def __init__(self):
        super().__init__(max_length=100, required=True)

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row=row, **kwargs)
        code = text.upper() if text.upper() in countries else countries.by_name(text)
        if not code:
            raise ValueError(
                _("Unknown country %(value)s; use its two-letter ISO code, e.g. KE.")
                % {"value": text}
            )
        return code


class ConsentWidget(widgets.Widget):
    YES = {"yes", "y", "true", "1", "x"}
    NO = {"", "no", "n", "false", "0"}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = "" if value is None else str(value).strip().lower()
        if text.endswith(".0"):  # a spreadsheet's 1 read as 1.0
            text = text[:-2]
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise ValueError(_("Write yes or no (empty means no), not %(value)s.") % {"value": value})


class LearnerResource(resources.ModelResource):
    """Learners and their programme, from a checked file (see lms.programmes.imports)."""

    email = Field(attribute="email", column_name="email", widget=EmailWidget())
    first_name = Field(
        attribute="first_name", column_name="first_name", widget=TextWidget(150, required=True)
    )
    last_name = Field(attribute="last_name", column_name="last_name", widget=TextWidget(150))
    country = Field(attribute="country", column_name="country", widget=CountryWidget())
    region = Field(attribute="region", column_name="region", widget=TextWidget(100))
    sector = Field(
        attribute="sector",
        column_name="sector",
        widget=ChoiceWidget(
            Sector.choices,
            gettext_lazy("Unknown ISIC section %(value)s; use one of %(codes)s."),
        ),
    )
    enterprise_size = Field(
        attribute="enterprise_size",
        column_name="size",
        widget=ChoiceWidget(
            EnterpriseSize.choices,
            gettext_lazy("Unknown size %(value)s; use one of %(codes)s."),
        ),
    )
    owner_gender = Field(
        attribute="owner_gender",
        column_name="owner_gender",
        widget=ChoiceWidget(
            OwnerGender.choices,
            gettext_lazy("Unknown owner gender %(value)s; use one of %(codes)s."),
        ),
    )
    export_stage = Field(
        attribute="export_stage",
        column_name="export_stage",
        widget=ChoiceWidget(
            ExportStage.choices,
            gettext_lazy("Unknown export stage %(value)s; use one of %(codes)s."),
        ),
    )
    consent_statistics = Field(
        attribute="consent_statistics", column_name="consent", widget=ConsentWidget()
    )
    programme_code = Field(column_name="programme_code", widget=TextWidget(64, required=True))

    class Meta:
        model = User
        fields = (
            "email",
            "first_name",
            "last_name",
            "country",
            "region",
            "sector",
            "enterprise_size",
            "owner_gender",
            "export_stage",
            "consent_statistics",
            "programme_code",
        )
        import_order = fields
        import_id_fields = ["email"]
        # New users only, created in bulk: no lookup per row, no diff, no full_clean (its
        # unique check would query each e-mail; before_import looked them all up at once).
        force_init_instance = True
        use_bulk = True
        batch_size = 1000
        skip_diff = True
        skip_html_diff = True
        clean_model_instances = False
        use_transactions = True

    def __init__(self, *, add_existing: bool = False, token=None, **kwargs):
        super().__init__(**kwargs)
        self.add_existing = add_existing
        self.token = token
        self.summary = Counter()
        self.created: list[User] = []
        self.code_of_email: dict[str, EnrollmentCode] = {}
        self.existing_rows: list[tuple[int, EnrollmentCode]] = []
        self.per_programme: Counter = Counter()

    # --- once per file ------------------------------------------------------------------

    def import_data(self, dataset, dry_run=False, **kwargs):
        # import-export hands ``dry_run`` to the row hooks but not to before_import.
        self.dry_run = dry_run
        return super().import_data(dataset, dry_run=dry_run, **kwargs)

    def column_of(self, attribute: str) -> str:
        """The file's column for a model attribute named in an error."""
        field = self.fields.get(attribute)
        return field.column_name if field is not None else attribute

    def before_import(self, dataset, **kwargs):
        """Look up, in a fixed number of queries, everything rows are checked against."""
        emails = sorted({str(e or "").strip().lower() for e in dataset["email"]} - {""})
        self.existing: dict[str, int] = {}
        for start in range(0, len(emails), LOOKUP_CHUNK):
            chunk = emails[start : start + LOOKUP_CHUNK]
            self.existing.update(User.objects.filter(email__in=chunk).values_list("email", "id"))
            # A secondary address of another account is taken too.
            for email, user_id in EmailAddress.objects.filter(email__in=chunk).values_list(
                "email", "user_id"
            ):
                self.existing.setdefault(email.lower(), user_id)
        typed = {services.normalise_code(str(c or "")) for c in dataset["programme_code"]}
        codes = EnrollmentCode.objects.select_related("programme").filter(code__in=typed - {""})
        if not self.dry_run:
            # Taken with the rows locked so that learners joining meanwhile cannot push a
            # code past its limit (PostgreSQL; SQLite serialises writers anyway).
            codes = codes.select_for_update(of=("self",))
        self.codes = {code.code: code for code in codes}
        self.remaining = {
            code.code: None if code.max_uses is None else max(code.max_uses - code.used_count, 0)
            for code in self.codes.values()
        }
        self.first_row_of: dict[str, int] = {}
        self.now = timezone.now()

    def import_instance(self, instance, row, **kwargs):
        """Clean the row's cells, then check it against the file and the database."""
        errors: dict[str, ValidationError] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        line = kwargs["row_number"] + 1
        email = instance.email if "email" not in errors else ""
        if email:
            first = self.first_row_of.setdefault(email, line)
            if first != line:
                errors["email"] = ValidationError(
                    _("%(email)s is also on row %(row)d.") % {"email": email, "row": first}
                )
            elif email in self.existing and not self.add_existing:
                errors["email"] = ValidationError(
                    _("%(email)s already has an account.") % {"email": email}
                )
        code = self._check_code(row, errors)
        if errors:
            raise ValidationError(errors)
        self.code_of_email[email] = code
        # Unusable until set through the invitation link. Django's make_password(None) draws
        # its 40 random characters one by one, a fifth of the import's time at 10,000 rows.
        instance.password = UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30)
        instance.date_joined = self.now

    def _check_code(self, row, errors) -> EnrollmentCode | None:
        if "programme_code" in errors:
            return None
        value = services.normalise_code(str(row.get("programme_code") or ""))
        if not value:
            errors["programme_code"] = ValidationError(_("This column must not be empty."))
            return None
        code = self.codes.get(value)
        if code is None:
            errors["programme_code"] = ValidationError(
                _("Unknown programme code %(code)s.") % {"code": value}
            )
            return None
        problem = services.code_problem(code, at=self.now)
        left = self.remaining[value]
        if problem is None and left is not None:
            if left <= 0:
                problem = _("The code %(code)s has no uses left (limit %(n)d).") % {
                    "code": value,
                    "n": code.max_uses,
                }
            else:
                self.remaining[value] = left - 1
        if problem:
            errors["programme_code"] = ValidationError(problem)
            return None
        return code

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """A learner who already has an account (allowed by the admin) joins, unchanged."""
        if import_validation_errors:
            return False
        user_id = self.existing.get(instance.email)
        if user_id is None:
            return False
        self.existing_rows.append((user_id, self.code_of_email[instance.email]))
        return True

    def after_import_row(self, row, row_result, **kwargs):
        number = kwargs["row_number"]
        if self.token and number % PROGRESS_EVERY == 0:
            cache.set(progress_key(self.token), number, 3600)

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        pending = list(self.create_instances)
        super().bulk_create(
            using_transactions, dry_run, raise_errors, batch_size=batch_size, result=result
        )
        self.created.extend(pending)

    def after_import(self, dataset, result, **kwargs):
        """Role, e-mail address, memberships, invitations and code uses, all in bulk.

        The dry run counts what would happen (for the preview) and writes nothing more.
        """
        if result.has_errors() or result.has_validation_errors():
            return
        created = [user for user in self.created if user.pk or self.dry_run]
        wanted = [(user.pk, self.code_of_email[user.email]) for user in created]
        already = set()
        if self.existing_rows:
            ids = [user_id for user_id, _code in self.existing_rows]
            already = set(
                ProgrammeMembership.objects.filter(user_id__in=ids).values_list(
                    "user_id", "programme_id"
                )
            )
        for user_id, code in self.existing_rows:
            if (user_id, code.programme_id) in already:
                self.summary["already_members"] += 1
            else:
                wanted.append((user_id, code))
        self.summary["created"] = len(created)
        self.summary["added_to_programme"] = len(wanted)
        self.per_programme = Counter(code.programme.name for _uid, code in wanted)
        if self.dry_run:
            return
        super().after_import(dataset, result, **kwargs)  # resets the id sequence
        learner = Group.objects.get(name=roles.LEARNER)
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=user.pk, group_id=learner.pk) for user in created],
            batch_size=1000,
        )
        EmailAddress.objects.bulk_create(
            [
                EmailAddress(user_id=user.pk, email=user.email, primary=True, verified=False)
                for user in created
            ],
            batch_size=1000,
        )
        ProgrammeMembership.objects.bulk_create(
            [
                ProgrammeMembership(
                    user_id=user_id, programme_id=code.programme_id, code=code, joined_at=self.now
                )
                for user_id, code in wanted
            ],
            batch_size=1000,
        )
        for code_id, uses in Counter(code.pk for _uid, code in wanted).items():
            EnrollmentCode.objects.filter(pk=code_id).update(used_count=F("used_count") + uses)
        LearnerInvitation.objects.bulk_create(
            [
                LearnerInvitation(user_id=user.pk, learner_import_id=kwargs.get("import_id"))
                for user in created
            ],
            batch_size=1000,
        )
