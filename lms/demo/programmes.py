"""Two demo programmes with enrollment codes and targets, so the reports have cohorts to
count against: a national export programme in Kenya and Rwanda, and a regional programme for
women-led brands in Kenya, Uganda and Tanzania.

Dates are set from the day the demo is first loaded (the export programme started seven
months before, the brand programme four), so the synthetic learners of ``lms.demo.learners``
find a launch in their 18 months whenever the demo is built. Targets scale with the number
of synthetic learners asked for, so progress against them looks plausible at any size.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage, TrackPage
from courses.tree import sources
from lms.programmes.models import EnrollmentCode, Programme

EXPORT_PROGRAMME = "National export readiness programme 2027"
BRAND_PROGRAMME = "Women-led brands going abroad 2026–27"
NAMES = (EXPORT_PROGRAMME, BRAND_PROGRAMME)
DEFAULT_LEARNERS = 3000  # the population the targets below were set for

PROGRAMMES = [
    {
        "name": EXPORT_PROGRAMME,
        "sponsor": "Ministry of Trade and Industry",
        "description": (
            "Free export-readiness training for small and micro enterprises in Kenya and "
            "Rwanda: pricing with Incoterms, finding a first market, getting paid and shipping "
            "parcels. Businesses join with the code for their country."
        ),
        "countries": ["KE", "RW"],
        "tracks": ["export-skills"],
        "courses": [],
        "months_ago": 7,
        "months_long": 12,
        "targets": {
            "target_enrollments": 650,
            "target_completions": 200,
            "target_certificates": 180,
            "target_women_owned_share": 45,
            "target_micro_share": 60,
        },
        # code, country it is handed out in, limit (per default population), expiry
        "codes": [("EXPORT-KE-2027", "KE", 1500), ("EXPORT-RW-2027", "RW", 1200)],
    },
    {
        "name": BRAND_PROGRAMME,
        "sponsor": "East African Community Secretariat",
        "description": (
            "Brand building and protection abroad for women-owned small businesses in Kenya, "
            "Uganda and Tanzania, with a course on selling online to consumers abroad."
        ),
        "countries": ["KE", "UG", "TZ"],
        "tracks": ["brand-going-abroad"],
        "courses": ["selling-online-consumers-data-disputes"],
        "months_ago": 4,
        "months_long": 15,
        "targets": {
            "target_enrollments": 250,
            "target_completions": 60,
            "target_certificates": 55,
            "target_women_owned_share": 80,
            "target_micro_share": 70,
        },
        "codes": [("BRAND-WOMEN-26", "*", None)],
    },
]
# A pilot's code that has run out, so the "expired code" message can be shown.
EXPIRED_CODE = ("EXPORT-PILOT-26", "KE")
CODE_LIST = ", ".join(
    [code for spec in PROGRAMMES for code, _, _ in spec["codes"]] + [f"{EXPIRED_CODE[0]} (expired)"]
)


def _month_start(today: dt.date, months_back: int) -> dt.date:
    month_index = today.year * 12 + today.month - 1 - months_back
    return dt.date(month_index // 12, month_index % 12 + 1, 1)


def _scaled(value: int, learners: int) -> int:
    """A target for ``learners`` synthetic learners, rounded to a number a ministry sets."""
    return max(10, round(value * learners / DEFAULT_LEARNERS / 10) * 10)


@transaction.atomic
def load_programmes(learners: int = DEFAULT_LEARNERS, today: dt.date | None = None) -> list:
    """Create the demo programmes and their codes if missing; return them."""
    today = today or timezone.localdate()
    programmes = []
    for spec in PROGRAMMES:
        programme = Programme.objects.filter(name=spec["name"]).first()
        if programme is None:
            starts_on = _month_start(today, spec["months_ago"])
            ends_on = _month_start(starts_on, -spec["months_long"]) - dt.timedelta(days=1)
            targets = dict(spec["targets"])
            for name in ("target_enrollments", "target_completions", "target_certificates"):
                targets[name] = _scaled(targets[name], learners or DEFAULT_LEARNERS)
            programme = Programme(
                name=spec["name"],
                sponsor=spec["sponsor"],
                description=spec["description"],
                countries=spec["countries"],
                starts_on=starts_on,
                ends_on=ends_on,
                **targets,
            )
            # The English pages only: a translation shares its source's slug.
            programme.tracks = list(sources(TrackPage.objects).filter(slug__in=spec["tracks"]))
            programme.courses = list(sources(CoursePage.objects).filter(slug__in=spec["courses"]))
            programme.save()
            expires = timezone.make_aware(dt.datetime.combine(ends_on, dt.time(23, 59)))
            for code, _country, limit in spec["codes"]:
                EnrollmentCode.objects.create(
                    programme=programme,
                    code=code,
                    max_uses=None
                    if limit is None
                    else _scaled(limit, learners or DEFAULT_LEARNERS),
                    expires_at=expires,
                )
            if spec["name"] == EXPORT_PROGRAMME:
                EnrollmentCode.objects.create(
                    programme=programme,
                    code=EXPIRED_CODE[0],
                    max_uses=50,
                    expires_at=timezone.make_aware(
                        dt.datetime.combine(starts_on - dt.timedelta(days=1), dt.time(23, 59))
                    ),
                )
        programmes.append(programme)
    return programmes


def code_countries() -> dict[str, str]:
    """Which country each demo code is handed out in ("*" for any of the programme's)."""
    return {code: country for spec in PROGRAMMES for code, country, _ in spec["codes"]}


def delete_programmes() -> None:
    Programme.objects.filter(name__in=NAMES).delete()
