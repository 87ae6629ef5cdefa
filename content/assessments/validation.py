"""What makes a self-assessment scorable, as messages a trainer can act on.

The editor's blocks (``blocks.py``) and the page's ``clean()`` both call these functions, so a
page saved from the admin, from code or from ``load_demo`` obeys the same rules. Each message
names the dimension or question it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .scoring import Assessment, Dimension, Level, Question

MIN_OPTIONS = 2


def question_problems(question: Question) -> list[str]:
    """A question needs two or more options, and at least one worth points."""
    problems = []
    name = question.text or _("(untitled question)")
    if len(question.options) < MIN_OPTIONS:
        problems.append(
            ngettext(
                "Question “%(question)s” needs at least %(n)d answer option.",
                "Question “%(question)s” needs at least %(n)d answer options.",
                MIN_OPTIONS,
            )
            % {"question": name, "n": MIN_OPTIONS}
        )
    elif question.best_score <= 0:
        problems.append(
            _("Question “%(question)s”: give its best answer more than 0 points.")
            % {"question": name}
        )
    for option in question.options:
        if option.score < 0:
            problems.append(
                _("Question “%(question)s”: option “%(option)s” cannot score below 0.")
                % {"question": name, "option": option.label}
            )
    return problems


def dimension_problems(dimension: Dimension) -> dict[str, list[str]]:
    """Problems with a dimension's own fields, keyed by field name ("weight", …)."""
    name = dimension.name or _("(untitled dimension)")
    problems: dict[str, list[str]] = {}
    if dimension.weight <= 0:
        problems["weight"] = [
            _("Dimension “%(dimension)s”: the weight must be more than 0.") % {"dimension": name}
        ]
    if not 0 <= dimension.low_threshold <= 100:
        problems["low_threshold"] = [
            _("Dimension “%(dimension)s”: the “scores low below” value must be 0 to 100.")
            % {"dimension": name}
        ]
    if not dimension.questions:
        problems["questions"] = [
            _("Dimension “%(dimension)s” needs at least one question.") % {"dimension": name}
        ]
    return problems


def level_problems(levels: Sequence[Level]) -> list[str]:
    """Levels need thresholds that start at 0, rise in the order listed and stay within 100."""
    if not levels:
        return [_("Add at least one maturity level, starting at 0.")]
    problems = []
    if levels[0].threshold != 0:
        problems.append(
            _("The first level, “%(level)s”, must start at 0 so every score has a level.")
            % {"level": levels[0].label}
        )
    for before, after in zip(levels, levels[1:], strict=False):
        if after.threshold <= before.threshold:
            problems.append(
                _(
                    "Level “%(level)s” must start above “%(before)s” (%(threshold)d): "
                    "list levels from lowest to highest."
                )
                % {"level": after.label, "before": before.label, "threshold": before.threshold}
            )
    for level in levels:
        if not 0 <= level.threshold <= 100:
            problems.append(
                _("Level “%(level)s”: the threshold must be 0 to 100.") % {"level": level.label}
            )
    return problems


def assessment_problems(assessment: Assessment) -> list[str]:
    """Every problem of a whole assessment, for the page's ``clean()``."""
    problems = []
    if not assessment.dimensions:
        problems.append(_("Add at least one dimension with its questions."))
    for dimension in assessment.dimensions:
        for messages in dimension_problems(dimension).values():
            problems += messages
        for question in dimension.questions:
            problems += question_problems(question)
    problems += level_problems(assessment.levels)
    return problems
