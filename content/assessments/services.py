"""Saving, fetching and following up self-assessment results: the rules views, the dashboard
and the demo loader share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import Page

from . import scoring
from .models import AssessmentPage, AssessmentResult

RESUBMIT_WINDOW = timedelta(minutes=2)


def owned_results(user) -> QuerySet[AssessmentResult]:
    """The results ``user`` owns: the only way views reach a saved result."""
    if not user.is_authenticated:
        return AssessmentResult.objects.none()
    return AssessmentResult.objects.filter(owner=user)


@transaction.atomic
def record_result(user, page: AssessmentPage, answers: Mapping[str, str], *, when=None):
    """Score ``answers`` and save them as ``user``'s result, with a snapshot of the business's
    country and sector for aggregate reports. The same answers sent again within
    ``RESUBMIT_WINDOW`` return the result already saved. Raises
    ``scoring.IncompleteAnswers`` (saving nothing) when a question has no valid answer."""
    outcome = scoring.score(page.assessment, answers)
    if when is None:
        # A second tap on "See my result" over a slow connection sends the same answers
        # again: hand back the result just saved instead of saving a duplicate.
        recent = (
            owned_results(user)
            .filter(assessment=page, created_at__gte=timezone.now() - RESUBMIT_WINDOW)
            .order_by("-created_at", "-pk")
            .first()
        )
        if recent is not None and recent.answers == outcome.answers:
            return recent
    result = AssessmentResult(
        owner=user,
        assessment=page,
        answers=outcome.answers,
        dimension_scores=[d.as_json() for d in outcome.dimensions],
        overall=outcome.overall,
        level=outcome.level.label,
        level_description=outcome.level.description,
        level_index=outcome.level_index,
        country=getattr(user, "country", "") or "",
        sector=getattr(user, "sector", "") or "",
    )
    if when is not None:
        result.created_at = when
    result.save()
    return result


# A visitor's answers, kept in their session until they sign in (then saved) or it ends.
KEPT_FOR_SIGN_IN = "assessments_kept_result"


def keep_for_sign_in(session, page: AssessmentPage, answers: Mapping[str, str]) -> None:
    """Keep a visitor's answers in their own session so that signing in, or signing up and
    confirming the e-mail address, saves the result; nothing is written to the database
    before that. A later assessment replaces an earlier one."""
    session[KEPT_FOR_SIGN_IN] = {
        "page": page.pk,
        "answers": dict(answers),
        "taken_at": timezone.now().isoformat(),
    }


def save_kept_result(session, user) -> AssessmentResult | None:
    """Save the result a visitor took before signing in as ``user``'s, dated when it was
    taken; None when there is none, or it no longer fits the live assessment (unpublished,
    or questions changed since), in which case it is dropped."""
    kept = session.pop(KEPT_FOR_SIGN_IN, None)
    if not isinstance(kept, dict):
        return None
    page = AssessmentPage.objects.live().public().filter(pk=kept.get("page")).first()
    answers = kept.get("answers")
    if page is None or not isinstance(answers, dict):
        return None
    taken_at = parse_datetime(str(kept.get("taken_at", ""))) or timezone.now()
    try:
        return record_result(user, page, answers, when=taken_at)
    except scoring.IncompleteAnswers:
        return None


def previous_result(result: AssessmentResult) -> AssessmentResult | None:
    """The same owner's result of the same assessment taken just before ``result``."""
    return (
        AssessmentResult.objects.filter(
            owner_id=result.owner_id,
            assessment_id=result.assessment_id,
            created_at__lte=result.created_at,
        )
        .exclude(pk=result.pk)
        .exclude(created_at=result.created_at, pk__gt=result.pk)
        .order_by("-created_at", "-pk")
        .first()
    )


@dataclass
class DimensionChange:
    """One dimension's score now and in the previous result (None when not comparable)."""

    score: scoring.DimensionScore
    before: int | None = None

    @property
    def change(self) -> int | None:
        return None if self.before is None else self.score.score - self.before


