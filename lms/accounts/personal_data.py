"""What the platform holds about one person, gathered from every app, and how it is erased.

Imports run one way (courses → content → lms.accounts), so this module cannot reach into the
apps that hold a learner's activity. Instead each app describes its own data in a
``personal_data.py`` module that calls ``register`` here; ``autodiscover`` (run from
``AccountsConfig.ready``) imports every installed app's ``personal_data`` module, the way
Django's admin finds ``admin.py``. A new app that stores something about a learner adds its
section in its own module, and the download and the account deletion pick it up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    """One kind of data: how to list a person's rows, and how to erase them when they leave.

    ``export(user)`` returns a list of JSON-ready dicts (never a secret: no password hash,
    token or MFA key). ``erase(user)``, when given, runs inside the deletion's transaction
    before the account row itself is anonymised; sections without one keep their rows,
    which become anonymous once the account is.
    """

    key: str
    title: Any
    export: Callable[[Any], list[dict]]
    erase: Callable[[Any], None] | None = None
    order: int = 100
    kept: Any = ""  # what happens to the rows when the account is deleted, for the page


_sections: dict[str, Section] = {}


def register(
    key: str,
    title,
    *,
    export: Callable[[Any], list[dict]],
    erase: Callable[[Any], None] | None = None,
    order: int = 100,
    kept="",
) -> None:
    """Add (or replace, on a module reload) the section ``key``."""
    _sections[key] = Section(key, title, export, erase, order, kept)


def sections() -> list[Section]:
    """Every registered section, in the order the download shows them."""
    return sorted(_sections.values(), key=lambda section: (section.order, section.key))


def model_row(instance, *, exclude: tuple[str, ...] = ()) -> dict:
    """A model instance's own columns as a JSON-ready dict, choices shown by their label.

    Keys, foreign keys and file fields become plain values (a file by its base name); pass
    the secrets of a model (a token hash) in ``exclude``.
    """
    row = {}
    for field in instance._meta.concrete_fields:
        if field.primary_key or field.name in exclude or field.is_relation:
            continue
        value = getattr(instance, field.attname)
        if field.choices and value not in (None, ""):
            value = getattr(instance, f"get_{field.name}_display")()
        elif hasattr(value, "name") and hasattr(value, "storage"):  # a FieldFile
            value = value.name.rsplit("/", 1)[-1] if value else ""
        row[field.name] = value
    return row


def autodiscover() -> None:
    """Import ``personal_data`` from every installed app so that each registers its part."""
    autodiscover_modules("personal_data")


# --- The account's own part ------------------------------------------------------------------


def _profile(user) -> list[dict]:
    return [
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "printed_name": user.printed_name,
            "country": user.country.code if user.country else "",
            "region": user.region,
            "sector": user.get_sector_display() if user.sector else "",
            "enterprise_size": user.get_enterprise_size_display() if user.enterprise_size else "",
            "owner_gender": user.get_owner_gender_display() if user.owner_gender else "",
            "export_stage": user.get_export_stage_display() if user.export_stage else "",
            "consent_statistics": user.consent_statistics,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "roles": sorted(user.groups.values_list("name", flat=True)),
        }
    ]


def _email_addresses(user) -> list[dict]:
    from allauth.account.models import EmailAddress

    return [
        {"email": address.email, "verified": address.verified, "primary": address.primary}
        for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    ]


def _mfa(user) -> list[dict]:
    """Which second factors exist, and when they were used; never their secrets or codes."""
    from allauth.mfa.models import Authenticator

    return [
        {
            "type": authenticator.get_type_display(),
            "created_at": authenticator.created_at,
            "last_used_at": authenticator.last_used_at,
        }
        for authenticator in Authenticator.objects.filter(user=user).order_by("created_at")
    ]


register(
    "profile",
    _("Account and business profile"),
    export=_profile,
    order=0,
    kept=_(
        "Name, e-mail address, region and password are erased. Country is kept, and sector, "
        "size, owner gender and export stage only if you consented to statistical use, so "
        "that anonymous totals stay correct."
    ),
)


def _erase_email_addresses(user) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=user).delete()


def _erase_mfa(user) -> None:
    from allauth.mfa.models import Authenticator

    Authenticator.objects.filter(user=user).delete()


register(
    "email_addresses",
    _("E-mail addresses"),
    export=_email_addresses,
    erase=_erase_email_addresses,
    order=1,
    kept=_("Erased."),
)
register(
    "mfa",
    _("Two-step verification"),
    export=_mfa,
    erase=_erase_mfa,
    order=2,
    kept=_("Erased."),
)
