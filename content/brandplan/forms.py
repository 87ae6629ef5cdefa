"""One form (and its row formsets) per step of the brand plan builder.

Formsets always show two blank rows below the saved ones, so rows are added without
JavaScript: fill a blank row and save, and two fresh blank rows appear.
"""

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import logos
from .models import (
    BrandPlan,
    BudgetLine,
    Channel,
    Competitor,
    Milestone,
    NameCheck,
    PricePosition,
    TargetMarket,
    TrademarkFiling,
)
from .pricing import COST_KEYS, NamedPlace, places_for

TEXTAREA_SHORT = {"rows": 3}


class StoryForm(forms.ModelForm):
    class Meta:
        model = BrandPlan
        fields = ["brand_name", "tagline", "story", "values"]
        widgets = {
            "story": forms.Textarea(attrs={"rows": 6}),
            "values": forms.Textarea(attrs=TEXTAREA_SHORT),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["story"].required = True


class MarketsForm(forms.ModelForm):
    class Meta:
        model = BrandPlan
        fields = ["ideal_customer"]
        widgets = {"ideal_customer": forms.Textarea(attrs=TEXTAREA_SHORT)}


class PositioningForm(forms.ModelForm):
    class Meta:
        model = BrandPlan
        fields = ["price_position", "positioning_statement"]
        widgets = {
            "price_position": forms.RadioSelect,
            "positioning_statement": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["price_position"].required = True
        self.fields["price_position"].choices = PricePosition.choices  # no blank radio
        self.fields["positioning_statement"].required = True


class NameForm(forms.ModelForm):
    class Meta:
        model = BrandPlan
        fields = ["domain_name", "domain_status", "marketplace_handles", "register_search_done"]
        widgets = {"marketplace_handles": forms.Textarea(attrs=TEXTAREA_SHORT)}


class IdentityForm(forms.ModelForm):
    """The logo is checked and re-encoded by ``logos.clean_logo`` before anything is saved."""

    logo_upload = forms.FileField(
        label=_("Logo"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        help_text=_(
            "PNG (best), JPEG or WebP, at most 2 MB, between 64 and 4000 pixels on each "
            "side. We store a clean PNG copy without the photo's hidden data."
        ),
    )
    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)

    class Meta:
        model = BrandPlan
        fields = ["primary_colour", "accent_colour", "visual_notes"]
        widgets = {
            "primary_colour": forms.TextInput(attrs={"placeholder": "#6B3E26", "size": 8}),
            "accent_colour": forms.TextInput(attrs={"placeholder": "#E0A526", "size": 8}),
            "visual_notes": forms.Textarea(attrs=TEXTAREA_SHORT),
        }

    field_order = ["logo_upload", "remove_logo", "primary_colour", "accent_colour"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["primary_colour"].required = True
        if not self.instance.logo:
            del self.fields["remove_logo"]

    def clean_logo_upload(self):
        upload = self.cleaned_data.get("logo_upload")
        if not upload:
            return None
        return logos.clean_logo(upload)

    def clean_primary_colour(self):
        return self.cleaned_data["primary_colour"].upper()

    def clean_accent_colour(self):
        return self.cleaned_data["accent_colour"].upper()


class ChannelsForm(forms.ModelForm):
    channels = forms.MultipleChoiceField(
        label=_("Where you will sell"),
        choices=Channel.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one channel.")},
    )

    class Meta:
        model = BrandPlan
        fields = ["channels", "channel_plan"]
        widgets = {"channel_plan": forms.Textarea(attrs={"rows": 4})}


class PricingForm(forms.ModelForm):
    class Meta:
        model = BrandPlan
        fields = [
            "incoterm",
            "named_place",
            "named_place_kind",
            "currency",
            "price_unit",
            *COST_KEYS,
        ]
        widgets = {"currency": forms.TextInput(attrs={"size": 4, "autocapitalize": "characters"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("incoterm", "ex_works_price"):
            self.fields[name].required = True
        for key in COST_KEYS:
            self.fields[key].widget.attrs.update(inputmode="decimal", step="0.01", min="0")

    def clean_currency(self):
        return self.cleaned_data["currency"].strip().upper()

    def clean(self):
        cleaned = super().clean()
        rule, kind = cleaned.get("incoterm"), cleaned.get("named_place_kind")
        if rule and kind and kind not in places_for(rule):
            allowed = str(_(" or ")).join(
                str(NamedPlace(place).label) for place in places_for(rule)
            )
            self.add_error(
                "named_place_kind",
                gettext("Under %(rule)s the named place is: %(allowed)s.")
                % {"rule": rule, "allowed": allowed},
            )
        return cleaned


class RowFormSet(BaseInlineFormSet):
    """Rows of one kind; ``row_label`` names a row in error messages ("Market 2")."""

    row_label = _("Row")
    too_few_message = _("Add at least one row.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages = {**self.error_messages, "too_few_forms": self.too_few_message}

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this row")


def rows(model, fields, *, label, too_few, minimum=0, maximum=12, widgets=None, base=RowFormSet):
    """An inline formset for one kind of row on a plan."""
    formset_base = type(
        f"{model.__name__}RowFormSet", (base,), {"row_label": label, "too_few_message": too_few}
    )
    return inlineformset_factory(
        BrandPlan,
        model,
        formset=formset_base,
        fields=fields,
        widgets=widgets or {},
        extra=2,
        min_num=minimum,
        validate_min=bool(minimum),
        max_num=maximum,
        validate_max=True,
        can_delete=True,
        can_delete_extra=False,
    )


class MarketRowFormSet(RowFormSet):
    def get_unique_error_message(self, unique_check):
        return _("Each country can be in your list only once.")

    def get_form_error(self):
        return _("This country is already in your list.")


MarketFormSet = rows(
    TargetMarket,
    ["country", "priority", "reason"],
    label=_("Market"),
    too_few=_("Add at least one target market."),
    minimum=1,
    maximum=10,
    widgets={"reason": forms.Textarea(attrs={"rows": 2})},
    base=MarketRowFormSet,
)


class CompetitorRowFormSet(RowFormSet):
    """A competitor's market is one of the plan's target markets, once some are chosen
    (a short list instead of every country: lighter pages, fewer slips)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.market_choices = None
        if self.instance.pk:
            markets = [market.country for market in self.instance.markets.all()]
            if markets:
                self.market_choices = [("", "---------")] + [(c.code, c.name) for c in markets]

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if self.market_choices is None:
            return
        current = form.initial.get("market") or getattr(form.instance, "market", "")
        choices = list(self.market_choices)
        if current and str(current) not in {code for code, _label in choices}:
            choices.append((str(current), form.instance.market.name))  # a market since removed
        form.fields["market"].choices = choices


CompetitorFormSet = rows(
    Competitor,
    ["name", "market", "price_position", "strengths", "our_difference"],
    label=_("Competitor"),
    too_few=_("Add at least one local competitor."),
    minimum=1,
    base=CompetitorRowFormSet,
    widgets={
        "strengths": forms.Textarea(attrs={"rows": 2}),
        "our_difference": forms.Textarea(attrs={"rows": 2}),
    },
)
NameCheckFormSet = rows(
    NameCheck,
    ["language", "meaning", "pronunciation", "negative_meaning", "native_speaker_checked"],
    label=_("Language"),
    too_few=_("Check the name in at least one language of your target markets."),
    minimum=1,
)
TrademarkFormSet = rows(
    TrademarkFiling,
    ["market", "route", "office", "nice_classes", "estimated_fee", "status"],
    label=_("Filing"),
    too_few=_("Plan at least one trademark filing, starting with your home market."),
    minimum=1,
)
BudgetFormSet = rows(
    BudgetLine,
    ["category", "description", "amount"],
    label=_("Budget line"),
    too_few=_("Add at least one budget line."),
    minimum=1,
    maximum=20,
)
MilestoneFormSet = rows(
    Milestone,
    ["due", "title", "done"],
    label=_("Milestone"),
    too_few=_("Add at least one milestone."),
    minimum=1,
    maximum=20,
    widgets={"due": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")},
)


class NewPlanForm(forms.ModelForm):
    class Meta:
        model = BrandPlan
        fields = ["brand_name"]
