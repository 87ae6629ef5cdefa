"""Forms where a programme code is typed (signup, "Join a programme") and the import upload."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from lms.accounts.forms import SignupProfileForm

from . import services

CODE_HELP = _("If a ministry or agency gave you a code for its programme, type it here.")


def _code_field(required: bool) -> forms.CharField:
    field = forms.CharField(
        label=_("Programme code"),
        max_length=64,
        required=required,
        help_text=CODE_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
    return field


class ProgrammeSignupForm(SignupProfileForm):
    """allauth's signup form with an optional programme code (ACCOUNT_SIGNUP_FORM_CLASS).

    A code that cannot be used is an error on its field, so allauth creates nothing; a
    valid one makes the new learner a member once allauth has saved them.
    """

    field_order = [*SignupProfileForm.field_order, services.CODE_FIELD]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[services.CODE_FIELD] = _code_field(required=False)
        self.order_fields(self.field_order)

    def clean_programme_code(self) -> str:
        typed = self.cleaned_data.get(services.CODE_FIELD, "")
        if not typed.strip():
            return ""
        try:
            return services.find_usable_code(typed).code
        except services.CodeError as error:
            raise forms.ValidationError(error.text) from error

    def signup(self, request, user):
        super().signup(request, user)
        code = self.cleaned_data.get(services.CODE_FIELD)
        if not code:
            return
        try:
            result = services.join_with_code(user, code)
        except services.CodeError as error:
            # The code was used up between the form's check and now: the account stands,
            # and the learner is told to ask for another code.
            messages.warning(request, error.text)
            return
        messages.success(
            request,
            _("You have joined %(programme)s.") % {"programme": result.membership.programme},
        )


class JoinProgrammeForm(forms.Form):
    """The "Join a programme" page: one code; the view hands it to the service."""

    programme_code = _code_field(required=True)


class LearnerImportForm(forms.Form):
    """The upload step of the bulk import: a CSV or XLSX file within the size cap."""

    file = forms.FileField(
        label=_("File of learners"),
        help_text=_("CSV (UTF-8) or XLSX, first row the column names; see the format below."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
    add_existing = forms.BooleanField(
        label=_("Add learners who already have an account to their programme"),
        required=False,
        help_text=_("Their profile is left as they wrote it. Without this, such rows are errors."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        cap = settings.PROGRAMMES_IMPORT_MAX_BYTES
        if upload.size > cap:
            raise forms.ValidationError(
                _("The file is %(size)s; files up to %(cap)s are accepted. Split it in parts.")
                % {"size": filesizeformat(upload.size), "cap": filesizeformat(cap)}
            )
        if Path(upload.name).suffix.lower() not in (".csv", ".xlsx"):
            raise forms.ValidationError(
                _("Upload a .csv or .xlsx file; %(name)s is neither.") % {"name": upload.name}
            )
        return upload
