"""Geometry of the result's bar chart, drawn by the server as inline SVG.

No JavaScript and no chart library: a horizontal bar per dimension, its label above it and
its score beside it, and a dashed mark where the dimension starts to count as low. The SVG
is narrow (320 units) so its text stays readable on a phone; CSS caps its width on desktop.
"""

from __future__ import annotations

from dataclasses import dataclass

from .scoring import DimensionScore

WIDTH = 320
VALUE_COLUMN = 52  # room for "100" right of the bars
BAR_WIDTH = WIDTH - VALUE_COLUMN
LABEL_HEIGHT = 18
BAR_HEIGHT = 18
ROW_GAP = 14
ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
LEGEND_HEIGHT = 26


@dataclass(frozen=True)
class Bar:
    name: str
    score: int
    is_low: bool
    label_y: int
    bar_y: int
    width: float
    threshold_x: float
    value_y: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bar_width: int
    bar_height: int
    value_x: int
    bars: list[Bar]
    legend_y: int


def _x(score: int) -> float:
    return round(BAR_WIDTH * max(0, min(score, 100)) / 100, 1)


def bar_chart(scores: list[DimensionScore]) -> Chart:
    bars = []
    for position, score in enumerate(scores):
        top = position * ROW_HEIGHT
        bar_y = top + LABEL_HEIGHT
        bars.append(
            Bar(
                name=score.name,
                score=score.score,
                is_low=score.is_low,
                label_y=top + 13,
                bar_y=bar_y,
                width=_x(score.score),
                threshold_x=_x(score.low_threshold),
                value_y=bar_y + 14,
            )
        )
    legend_y = len(scores) * ROW_HEIGHT
    return Chart(
        width=WIDTH,
        height=legend_y + LEGEND_HEIGHT,
        bar_width=BAR_WIDTH,
        bar_height=BAR_HEIGHT,
        value_x=WIDTH,
        bars=bars,
        legend_y=legend_y,
    )
