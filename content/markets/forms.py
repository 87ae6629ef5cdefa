from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MarketChecklist


class ChecklistTicksForm(forms.Form):
    """The whole checklist in one post: the items ticked (unticked ones are simply absent)."""

    items = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Checklist items"),
        error_messages={
            "invalid_choice": _("Item %(value)s is not on this checklist; reload the page."),
            "invalid_pk_value": _("“%(pk)s” is not a checklist item."),
        },
    )

    def __init__(self, *args, checklist: MarketChecklist, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].queryset = checklist.items.all()
