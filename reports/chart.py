"""The "reports filed over time" chart as inline SVG geometry.

Drawn on the server so the page needs no JavaScript library and no CDN (the
users' networks are closed): the template only places the rectangles.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from reports.timeline import PeriodCount

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 12, 28


@dataclass(frozen=True)
class Bar:
    label: str  # "4月" / "2024-04"
    period: str
    x: float
    width: float
    center: float
    on_time: int
    late: int
    on_time_y: float
    on_time_h: float
    late_y: float
    late_h: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[tuple[float, int]]  # (y, value)
    baseline: float
    left: int
    right_edge: int


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if value <= step * 4:
            return step * 4
    return value


def reports_chart(counts: list[PeriodCount]) -> Chart:
    """Stacked bars per month: on-time below, late on top."""
    top = _nice_max(max((c.total for c in counts), default=0) or 1)
    plot_h = HEIGHT - TOP - BOTTOM
    plot_w = WIDTH - LEFT - RIGHT
    slot = plot_w / max(len(counts), 1)
    width = min(48.0, slot * 0.6)
    baseline = TOP + plot_h
    years = {c.period[:4] for c in counts}
    bars = []
    for index, c in enumerate(counts):
        on_h = plot_h * c.on_time / top
        late_h = plot_h * c.late / top
        label = _("%(month)d月") % {"month": int(c.period[5:])} if len(years) == 1 else c.period
        bars.append(
            Bar(
                label=label,
                period=c.period,
                x=round(LEFT + slot * index + (slot - width) / 2, 1),
                width=round(width, 1),
                center=round(LEFT + slot * index + slot / 2, 1),
                on_time=c.on_time,
                late=c.late,
                on_time_y=round(baseline - on_h, 1),
                on_time_h=round(on_h, 1),
                late_y=round(baseline - on_h - late_h, 1),
                late_h=round(late_h, 1),
            )
        )
    ticks = [(round(baseline - plot_h * v / top, 1), v) for v in range(0, top + 1, top // 4)]
    return Chart(WIDTH, HEIGHT, bars, ticks, baseline, LEFT, WIDTH - RIGHT)
