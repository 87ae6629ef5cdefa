"""Who may see which countries' aggregate figures.

Every surface (dashboard, exports, schedules, API, charts) asks ``scope_for`` first and
passes the ``ReportScope`` it returns to the services, so a scope is decided in one place:
site admins see every country; ministry analysts the countries of their ``AnalystScope``;
everybody else, and an analyst whose scope names no country, nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django_countries import countries as country_names

from lms.accounts import roles
from lms.accounts.models import AnalystScope

PERMISSION = "accounts.view_aggregate_reports"


@dataclass(frozen=True)
class ReportScope:
    """The countries a report may describe; ``countries=None`` means every country."""

    countries: frozenset[str] | None

    @property
    def is_everything(self) -> bool:
        return self.countries is None

    @property
    def label(self) -> str:
        """ "All countries" or the country names, sorted, for headers and page titles."""
        if self.countries is None:
            return _("All countries")
        return ", ".join(sorted(str(country_names.name(code)) for code in self.countries))

    def allows(self, country: str) -> bool:
        """Whether figures for ``country`` (an ISO code) may be shown under this scope."""
        return self.countries is None or country in self.countries

    def country_choices(self) -> list[tuple[str, str]]:
        """(code, name) pairs, by name: every country for site admins, else the scope's."""
        if self.countries is None:
            return [(code, str(name)) for code, name in country_names]
        return sorted(
            ((code, str(country_names.name(code))) for code in self.countries),
            key=lambda pair: pair[1],
        )


def scope_for(user) -> ReportScope | None:
    """The scope ``user`` reports on, or None when they may see no figures at all.

    Site admins (superusers) see every country. A ministry analyst (the role grants
    ``accounts.view_aggregate_reports``) sees the countries of their AnalystScope; without
    one, or with an empty one, they see nothing, and ``refusal_reason`` says why.
    """
    if not (user and user.is_authenticated and user.is_active):
        return None
    if user.is_superuser:
        return ReportScope(countries=None)
    if not user.has_perm(PERMISSION):
        return None
    assigned = AnalystScope.objects.filter(user=user).first()
    countries = frozenset(c.code for c in assigned.countries) if assigned else frozenset()
    if not countries:
        return None
    return ReportScope(countries=countries)


def refusal_reason(user) -> str:
    """Why ``scope_for(user)`` is None, in words the user can act on."""
    if not (user and user.is_authenticated):
        return _("Sign in to see reports.")
    if not (user.is_superuser or user.has_perm(PERMISSION)) or not roles.has_staff_role(user):
        return _("Reports are for ministry analysts and site admins.")
    return _(
        "No countries are assigned to your account yet, so there are no figures to show. "
        "Ask a site admin to set your analyst scope (Settings → Analyst scopes)."
    )
