"""Forms for the SME profile, at signup (through allauth) and on the profile page."""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .language import supported
from .models import PRINTED_NAME_MAX_LENGTH, User

PROFILE_FORM_FIELDS = [
    "first_name",
    "last_name",
    "country",
    "region",
    "sector",
    "enterprise_size",
    "owner_gender",
    "export_stage",
    "consent_statistics",
]

# Statistical consent, defined once (docs/reports.md, "Consent") and shown wherever it is asked.
CONSENT_LABEL = _("Count my business profile in the breakdowns of ministry reports")
CONSENT_HELP = _(
    "Ministry reports count every learner in their totals (registered, enrolled, completed, "
    "certified), never by name. With this consent, your region, sector, enterprise size, "
    "owner's gender and export stage are also counted in the breakdowns by those answers; "
    "without it, you are counted there as “not shared”. Numbers about fewer than 10 "
    "learners are never shown. You can change this at any time on your profile."
)
_HELP = {
    "printed_name": _(
        "Your certificates print this exactly: check the order of your names (for example "
        "“王秀英” or “Amina Uwase”). Left empty, your given and family names are printed. "
        "Certificates already issued keep the name they were issued with."
    ),
    "owner_gender": _("Counted, never shown, in reports on support for women-led businesses."),
    "consent_statistics": CONSENT_HELP,
}
_REQUIRED = ("first_name", "country", "sector", "enterprise_size", "owner_gender", "export_stage")


class ProfileForm(forms.ModelForm):
    """The SME profile a learner keeps up to date on their profile page, with the name as
    printed on certificates, proposed as given + family name until the learner saves it."""

    class Meta:
        model = User
        fields = [*PROFILE_FORM_FIELDS[:2], "printed_name", *PROFILE_FORM_FIELDS[2:], "language"]
        labels = {
            "language": _("Language"),
            "first_name": _("Given name"),
            "last_name": _("Family name"),
            "printed_name": _("Name as printed on certificates"),
            "consent_statistics": CONSENT_LABEL,
        }
        help_texts = _HELP
        error_messages = {
            "printed_name": {
                "max_length": _(
                    "Name as printed on certificates: at most %(limit_value)d characters "
                    "(it has %(show_value)d). Shorten it, for example with initials."
                )
            }
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in _REQUIRED:
            self.fields[name].required = True
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["region"].widget.attrs["autocomplete"] = "address-level1"
        if "printed_name" in self.fields:
            self.fields["printed_name"].widget.attrs["autocomplete"] = "name"
            if not self.instance.printed_name:
                self.initial["printed_name"] = self.instance.default_printed_name
        for field in self.fields.values():
            if isinstance(field, forms.ChoiceField) and field.choices:
                choices = list(field.choices)
                if choices[0][0] == "":
                    field.choices = [("", _("Choose…"))] + choices[1:]

    def clean_printed_name(self) -> str:
        return " ".join(self.cleaned_data.get("printed_name", "").split())

    def clean(self):
        """Left empty, the name as printed becomes given + family name, which must then fit
        on a certificate too; the error names the field to change."""
        cleaned = super().clean()
        if "printed_name" not in self.fields or self.has_error("printed_name"):
            return cleaned
        if not cleaned.get("printed_name"):
            given, family = cleaned.get("first_name", ""), cleaned.get("last_name", "")
            default = " ".join(f"{given} {family}".split())
            if len(default) > PRINTED_NAME_MAX_LENGTH:
                self.add_error(
                    "printed_name",
                    _(
                        "Name as printed on certificates: your given and family names "
                        "together have %(length)d characters and a certificate prints at "
                        "most %(limit)d. Write here the name to print, for example with "
                        "initials."
                    )
                    % {"length": len(default), "limit": PRINTED_NAME_MAX_LENGTH},
                )
            else:
                cleaned["printed_name"] = default
        return cleaned


class SignupProfileForm(ProfileForm):
    """allauth's signup form is built on this one (ACCOUNT_SIGNUP_FORM_CLASS).

    allauth saves the user first, then calls ``signup`` to store the profile answers.
    """

    # Account fields (from allauth's form) first, then the business profile.
    field_order = ["email", "password1", "password2", *PROFILE_FORM_FIELDS]

    class Meta(ProfileForm.Meta):
        # The name as printed is confirmed later, on the profile page, before a certificate.
        fields = PROFILE_FORM_FIELDS

    def __init__(self, *args, **kwargs):
        # allauth passes no instance; the profile fields are filled in on the new user.
        kwargs.pop("instance", None)
        super().__init__(*args, **kwargs)

    def signup(self, request, user):
        for name in PROFILE_FORM_FIELDS:
            setattr(user, name, self.cleaned_data[name])
        # The language the visitor signed up in becomes theirs (e-mails, certificates).
        user.language = supported(translation.get_language())
        user.save()

    def save(self, *args, **kwargs):  # pragma: no cover - allauth never calls it
        raise NotImplementedError("Signup saves through allauth's form, not this one.")


class DeleteAccountForm(forms.Form):
    """The confirm step of deleting one's account: the password again, and a tick."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Asked again so that nobody else can delete your account from your screen."),
    )
    confirm = forms.BooleanField(
        label=_("I understand that this cannot be undone."),
        error_messages={"required": _("Tick the box to confirm that you want to delete.")},
    )
