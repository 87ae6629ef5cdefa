from django import forms
from django.conf import global_settings
from django.utils.translation import gettext_lazy as _

from .models import Resource, ResourceFormat, ResourceTopic
from .services import ResourceFilters

ANY = [("", _("Any"))]


class ResourceFilterForm(forms.Form):
    """The library's GET form: search words and four filters, each optional."""

    q = forms.CharField(
        label=_("Search the library"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False, choices=ANY + ResourceTopic.choices)
    market = forms.ChoiceField(label=_("Market"), required=False)
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=ANY + ResourceFormat.choices
    )
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, markets=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["market"].choices = ANY + [(m.slug, m.name) for m in markets]
        names = dict(global_settings.LANGUAGES)
        used = Resource.objects.order_by("language").values_list("language", flat=True).distinct()
        self.fields["language"].choices = ANY + [(code, _(names.get(code, code))) for code in used]

    def filters(self) -> ResourceFilters:
        """The valid filters; an unknown value (an old link, a typo) is dropped, not an error."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})  # the fields that validated
        return ResourceFilters(
            query=data.get("q", "").strip(),
            topic=data.get("topic", ""),
            market=data.get("market", ""),
            format=data.get("format", ""),
            language=data.get("language", ""),
        )
