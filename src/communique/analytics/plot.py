"""Charts of a dyad series: stacked QuadClass bars with the Goldstein mean on a second axis.

PNG and SVG are drawn with matplotlib through its object API (``Figure`` + the Agg canvas),
never ``pyplot``: pyplot keeps global state and may pick an interactive backend, which breaks
on servers and in worker processes.  ``.html`` gets a self-contained page with an inline
SVG drawn by ``communique.analytics.svgchart``: no script, no CDN, so it opens offline and
can be attached to an e-mail.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from communique.ontology import QUAD_CLASS_NAMES

log = logging.getLogger(__name__)

QUAD_COLOURS: dict[int, str] = {
    1: "#8cc084",  # verbal cooperation: light green
    2: "#2f7d32",  # material cooperation: dark green
    3: "#f0a04b",  # verbal conflict: orange
    4: "#c0392b",  # material conflict: red
}
GOLDSTEIN_COLOUR = "#1f3b73"
PLOT_SUFFIXES: tuple[str, ...] = (".png", ".svg", ".html")


def period_labels(periods: Sequence[pd.Timestamp] | pd.Series, by: str | None) -> list[str]:
    """Tick labels that say the period, not a midnight timestamp: ``2021-07-11`` (day),
    ``w/c 2021-07-05`` (week commencing), ``Jul 2021``, ``2021 Q3``, ``2021``."""
    stamps = [pd.Timestamp(p) for p in periods]
    if by == "week":
        return [f"w/c {p:%Y-%m-%d}" for p in stamps]
    if by == "month":
        return [f"{p:%b %Y}" for p in stamps]
    if by == "quarter":
        return [f"{p.year} Q{p.quarter}" for p in stamps]
    if by == "year":
        return [str(p.year) for p in stamps]
    return [f"{p:%Y-%m-%d}" for p in stamps]


def tick_step(n: int, most: int = 16) -> int:
    """Label every k-th bar so that at most ``most`` labels are drawn."""
    return max(1, -(-n // most))


def _check(series: pd.DataFrame) -> None:
    missing = [c for c in ("period", "quad1", "quad2", "quad3", "quad4") if c not in series]
    if missing:
        raise ValueError(f"dyad series: missing column(s) {', '.join(missing)}")


def _draw_matplotlib(series: pd.DataFrame, path: Path, title: str) -> None:
    from matplotlib.artist import Artist
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    by = series.attrs.get("by")
    n = len(series)
    fig = Figure(figsize=(max(8.0, min(16.0, 0.35 * n + 4)), 5.0), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    x = list(range(n))
    bottom = [0] * n
    for q in (1, 2, 3, 4):
        heights = [int(v) for v in series[f"quad{q}"]]
        ax.bar(x, heights, bottom=bottom, color=QUAD_COLOURS[q], width=0.8, label=None)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("canonical events")
    ax.set_xlabel(f"period ({by or 'date'})")
    ax.set_ylim(0, max([*bottom, 1]) * 1.05)
    ax.yaxis.get_major_locator().set_params(integer=True)
    step = tick_step(n)
    labels = period_labels(series["period"], by)
    ax.set_xticks(
        x[::step], labels[::step], rotation=45 if n > 6 else 0, ha="right" if n > 6 else "center"
    )
    ax.set_xlim(-0.6, max(n - 0.4, 0.6))
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)

    twin = ax.twinx()
    means = pd.to_numeric(series.get("goldstein_mean"), errors="coerce") if n else []
    twin.plot(x, list(means), color=GOLDSTEIN_COLOUR, marker="o", markersize=4, linewidth=1.6)
    twin.axhline(0, color=GOLDSTEIN_COLOUR, linewidth=0.8, linestyle=":", alpha=0.6)
    twin.set_ylim(-10.5, 10.5)
    twin.set_ylabel("Goldstein mean (−10 conflict … +10 cooperation)", color=GOLDSTEIN_COLOUR)
    twin.tick_params(axis="y", colors=GOLDSTEIN_COLOUR)

    handles: list[Artist] = [
        Patch(color=QUAD_COLOURS[q], label=QUAD_CLASS_NAMES[q]) for q in (1, 2, 3, 4)
    ]
    handles.append(Line2D([], [], color=GOLDSTEIN_COLOUR, marker="o", label="Goldstein mean"))
    ncols = 5 if fig.get_figwidth() >= 11 else 3
    fig.legend(handles=handles, loc="outside lower center", fontsize=9, ncols=ncols, frameon=False)
    if n == 0:
        ax.text(0.5, 0.5, "no dated events", transform=ax.transAxes, ha="center", va="center")
    undated = series.attrs.get("undated", 0)
    note = f"  ({undated} undated event{'s' if undated != 1 else ''} not shown)" if undated else ""
    fig.suptitle(title + note)
    fig.savefig(path, dpi=120)


def plot_dyad(series: pd.DataFrame, path: str | Path, title: str) -> Path:
    """Draw ``series`` (from ``dyad_series``) to ``path``; the suffix picks the format:
    ``.png`` and ``.svg`` via matplotlib, ``.html`` as a self-contained page with an inline
    SVG chart and the numbers as a table.  Returns the path written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PLOT_SUFFIXES:
        raise ValueError(
            f"{path}: cannot draw a chart as {suffix or 'no suffix'!r}; use .png, .svg or .html"
        )
    _check(series)
    if suffix == ".html":
        from communique.analytics.svgchart import dyad_html

        path.write_text(dyad_html(series, title), encoding="utf-8")
    else:
        _draw_matplotlib(series, path, title)
    log.info("wrote %s (%d periods)", path, len(series))
    return path
