"""The members chart of a cluster initiative: geometry computed here, drawn as SVG by
the template, so the page needs no script and no chart library.

The chart is an image with a title and a text summary for screen readers; the table of
indicators beside it holds every number.
"""

import math
from dataclasses import dataclass

from django.utils.translation import gettext as _

WIDTH = 640
HEIGHT = 320
LEFT = 48
RIGHT = 16
TOP = 24
BOTTOM = 40
# Bottom to top in each bar, with the CSS class suffix that colours them.
SERIES = (
    ("enterprises", "enterprises"),
    ("research", "research_institutions"),
    ("others", "other_members"),
)


@dataclass(frozen=True)
class Segment:
    series: str
    value: int
    y: float
    height: float


@dataclass(frozen=True)
class Bar:
    year: int
    total: int
    x: float
    width: float
    segments: list[Segment]
    top: float

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Tick:
    value: int
    y: float


@dataclass(frozen=True)
class MembersChart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    baseline: float
    bars: list[Bar]
    ticks: list[Tick]
    legend: list[tuple[str, str]]
    summary: str


def members_chart(indicators) -> MembersChart:
    """A stacked bar per year: enterprises, R&D institutions and other members.
    `indicators` are ClusterIndicator rows in year order, at least one."""
    largest = max(row.members_total for row in indicators)
    step = _axis_step(largest)
    top_value = max(step * math.ceil(largest / step), step)
    plot_height = HEIGHT - TOP - BOTTOM
    baseline = HEIGHT - BOTTOM

    def y_of(value: float) -> float:
        return baseline - plot_height * value / top_value

    slot = (WIDTH - LEFT - RIGHT) / len(indicators)
    bar_width = min(slot * 0.6, 56)
    bars = []
    for position, row in enumerate(indicators):
        segments, stacked = [], 0
        for css, field in SERIES:
            value = getattr(row, field)
            segments.append(
                Segment(
                    css,
                    value,
                    y=round(y_of(stacked + value), 1),
                    height=round(y_of(stacked) - y_of(stacked + value), 1),
                )
            )
            stacked += value
        x = LEFT + slot * position + (slot - bar_width) / 2
        bars.append(
            Bar(
                row.year,
                row.members_total,
                round(x, 1),
                round(bar_width, 1),
                segments,
                round(y_of(stacked), 1),
            )
        )
    ticks = [
        Tick(value, round(y_of(value), 1)) for value in range(0, top_value + 1, step)
    ]
    return MembersChart(
        WIDTH,
        HEIGHT,
        LEFT,
        WIDTH - RIGHT,
        baseline,
        bars,
        ticks,
        legend=[
            ("enterprises", _("enterprises")),
            ("research", _("R&D institutions")),
            ("others", _("other members")),
        ],
        summary=_summary(indicators),
    )


def _summary(indicators) -> str:
    first, last = indicators[0], indicators[-1]
    if first is last:
        trend = _("%(total)s members in %(year)s") % {
            "total": last.members_total,
            "year": last.year,
        }
    else:
        trend = _(
            "from %(first)s members in %(first_year)s to %(last)s in %(last_year)s"
        ) % {
            "first": first.members_total,
            "first_year": first.year,
            "last": last.members_total,
            "last_year": last.year,
        }
    split = _(
        "in %(year)s: %(enterprises)s enterprises, %(research)s R&D institutions, "
        "%(others)s other members"
    ) % {
        "year": last.year,
        "enterprises": last.enterprises,
        "research": last.research_institutions,
        "others": last.other_members,
    }
    return f"{trend}; {split}."


def _axis_step(value: int) -> int:
    """The smallest round step (1, 2, 2.5 or 5 times a power of ten, whole) that
    divides 0–value into at most five intervals."""
    magnitude = 1
    while True:
        for factor in (1, 2, 2.5, 5):
            step = factor * magnitude
            if step == int(step) and math.ceil(value / step) <= 5:
                return int(step)
        magnitude *= 10
