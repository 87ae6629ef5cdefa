"""The forms of the verification page and the moderators' revoke view."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .codes import MAX_INPUT

MAX_CREDENTIAL_BYTES = 2 * 1024 * 1024  # a baked share image is ~100 KB; a JWT a few KB


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        help_text=_(
            "Printed under the QR code, e.g. 7KQ2-M9XD-4FHT-C1WB. Case and dashes do not matter."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "spellcheck": "false",
                "autocapitalize": "characters",
                "maxlength": MAX_INPUT,
            }
        ),
    )


class CredentialForm(forms.Form):
    """An Open Badges 3.0 credential, pasted (VC-JWT or JSON) or uploaded (file or baked PNG)."""

    credential = forms.CharField(
        label=_("Paste a credential"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false"}),
        help_text=_("The credential's text: a signed JWT (eyJ…) or its JSON."),
    )
    credential_file = forms.FileField(
        label=_("…or upload a credential file"),
        required=False,
        help_text=_(
            "A credential .json or .jwt file, or a share image (PNG) with a badge baked in."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        text = (cleaned.get("credential") or "").strip()
        upload = cleaned.get("credential_file")
        if not text and upload is None:
            raise forms.ValidationError(_("Paste a credential or choose a file."))
        if upload is not None:
            if upload.size > MAX_CREDENTIAL_BYTES:
                self.add_error("credential_file", _("The file is larger than 2 MB."))
                return cleaned
            data = upload.read()
            if data.startswith(b"\x89PNG"):
                from courses.openbadges import unbake_png

                text = unbake_png(data) or ""
                if not text:
                    self.add_error("credential_file", _("This image holds no baked credential."))
                    return cleaned
            else:
                try:
                    text = data.decode("utf-8").strip()
                except UnicodeDecodeError:
                    self.add_error(
                        "credential_file", _("This file is neither text nor a PNG image.")
                    )
                    return cleaned
        cleaned["text"] = text
        return cleaned


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Shown on the public verification page, e.g. “Issued in error: quiz attempt annulled”."
        ),
    )
