"""Geometry of the dashboard's charts, drawn by the server as inline SVG (no JavaScript).

As in the self-assessment chart (content/assessments/chart.py), Python computes positions
and the templates (reports/includes/chart_*.html) draw them. Every chart draws published
cells only: a suppressed cell is a gap in a line or a bar replaced by its "fewer than 10"
text, never a shape whose size would give the hidden number away. Each chart is followed by
its table, which is the accessible version of the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from .disclosure import grouped
from .services import Table

WIDTH = 560
# Series are told apart by dash pattern and marker shape as well as colour (WCAG 1.4.1).
SERIES_STYLES = (
    ("#005a70", "", "circle"),
    ("#b3400a", "6 3", "square"),
    ("#3d6b00", "2 3", "diamond"),
    ("#6b2c91", "10 3 2 3", "triangle"),
)


def nice_ceiling(value: float) -> int:
    """The smallest 1, 2, 2.5 or 5 × 10^n at or above ``value`` (at least 10)."""
    value = max(float(value), 10.0)
    step = 1
    while True:
        for factor in (1, 2, 2.5, 5):
            if factor * step >= value:
                return int(factor * step)
        step *= 10


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Series:
    label: str
    colour: str
    dash: str
    marker: str
    segments: list[str]  # SVG polyline point lists, split where a value is suppressed
    points: list[Point]
    legend_y: float


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    left: int
    top: int
    plot_width: int
    plot_height: int
    ticks: list[Tick]
    x_labels: list[Point]
    series: list[Series]
    legend_x: int
    bottom: int


def line_chart(table: Table) -> LineChart | None:
    """A time series: one line per column, months along the bottom."""
    if not table.rows:
        return None
    left, top, plot_width, plot_height = 52, 12, 360, 180
    legend_x = left + plot_width + 16
    values = [c.value for row in table.rows for c in row.cells if c.value is not None]
    top_value = nice_ceiling(max(values, default=0))
    count = len(table.rows)

    def x(i):
        return round(left + (plot_width * (i + 0.5) / count), 1)

    def y(v):
        return round(top + plot_height - plot_height * v / top_value, 1)

    ticks = [Tick(y(top_value * k / 4), grouped(round(top_value * k / 4))) for k in range(5)]
    every = max(1, (count + 5) // 6)
    x_labels = [Point(x(i), top + plot_height + 16, row.label) for i, row in enumerate(table.rows)]
    x_labels = x_labels[::every]
    series = []
    for s, column in enumerate(table.columns):
        colour, dash, marker = SERIES_STYLES[s % len(SERIES_STYLES)]
        segments, current, points = [], [], []
        for i, row in enumerate(table.rows):
            cell = row.cells[s]
            if cell.value is None:
                if current:
                    segments.append(" ".join(current))
                current = []
                continue
            point = Point(x(i), y(cell.value), cell.display)
            points.append(point)
            current.append(f"{point.x},{point.y}")
        if current:
            segments.append(" ".join(current))
        series.append(
            Series(column.label, colour, dash, marker, segments, points, top + 8 + 22 * s)
        )
    return LineChart(
        width=WIDTH,
        height=top + plot_height + 30,
        left=left,
        top=top,
        plot_width=plot_width,
        plot_height=plot_height,
        ticks=ticks,
        x_labels=x_labels,
        series=series,
        legend_x=legend_x,
        bottom=top + plot_height,
    )


@dataclass(frozen=True)
class Bar:
    label: str
    display: str
    suppressed: bool
    label_y: int
    bar_y: int
    width: float
    x: float = 0


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    bar_height: int
    value_x: int
    measure: str
    bars: list[Bar]


LABEL_HEIGHT, BAR_HEIGHT, ROW_GAP = 18, 16, 10
BAR_AREA = WIDTH - 120  # room right of the bars for "fewer than 10"


def measure_column(table: Table) -> int:
    """The column a bar chart shows: "Enrolled" where there is one, else the first."""
    keys = [c.key for c in table.columns]
    return keys.index("enrolled") if "enrolled" in keys else 0


def bar_chart(table: Table, column: int | None = None) -> BarChart | None:
    """Horizontal bars for one column of a breakdown, each row's label above its bar."""
    if not table.rows:
        return None
    column = measure_column(table) if column is None else column
    cells = [row.cells[column] for row in table.rows]
    top_value = max((c.value for c in cells if c.value is not None), default=0) or 1
    bars = []
    for i, (row, cell) in enumerate(zip(table.rows, cells, strict=True)):
        top = i * (LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP)
        width = 0 if cell.value is None else round(BAR_AREA * cell.value / top_value, 1)
        bars.append(
            Bar(row.label, cell.display, cell.suppressed, top + 13, top + LABEL_HEIGHT, width)
        )
    height = len(bars) * (LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP)
    return BarChart(WIDTH, height, BAR_HEIGHT, BAR_AREA + 8, table.columns[column].label, bars)


def funnel_chart(table: Table) -> BarChart | None:
    """The funnel: centred bars, each as wide as its stage's share of the first stage."""
    chart = bar_chart(table, 0)
    if chart is None:
        return None
    first = table.rows[0].cells[0].value or max(
        (row.cells[0].value or 0 for row in table.rows), default=1
    )
    bars = []
    for row, bar in zip(table.rows, chart.bars, strict=True):
        value = row.cells[0].value
        width = 0 if value is None else round(BAR_AREA * min(value / (first or 1), 1), 1)
        bars.append(
            Bar(
                bar.label,
                bar.display,
                bar.suppressed,
                bar.label_y,
                bar.bar_y,
                width,
                x=round((BAR_AREA - width) / 2, 1),
            )  # fmt: skip
        )
    return BarChart(chart.width, chart.height, chart.bar_height, chart.value_x, chart.measure, bars)


def chart_for(table: Table):
    """The chart a table is drawn as: ("line" | "funnel" | "bars", geometry or None)."""
    if table.chart == "line":
        return "line", line_chart(table)
    if table.chart == "funnel":
        return "funnel", funnel_chart(table)
    return "bars", bar_chart(table)
