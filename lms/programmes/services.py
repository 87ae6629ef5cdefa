"""Rules for programmes and their enrollment codes: the one place each of them lives.

Signup, the "Join a programme" page, the admin's bulk import and the demo data all call
these functions; none of them re-implements a code check or a limit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from courses.tree import sources

from .models import EnrollmentCode, Programme, ProgrammeMembership

CODE_FIELD = "programme_code"

_NOT_CODE_CHARACTERS = re.compile(r"[\s_–—]+")


class CodeError(ValidationError):
    """A programme code that cannot be used; its message names the code field."""

    def __init__(self, message, code: str = "invalid"):
        super().__init__({CODE_FIELD: [ValidationError(message, code=code)]})

    @property
    def text(self) -> str:
        """The message alone, for places that name the field themselves."""
        return self.message_dict[CODE_FIELD][0]


def normalise_code(typed: str) -> str:
    """The code as stored: capitals, no surrounding space, spaces and dashes read as hyphens.

    Learners copy codes from letters and e-mails: "export ke 2027", " Export-KE-2027 " and
    "EXPORT_KE_2027" all mean EXPORT-KE-2027.
    """
    return _NOT_CODE_CHARACTERS.sub("-", (typed or "").strip()).strip("-").upper()


def code_problem(code: EnrollmentCode, *, at: dt.datetime | None = None) -> str | None:
    """Why ``code`` cannot be used now (inactive, expired, used up), or None if it can."""
    at = at or timezone.now()
    if not code.is_active:
        return str(_("The code %(code)s is no longer active.") % {"code": code.code})
    if code.expires_at is not None and code.expires_at <= at:
        return str(_("The code %(code)s has expired.") % {"code": code.code})
    if code.max_uses is not None and code.used_count >= code.max_uses:
        return str(
            _("The code %(code)s has been used as many times as allowed.") % {"code": code.code}
        )
    return None


def find_usable_code(typed: str) -> EnrollmentCode:
    """The code a learner typed, if it can be used now; CodeError with the reason otherwise."""
    value = normalise_code(typed)
    if not value:
        raise CodeError(_("Enter a programme code."), code="required")
    code = EnrollmentCode.objects.select_related("programme").filter(code=value).first()
    if code is None:
        raise CodeError(
            _("There is no programme with the code %(code)s. Check it against your letter.")
            % {"code": value},
            code="unknown",
        )
    problem = code_problem(code)
    if problem:
        raise CodeError(problem, code="unusable")
    return code


@dataclass(frozen=True)
class JoinResult:
    membership: ProgrammeMembership
    created: bool


def join_with_code(user, typed: str) -> JoinResult:
    """Put ``user`` in the cohort of the programme whose code they typed.

    Refuses a wrong, inactive, expired or used-up code with a CodeError and changes nothing.
    A learner already in the cohort gets their membership back and uses up nothing. The
    limit is taken with one conditional UPDATE, so two learners racing for the last use
    cannot both get it, on PostgreSQL and SQLite alike.
    """
    code = find_usable_code(typed)
    existing = ProgrammeMembership.objects.filter(programme_id=code.programme_id, user=user).first()
    if existing is not None:
        return JoinResult(existing, created=False)
    now = timezone.now()
    try:
        with transaction.atomic():
            taken = (
                EnrollmentCode.objects.filter(pk=code.pk, is_active=True)
                .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
                .filter(Q(max_uses__isnull=True) | Q(used_count__lt=F("max_uses")))
                .update(used_count=F("used_count") + 1)
            )
            if not taken:
                code.refresh_from_db()
                raise CodeError(code_problem(code) or _("This code cannot be used."), "unusable")
            membership = ProgrammeMembership.objects.create(
                programme_id=code.programme_id, user=user, code=code, joined_at=now
            )
    except IntegrityError:
        # The same learner joined in another request a moment ago: that use stands, and
        # this one (rolled back with its counter) returns it.
        membership = ProgrammeMembership.objects.get(programme_id=code.programme_id, user=user)
        return JoinResult(membership, created=False)
    return JoinResult(membership, created=True)


def memberships_of(user) -> list[ProgrammeMembership]:
    """The programmes ``user`` belongs to, newest first, with their programme loaded."""
    return list(
        ProgrammeMembership.objects.filter(user=user)
        .select_related("programme")
        .order_by("-joined_at")
    )


def programme_course_ids(programme: Programme) -> set[int]:
    """Ids of the courses a programme covers: its own plus every live course of its tracks."""
    ids = set(programme.courses.values_list("pk", flat=True))
    track_paths = list(programme.tracks.values_list("path", flat=True))
    if track_paths:
        under_tracks = Q()
        for path in track_paths:
            under_tracks |= Q(path__startswith=path)
        courses = sources(CoursePage.objects.live()).filter(under_tracks)
        ids |= set(courses.values_list("pk", flat=True))
    return ids


def programmes_with_member_counts():
    """Programmes annotated with ``member_count`` (one query), for lists and reports."""
    return Programme.objects.annotate(member_count=Count("memberships"))


# --- For the demo data and the bulk import ------------------------------------------------


def ensure_programme(
    name: str,
    *,
    sponsor: str,
    countries: Iterable[str],
    starts_on: dt.date,
    ends_on: dt.date,
    tracks: Iterable = (),
    courses: Iterable = (),
    targets: dict[str, int] | None = None,
    codes: Iterable[dict] = (),
    description: str = "",
) -> Programme:
    """Create or update the programme called ``name`` with its codes; idempotent.

    ``targets`` uses the model's field names without ``target_`` (``enrollments``,
    ``completions``, ``certificates``, ``women_owned_share``, ``micro_share``); each item of
    ``codes`` holds ``code`` and optionally ``max_uses``, ``expires_at``, ``is_active``.
    A code is never moved from another programme: that is refused with a CodeError.
    """
    fields = {
        "sponsor": sponsor,
        "countries": sorted(countries),
        "starts_on": starts_on,
        "ends_on": ends_on,
        "description": description,
        **{f"target_{key}": value for key, value in (targets or {}).items()},
    }
    with transaction.atomic():
        programme, _created = Programme.objects.update_or_create(name=name, defaults=fields)
        programme.tracks.set(list(tracks))
        programme.courses.set(list(courses))
        programme.save()  # ParentalManyToMany relations are written on save
        for spec in codes:
            value = normalise_code(spec["code"])
            defaults = {k: spec[k] for k in ("max_uses", "expires_at", "is_active") if k in spec}
            code, _created = EnrollmentCode.objects.get_or_create(
                code=value, defaults={"programme": programme, **defaults}
            )
            if code.programme_id != programme.pk:
                raise CodeError(
                    _("The code %(code)s belongs to another programme.") % {"code": value}
                )
            if defaults:
                EnrollmentCode.objects.filter(pk=code.pk).update(**defaults)
    return programme


def add_members(
    programme: Programme, user_ids: Iterable[int], *, code: EnrollmentCode | None = None
) -> int:
    """Put many learners in a cohort at once (no query per learner); return how many joined.

    Learners already in the cohort are left as they are. A code, when given, is recorded
    on the new memberships and its uses counted, but no limit is enforced: this is for
    site admins and demo data, who decide on purpose; learners go through join_with_code.
    """
    user_ids = set(user_ids)
    already = set(
        ProgrammeMembership.objects.filter(programme=programme, user_id__in=user_ids).values_list(
            "user_id", flat=True
        )
    )
    new = sorted(user_ids - already)
    now = timezone.now()
    with transaction.atomic():
        ProgrammeMembership.objects.bulk_create(
            [
                ProgrammeMembership(programme=programme, user_id=uid, code=code, joined_at=now)
                for uid in new
            ],
            batch_size=1000,
            ignore_conflicts=True,
        )
        if code is not None and new:
            EnrollmentCode.objects.filter(pk=code.pk).update(used_count=F("used_count") + len(new))
    return len(new)
