"""Scoring: dimension shares, the weighted overall score, levels, and monotonicity."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.assessments import scoring, validation
from content.assessments.scoring import Assessment, Dimension, Level, Option, Question

LEVELS = (Level(0, "Starting"), Level(50, "Growing"), Level(80, "Ready"))


def q(qid, *scores):
    return Question(qid, f"Question {qid}", tuple(Option(f"{qid}-{s}", str(s), s) for s in scores))


ASSESSMENT = Assessment(
    dimensions=(
        Dimension("d1", "Pricing", 2, 50, (q("a", 0, 1, 2, 3), q("b", 0, 3))),
        Dimension("d2", "Payments", 1, 60, (q("c", 0, 1, 2),)),
    ),
    levels=LEVELS,
)


def test_dimension_share_weighted_mean_and_level():
    outcome = scoring.score(ASSESSMENT, {"a": "a-2", "b": "b-3", "c": "c-0"})
    # Pricing: (2 + 3) / (3 + 3) = 83.3 -> 83; Payments 0; overall (83.33*2 + 0) / 3 = 55.6
    assert [(d.name, d.score, d.is_low) for d in outcome.dimensions] == [
        ("Pricing", 83, False),
        ("Payments", 0, True),
    ]
    assert outcome.overall == 56
    assert (outcome.level.label, outcome.level_index) == ("Growing", 1)
    assert outcome.low_dimension_ids == ["d2"]


def test_level_thresholds_are_inclusive_and_the_top_needs_the_top():
    assert scoring.level_for(LEVELS, 0)[1].label == "Starting"
    assert scoring.level_for(LEVELS, 49)[1].label == "Starting"
    assert scoring.level_for(LEVELS, 50)[1].label == "Growing"
    assert scoring.level_for(LEVELS, 100)[1].label == "Ready"
    best = scoring.score(ASSESSMENT, {"a": "a-3", "b": "b-3", "c": "c-2"})
    assert (best.overall, best.level.label, best.low_dimension_ids) == (100, "Ready", [])


def test_half_points_round_up():
    one = Assessment((Dimension("d", "D", 1, 50, (q("x", 0, 1, 8),)),), LEVELS)
    assert scoring.score(one, {"x": "x-1"}).dimensions[0].score == 13  # 12.5 -> 13


def test_missing_or_foreign_answers_are_refused():
    with pytest.raises(scoring.IncompleteAnswers) as missing:
        scoring.score(ASSESSMENT, {"a": "a-1", "b": "b-0"})
    assert missing.value.question_ids == ["c"]
    with pytest.raises(scoring.IncompleteAnswers) as foreign:
        scoring.score(ASSESSMENT, {"a": "a-1", "b": "c-0", "c": "c-0"})
    assert foreign.value.question_ids == ["b"]


def test_validation_names_the_question_dimension_and_level():
    broken = Assessment(
        dimensions=(
            Dimension("d1", "Pricing", 0, 50, (q("a", 2),)),
            Dimension("d2", "Logistics", 1, 120, (q("b", 0, 0),)),
        ),
        levels=(Level(10, "Low"), Level(10, "High")),
    )
    assert validation.assessment_problems(broken) == [
        "Dimension “Pricing”: the weight must be more than 0.",
        "Question “Question a” needs at least 2 answer options.",
        "Dimension “Logistics”: the “scores low below” value must be 0 to 100.",
        "Question “Question b”: give its best answer more than 0 points.",
        "The first level, “Low”, must start at 0 so every score has a level.",
        "Level “High” must start above “Low” (10): list levels from lowest to highest.",
    ]
    assert validation.assessment_problems(ASSESSMENT) == []


# --- Monotonicity: a better answer never lowers the overall score or the level -----------

questions = st.lists(st.integers(0, 10), min_size=2, max_size=4).filter(lambda s: max(s) > 0)


@st.composite
def assessments_and_answers(draw):
    dimensions = []
    for d in range(draw(st.integers(1, 4))):
        scores_per_question = draw(st.lists(questions, min_size=1, max_size=3))
        dimensions.append(
            Dimension(
                f"d{d}",
                f"Dimension {d}",
                draw(st.integers(1, 5)),
                draw(st.integers(0, 100)),
                tuple(q(f"{d}.{n}", *scores) for n, scores in enumerate(scores_per_question)),
            )
        )
    thresholds = sorted(draw(st.sets(st.integers(1, 100), max_size=4)))
    levels = tuple(Level(t, f"L{t}") for t in [0, *thresholds])
    assessment = Assessment(tuple(dimensions), levels)
    answers = {
        question.id: draw(st.sampled_from(question.options)).id for question in assessment.questions
    }
    target = draw(st.sampled_from(assessment.questions))
    current = target.option(answers[target.id])
    better = draw(st.sampled_from([o for o in target.options if o.score >= current.score]))
    return assessment, answers, target.id, better.id


@given(assessments_and_answers())
def test_a_better_answer_never_lowers_the_score_or_the_level(case):
    assessment, answers, question_id, better_option = case
    before = scoring.score(assessment, answers)
    after = scoring.score(assessment, {**answers, question_id: better_option})
    assert after.overall >= before.overall
    assert after.level_index >= before.level_index
    assert after.level.threshold >= before.level.threshold
    for old, new in zip(before.dimensions, after.dimensions, strict=True):
        assert new.score >= old.score
