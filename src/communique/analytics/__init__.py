"""Analyses over coded events: dyad time series, chronologies and the actor network.

Pure functions over pandas DataFrames of canonical events (``CANONICAL_COLUMNS``, from the
merge stage) and event mentions (``communique.types.EVENT_FIELDS`` plus the store's extra
columns); they never touch the store, so they work as well on a Parquet export as on a live
database.  The CLI commands ``dyad``, ``timeline`` and ``actors`` are thin wrappers.
"""

from __future__ import annotations

from communique.analytics.dyad import PERIODS, articles_per_period, dyad_series, period_starts
from communique.analytics.frames import CANONICAL_COLUMNS, dyad_mask, first_reported, party_mask
from communique.analytics.labels import Labels, load_labels
from communique.analytics.network import actor_table, strongest_dyads
from communique.analytics.plot import plot_dyad
from communique.analytics.timeline import render_timeline, timeline

__all__ = [
    "CANONICAL_COLUMNS",
    "PERIODS",
    "Labels",
    "actor_table",
    "articles_per_period",
    "dyad_mask",
    "dyad_series",
    "first_reported",
    "load_labels",
    "party_mask",
    "period_starts",
    "plot_dyad",
    "render_timeline",
    "strongest_dyads",
    "timeline",
]
