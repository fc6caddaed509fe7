from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from analytics_factories import canonical_event, canonical_frame

from communique.analytics.dyad import dyad_series, plot_dyad
from communique.analytics.svgchart import nice_ceiling


@pytest.fixture
def series() -> pd.DataFrame:
    events = canonical_frame(
        canonical_event("e1", "CHN", "PRK", date(2021, 1, 10), cameo="042"),
        canonical_event("e2", "PRK", "CHN", date(2021, 1, 20), cameo="051"),
        canonical_event("e3", "CHN", "PRK", date(2021, 4, 3), cameo="112"),
        canonical_event("e4", "CHN", "PRK", None, cameo="112"),
    )
    return dyad_series(events, "CHN", "PRK", by="month")


def test_png_is_written(series: pd.DataFrame, tmp_path: Path) -> None:
    path = plot_dyad(series, tmp_path / "d.png", "China – North Korea")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 5000


def test_svg_is_written(series: pd.DataFrame, tmp_path: Path) -> None:
    path = plot_dyad(series, tmp_path / "d.svg", "China – North Korea")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")


def test_html_is_self_contained(series: pd.DataFrame, tmp_path: Path) -> None:
    path = plot_dyad(series, tmp_path / "d.html", "China & North Korea")
    html = path.read_text(encoding="utf-8")
    assert "<svg" in html
    assert not re.search(r"https?://", html)  # no CDN, no namespace URL, nothing remote
    assert "<script" not in html
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    root = ET.fromstring(svg)  # the inline chart is well-formed XML
    assert len(root.findall(".//rect")) >= 3
    assert "China &amp; North Korea" in html  # the title is escaped
    assert "Jan 2021" in html and "Apr 2021" in html  # periods as readable labels
    assert "1 undated event" in html


def test_empty_series_still_draws(tmp_path: Path) -> None:
    events = canonical_frame(canonical_event("e1", "USA", "KOR", date(2021, 1, 1)))
    empty = dyad_series(events, "CHN", "PRK")
    for suffix in (".png", ".svg", ".html"):
        path = plot_dyad(empty, tmp_path / f"empty{suffix}", "nothing")
        assert path.stat().st_size > 0
    assert "no dated events" in (tmp_path / "empty.html").read_text(encoding="utf-8")


def test_unknown_suffix_is_refused(series: pd.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.pdf"):
        plot_dyad(series, tmp_path / "d.pdf", "x")


@pytest.mark.parametrize(
    ("value", "top", "step"), [(0, 1, 1), (3, 3, 1), (7, 8, 2), (23, 25, 5), (140, 150, 50)]
)
def test_count_axis_has_round_ticks(value: int, top: int, step: int) -> None:
    assert nice_ceiling(value) == (top, step)
