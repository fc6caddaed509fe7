"""A dyad chart as plain SVG inside a self-contained HTML page.

Written by hand instead of with a charting library so that the page needs nothing from the
network (no script, no CDN, no web font) and still reads well: stacked QuadClass bars, the
Goldstein mean as a line on its own axis, a legend, hover tooltips (SVG ``<title>``) and the
numbers in a table under the chart for people who want to copy them.
"""

from __future__ import annotations

import math
from html import escape

import pandas as pd

from communique.analytics.plot import GOLDSTEIN_COLOUR, QUAD_COLOURS, period_labels, tick_step
from communique.ontology import QUAD_CLASS_NAMES

WIDTH, HEIGHT = 960, 440
LEFT, RIGHT, TOP, BOTTOM = 60, 70, 56, 86


def nice_ceiling(value: float) -> tuple[int, int]:
    """``(axis maximum, tick step)`` for a count axis: 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1, 1
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    return int(math.ceil(value / step) * step), step


def _fmt(value: object, digits: int = 2) -> str:
    number = pd.to_numeric(pd.Series([value]), errors="coerce").iloc[0]
    if pd.isna(number):
        return "–"
    if float(number).is_integer() and digits == 0:
        return str(int(number))
    return f"{float(number):.{digits}f}"


def _bars(series: pd.DataFrame, labels: list[str], ymax: int) -> list[str]:
    n = len(series)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(n, 1)
    out: list[str] = []
    for i, (_, row) in enumerate(series.iterrows()):
        x = LEFT + i * slot + slot * 0.1
        y_base = TOP + plot_h
        parts = [f"{QUAD_CLASS_NAMES[q]} {int(row[f'quad{q}'])}" for q in (1, 2, 3, 4)]
        tip = f"{labels[i]}: {int(row['n_events'])} events; " + ", ".join(parts)
        tip += f"; Goldstein mean {_fmt(row.get('goldstein_mean'))}"
        out.append(f"<g><title>{escape(tip)}</title>")
        for q in (1, 2, 3, 4):
            h = plot_h * int(row[f"quad{q}"]) / ymax
            if h > 0:
                y_base -= h
                out.append(
                    f'<rect x="{x:.1f}" y="{y_base:.1f}" width="{slot * 0.8:.1f}" '
                    f'height="{h:.1f}" fill="{QUAD_COLOURS[q]}"/>'
                )
        out.append(
            f'<rect x="{LEFT + i * slot:.1f}" y="{TOP}" width="{slot:.1f}" height="{plot_h}" '
            'fill="transparent"/></g>'
        )
    return out


def _goldstein(series: pd.DataFrame) -> list[str]:
    """The Goldstein-mean line, broken where a period has no events (its mean is unknown)."""
    n = len(series)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(n, 1)
    means = pd.to_numeric(series["goldstein_mean"], errors="coerce").tolist() if n else []
    path: list[str] = []
    dots: list[str] = []
    pen_down = False
    for i, mean in enumerate(means):
        if pd.isna(mean):
            pen_down = False
            continue
        x = LEFT + (i + 0.5) * slot
        y = TOP + plot_h * (10 - float(mean)) / 20
        path.append(f"{'L' if pen_down else 'M'}{x:.1f},{y:.1f}")
        dots.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{GOLDSTEIN_COLOUR}"/>')
        pen_down = True
    line = (
        f'<path d="{" ".join(path)}" fill="none" stroke="{GOLDSTEIN_COLOUR}" stroke-width="1.8"/>'
        if path
        else ""
    )
    return [line, *dots]


def _axes(series: pd.DataFrame, labels: list[str], ymax: int, ystep: int) -> list[str]:
    n = len(series)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    bottom, right = TOP + plot_h, LEFT + plot_w
    out = [
        f'<line x1="{LEFT}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#444"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="#444"/>',
        f'<line x1="{right}" y1="{TOP}" x2="{right}" y2="{bottom}" stroke="{GOLDSTEIN_COLOUR}"/>',
    ]
    for value in range(0, ymax + 1, ystep):
        y = bottom - plot_h * value / ymax
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    for value in (-10, -5, 0, 5, 10):
        y = TOP + plot_h * (10 - value) / 20
        out.append(
            f'<text x="{right + 6}" y="{y + 4:.1f}" fill="{GOLDSTEIN_COLOUR}">{value:+d}</text>'
        )
    zero = TOP + plot_h / 2
    out.append(
        f'<line x1="{LEFT}" y1="{zero}" x2="{right}" y2="{zero}" stroke="{GOLDSTEIN_COLOUR}" '
        'stroke-dasharray="2,3" opacity="0.6"/>'
    )
    slot = plot_w / max(n, 1)
    for i in range(0, n, tick_step(n)):
        x = LEFT + (i + 0.5) * slot
        out.append(
            f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="end" '
            f'transform="rotate(-40 {x:.1f} {bottom + 14})">{escape(labels[i])}</text>'
        )
    mid = TOP + plot_h / 2
    out.append(
        f'<text x="16" y="{mid}" transform="rotate(-90 16 {mid})" text-anchor="middle">'
        "canonical events</text>"
    )
    out.append(
        f'<text x="{WIDTH - 12}" y="{mid}" transform="rotate(90 {WIDTH - 12} {mid})" '
        f'text-anchor="middle" fill="{GOLDSTEIN_COLOUR}">Goldstein mean</text>'
    )
    return out


def _legend() -> list[str]:
    out, x = [], LEFT
    for q in (1, 2, 3, 4):
        out.append(
            f'<rect x="{x}" y="{TOP - 22}" width="12" height="12" fill="{QUAD_COLOURS[q]}"/>'
        )
        out.append(f'<text x="{x + 16}" y="{TOP - 12}">{escape(QUAD_CLASS_NAMES[q])}</text>')
        x += 30 + 7 * len(QUAD_CLASS_NAMES[q])
    out.append(
        f'<line x1="{x}" y1="{TOP - 16}" x2="{x + 18}" y2="{TOP - 16}" '
        f'stroke="{GOLDSTEIN_COLOUR}" stroke-width="2"/>'
    )
    out.append(f'<text x="{x + 24}" y="{TOP - 12}">Goldstein mean</text>')
    return out


def dyad_svg(series: pd.DataFrame, title: str) -> str:
    """The chart as one ``<svg>`` element (no namespace URL: it is meant for inline HTML)."""
    labels = period_labels(series["period"], series.attrs.get("by"))
    totals = [int(v) for v in series["n_events"]] if len(series) else []
    ymax, ystep = nice_ceiling(max(totals, default=0))
    body = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-label="{escape(title)}" font-family="sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
        *_legend(),
        *_axes(series, labels, ymax, ystep),
        *_bars(series, labels, ymax),
        *_goldstein(series),
    ]
    if not len(series):
        body.append(
            f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">no dated events</text>'
        )
    body.append("</svg>")
    return "\n".join(body)


def _table(series: pd.DataFrame) -> str:
    labels = period_labels(series["period"], series.attrs.get("by"))
    counts = ["n_events", "quad1", "quad2", "quad3", "quad4"]
    rates = [c for c in series.columns if c.endswith("_per_100_articles") and c.startswith("n_")]
    head = ["period", "events", *(QUAD_CLASS_NAMES[q] for q in (1, 2, 3, 4))]
    head += ["Goldstein mean", "PLOVER score sum", *(["events per 100 articles"] if rates else [])]
    rows = []
    for label, (_, row) in zip(labels, series.iterrows(), strict=True):
        cells = [escape(label), *(_fmt(row[c], 0) for c in counts)]
        cells += [_fmt(row.get("goldstein_mean")), _fmt(row.get("plover_score_sum"), 1)]
        cells += [_fmt(row[rates[0]])] if rates else []
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    header = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr>"
    return f"<table>\n<thead>{header}</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"


def dyad_html(series: pd.DataFrame, title: str) -> str:
    """A complete HTML page: heading, the inline SVG chart, a note on undated events, and
    the series as a table.  Nothing is loaded from anywhere."""
    undated = int(series.attrs.get("undated", 0))
    note = (
        f"<p>{undated} undated event{'s' if undated != 1 else ''} could not be placed in a "
        "period and are not shown.</p>"
        if undated
        else ""
    )
    style = (
        "body{font-family:sans-serif;margin:2em;color:#222}"
        "table{border-collapse:collapse;font-size:13px;margin-top:1em}"
        "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
        "th{background:#f3f3f3}td:first-child{text-align:left}"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n{dyad_svg(series, title)}\n{note}\n{_table(series)}\n"
        "</body>\n</html>\n"
    )
