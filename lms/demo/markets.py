"""The demo market-entry checklists (EU, US, ASEAN, GCC), their French and Arabic
translations, and the demo learner's ticks."""

from django.db import transaction

from content.markets import services
from content.markets.models import ChecklistItem, MarketChecklist
from content.translations import locale_for
from lms.accounts.models import User

from . import freshness as demo_freshness
from .data import markets_ar, markets_fr
from .data.markets import CHECKLISTS, LEARNER_TICKS

TRANSLATIONS = {"fr": markets_fr.CHECKLISTS, "ar": markets_ar.CHECKLISTS}


def _checklist(spec: dict) -> MarketChecklist:
    checklist = MarketChecklist(
        name=spec["name"],
        slug=spec["slug"],
        countries=spec["countries"],
        summary=spec["summary"],
        introduction=spec["introduction"],
        **demo_freshness.checklist_dates(spec["slug"]),
    )
    checklist.items = [
        ChecklistItem(
            sort_order=position,
            category=category,
            text=text,
            guidance=guidance,
            link_url=url,
            link_label=label,
        )
        for position, (category, text, guidance, url, label) in enumerate(spec["items"])
    ]
    checklist.save()
    # A first revision, so the admin shows its history and a trainer's edits are drafts of it.
    checklist.save_revision().publish()
    return checklist


def translate_checklist(source: MarketChecklist, language: str, words: dict) -> MarketChecklist:
    """Publish ``source`` in ``language`` as the admin's Translate and a trainer would: a copy
    with every item (category, order and links kept), then the words of ``words`` (``name``,
    ``summary``, ``introduction``, ``items`` as (text, guidance, link text) in the source's
    order). The slug stays the source's, so the address is the same in every language."""
    if len(words["items"]) != source.items.count():
        raise ValueError(
            f"{language} checklist {source.slug!r}: {len(words['items'])} items translated, "
            f"the source has {source.items.count()}."
        )
    translation = source.copy_for_translation(locale_for(language))
    translation.name = words["name"]
    translation.summary = words["summary"]
    translation.introduction = words["introduction"]
    items = sorted(translation.items.all(), key=lambda item: item.sort_order)
    for item, (text, guidance, link_label) in zip(items, words["items"], strict=True):
        item.text = text
        item.guidance = guidance
        item.link_label = link_label if item.link_url else ""
    translation.full_clean()
    translation.save()
    translation.save_revision().publish()
    return translation


@transaction.atomic
def load_checklist_translations() -> list[MarketChecklist]:
    """The French and Arabic checklists that are missing; a translation already there is
    kept, as a trainer may have edited it."""
    made = []
    for language, checklists in TRANSLATIONS.items():
        locale = locale_for(language)
        for slug, words in checklists.items():
            source = services.sources().filter(slug=slug).first()
            if source is None or source.get_translation_or_none(locale) is not None:
                continue
            made.append(translate_checklist(source, language, words))
    return made


@transaction.atomic
def load_market_checklists() -> list[MarketChecklist]:
    """Create the checklists that are missing (by slug), their translations and the demo
    learner's ticks; checklists already there are left as a trainer may have edited them."""
    existing = {checklist.slug: checklist for checklist in services.sources()}
    checklists = [existing.get(spec["slug"]) or _checklist(spec) for spec in CHECKLISTS]
    load_checklist_translations()
    for email, by_slug in LEARNER_TICKS.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            continue
        for slug, texts in by_slug.items():
            checklist = services.sources().get(slug=slug)
            if user.checklist_ticks.filter(item__checklist=checklist).exists():
                continue  # the learner's own ticks since the last load are kept
            items = list(checklist.items.filter(text__in=texts))
            services.save_ticks(user, checklist, items)
    return checklists