def compare(
    scores: Iterable[scoring.DimensionScore], previous: AssessmentResult | None
) -> list[DimensionChange]:
    """Pair each dimension with its score in ``previous``: matched by the dimension's id, or
    by its name when a trainer rebuilt the dimension."""
    before_by_id, before_by_name = {}, {}
    if previous is not None:
        for old in previous.scores:
            before_by_id[old.id] = old.score
            before_by_name[old.name] = old.score
    return [DimensionChange(s, before_by_id.get(s.id, before_by_name.get(s.name))) for s in scores]


@dataclass
class Recommendation:
    """A course or lesson to study, with the dimensions that led to it."""

    page: Page
    reasons: list[str] = field(default_factory=list)


def recommendations(
    page: AssessmentPage, low_dimension_ids: Iterable[str]
) -> list[tuple[scoring.Dimension, list[Page]]]:
    """For each low-scoring dimension, its advice and the live courses or lessons the trainer
    recommends now (not when the result was saved, so retired courses drop out)."""
    low = set(low_dimension_ids)
    dimensions = [d for d in page.assessment.dimensions if d.id in low]
    ids = {pk for d in dimensions for pk in d.recommendations}
    live = Page.objects.live().public().filter(pk__in=ids).in_bulk() if ids else {}
    return [(d, [live[pk] for pk in d.recommendations if pk in live]) for d in dimensions]


@dataclass
class LatestResult:
    """A learner's latest result of one assessment and how the overall score moved."""

    result: AssessmentResult
    previous_overall: int | None = None
    taken: int = 1

    @property
    def change(self) -> int | None:
        if self.previous_overall is None:
            return None
        return self.result.overall - self.previous_overall


LATEST_RESULT_FIELDS = (
    "owner",
    "assessment",
    "dimension_scores",
    "overall",
    "level",
    "level_description",
    "level_index",
    "created_at",
)


def latest_results(user) -> list[LatestResult]:
    """The learner's latest result per live assessment, newest first, with the overall score
    of the result before it. Two queries whatever the number of results."""
    rows = list(
        owned_results(user)
        .filter(assessment__live=True)
        .select_related("assessment")
        # What My learning shows and recommendations read: not the answers, and of the
        # assessment page only its title (its row is wide).
        .only(*LATEST_RESULT_FIELDS, "assessment__title")
        .order_by("-created_at", "-pk")
    )
    latest: dict[int, LatestResult] = {}
    for row in rows:
        entry = latest.get(row.assessment_id)
        if entry is None:
            latest[row.assessment_id] = LatestResult(row)
        else:
            if entry.previous_overall is None:
                entry.previous_overall = row.overall
            entry.taken += 1
    return list(latest.values())


def recommended_pages(user, latest: list[LatestResult] | None = None) -> list[Recommendation]:
    """Courses and lessons recommended by the low dimensions of ``user``'s latest results,
    without duplicates, in the order the assessments and trainers list them; each carries
    the names of the dimensions that asked for it."""
    if latest is None:
        latest = latest_results(user)
    if not latest:
        return []
    pages = AssessmentPage.objects.filter(pk__in=[e.result.assessment_id for e in latest])
    by_id = {page.pk: page for page in pages}
    wanted: dict[int, list[str]] = {}
    for entry in latest:
        page = by_id.get(entry.result.assessment_id)
        if page is None:
            continue
        by_dimension = page.recommendation_ids()
        for score in entry.result.scores:
            if not score.is_low:
                continue
            for pk in by_dimension.get(score.id, []):
                reasons = wanted.setdefault(pk, [])
                if score.name not in reasons:
                    reasons.append(score.name)
    if not wanted:
        return []
    # The cards show titles and addresses: a lesson's body is never needed here.
    live = Page.objects.live().public().filter(pk__in=wanted).defer_streamfields().specific()
    live = {page.pk: page for page in live}
    return [Recommendation(live[pk], reasons) for pk, reasons in wanted.items() if pk in live]
