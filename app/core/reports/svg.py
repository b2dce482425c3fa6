"""Charts as inline SVG: no script, no font or image to fetch; colours come from the page's CSS.

Each bar segment carries a `<title>`, which browsers show as a tooltip, so the numbers
behind a chart can be read without a script.
"""

from __future__ import annotations

import math
from html import escape
from typing import Final

from app.core.reports.model import Chart, Speak

WIDTH: Final = 960
HEIGHT: Final = 240
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 12, 44
MAX_X_LABELS: Final = 12


def nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 5 x 10^k at or above `value` (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** len(str(value - 1)) // 10  # 10^k <= value - 1 < 10^(k+1)
    return int(next(step * power for step in (1, 2, 5, 10) if step * power >= value))


def stacked_bars(chart: Chart, speak: Speak) -> str:
    """The chart as an `<svg>` element (one line per shape)."""
    title = escape(speak(chart.title))
    unit = escape(speak(chart.unit))
    count = max(1, len(chart.buckets))
    totals = [sum(s.values[i] for s in chart.series) for i in range(len(chart.buckets))]
    top = nice_ceiling(max(totals, default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / count
    bar = max(1.0, slot * 0.72)
    out = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{title}" direction="ltr">',
           f"<title>{title}</title>"]
    divisions = top if top <= 2 else (5 if top % 5 == 0 else 4)  # noqa: PLR2004 - every tick a whole number
    for k in range(divisions + 1):
        value = top * k // divisions
        y = TOP + plot_h - plot_h * k / divisions
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    for i, bucket in enumerate(chart.buckets):
        x = LEFT + slot * i + (slot - bar) / 2
        base = float(TOP + plot_h)
        for series in chart.series:
            value = series.values[i]
            if not value:
                continue
            height = plot_h * value / top
            base -= height
            tip = escape(f"{bucket}: {speak(series.name)} {value} {speak(chart.unit)}")
            out.append(f'<rect class="tone-{series.tone}" x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" '
                       f'height="{height:.1f}"><title>{tip}</title></rect>')
    step = max(1, math.ceil(count / MAX_X_LABELS))
    for i in range(0, len(chart.buckets), step):
        x = LEFT + slot * i + slot / 2
        out.append(f'<text class="axis" x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">'
                   f"{escape(chart.buckets[i])}</text>")
    out.append(f'<text class="axis" x="{LEFT}" y="{HEIGHT - 6}">{unit}</text>')
    out.append("</svg>")
    return "\n".join(out)
