"""Dyadic time series: how two actors treated each other, period by period.

The unit is the *canonical event* (one real-world event however many outlets reported it),
so a summit covered by forty articles counts once.  Each period carries counts by QuadClass
and by PLOVER type, the Goldstein sum and mean, and the PLOVER-score sum, the series that
event-data studies build by hand.  Counts depend on how much news there is, so a series can
be normalised by the number of articles read per period (``articles_per_period``).

>>> series = dyad_series(canonical, "CHN", "PRK", by="quarter")    # doctest: +SKIP
>>> plot_dyad(series, "chn-prk.png", "China - North Korea")       # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from communique.analytics.frames import (
    DONE_MODALITIES,
    as_frame,
    dyad_mask,
    keep_modalities,
    plover_scores,
    require_columns,
    to_timestamps,
)
from communique.analytics.plot import plot_dyad
from communique.ontology import Ontology, load_ontology

__all__ = ["PERIODS", "articles_per_period", "dyad_series", "period_starts", "plot_dyad"]

PERIODS: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
"""Period name -> pandas period frequency.  Weeks end on Sunday, so they start on Monday
(ISO 8601); quarters start in January, April, July and October."""

QUADS: tuple[int, ...] = (1, 2, 3, 4)
RATE_SUFFIX = "_per_100_articles"


def _freq(by: str) -> str:
    freq = PERIODS.get(by)
    if freq is None:
        raise ValueError(f"period {by!r}: use one of {', '.join(PERIODS)}")
    return freq


def period_starts(stamps: pd.Series, by: str) -> pd.Series:
    """The first day of the period holding each timestamp (``NaT`` stays ``NaT``)."""
    return stamps.dt.to_period(_freq(by)).dt.start_time


def _full_range(starts: pd.Series, by: str) -> pd.DatetimeIndex:
    """Every period from the first to the last, so that quiet periods show as zeros."""
    periods = pd.period_range(starts.min(), starts.max(), freq=_freq(by))
    return pd.DatetimeIndex(periods.start_time, name="period")


def articles_per_period(articles: pd.DataFrame, by: str = "month") -> pd.Series:
    """Articles published per period (by ``published``), the denominator for rates.

    Articles without a publication date are left out and counted in
    ``result.attrs["undated"]``; an article listed twice (same ``article_id``) counts once.
    """
    articles = as_frame(articles)
    require_columns(articles, ("published",), "articles")
    if "article_id" in articles.columns:
        articles = articles.drop_duplicates("article_id")
    stamps = to_timestamps(articles["published"])
    dated = stamps.dropna()
    if dated.empty:
        out = pd.Series(dtype="int64", name="articles", index=pd.DatetimeIndex([], name="period"))
    else:
        starts = period_starts(dated, by)
        out = starts.value_counts().reindex(_full_range(starts, by), fill_value=0)
        out = out.astype("int64").rename("articles")
    out.attrs["undated"] = int(stamps.isna().sum())
    return out


def _plover_order(present: set[str], ontology: Ontology) -> list[str]:
    """PLOVER types in the ontology's order (cooperation first), unknown names last."""
    known = [t for t in ontology.plover_types if t in present]
    return known + sorted(present - set(known))


def _aggregate(rows: pd.DataFrame, starts: pd.Series, types: list[str]) -> pd.DataFrame:
    quad = pd.to_numeric(rows["quad_class"], errors="coerce")
    gold = pd.to_numeric(rows["goldstein"], errors="coerce").astype(float)
    columns: dict[str, pd.Series] = {"n_events": pd.Series(1, index=rows.index)}
    for q in QUADS:
        columns[f"quad{q}"] = (quad == q).astype("int64")
    plover = rows["plover"] if "plover" in rows.columns else pd.Series(None, index=rows.index)
    for kind in types:
        columns[f"plover_{kind}"] = (plover == kind).astype("int64")
    frame = pd.DataFrame(columns, index=rows.index)
    grouped = frame.groupby(starts.values)
    out = grouped.sum()
    out["goldstein_sum"] = gold.groupby(starts.values).sum()
    out["goldstein_mean"] = gold.groupby(starts.values).mean()
    scores = rows["_plover_score"]
    out["plover_score_sum"] = scores.groupby(starts.values).sum()
    out["plover_score_mean"] = scores.groupby(starts.values).mean()
    return out


def _rates(out: pd.DataFrame, normalise_by: pd.Series, by: str) -> pd.DataFrame:
    """Add ``articles`` and per-100-articles rates; a period with no article count gets
    ``NaN`` rates (unknown), never a division by zero."""
    stamps = to_timestamps(pd.Series(normalise_by.index, dtype=object))
    values = pd.to_numeric(pd.Series(normalise_by.to_numpy()), errors="coerce")
    known = stamps.notna()
    totals = values[known].groupby(period_starts(stamps[known], by).values).sum()
    articles = totals.reindex(out.index)
    out["articles"] = articles
    denominator = articles.where(articles > 0)
    counted = ["n_events", *(c for c in out.columns if c.startswith(("quad", "plover_")))]
    for col in counted:
        if col.startswith("plover_score"):
            continue
        out[col + RATE_SUFFIX] = 100.0 * out[col] / denominator
    return out


def dyad_series(
    canonical: pd.DataFrame,
    a: str,
    b: str,
    *,
    by: str = "month",
    directed: bool = False,
    normalise_by: pd.Series | None = None,
    modalities: Collection[str] | None = DONE_MODALITIES,
    ontology: Ontology | None = None,
) -> pd.DataFrame:
    """One row per period between the dyad's first and last dated event, gaps zero-filled.

    ``a`` and ``b`` match a country code or an actor-code prefix (see ``party_mask``);
    ``directed=False`` counts both directions.  Columns: ``period`` (first day), ``n_events``,
    ``quad1``..``quad4``, ``plover_<TYPE>`` for each PLOVER type present, ``goldstein_sum``,
    ``goldstein_mean``, ``plover_score_sum``, ``plover_score_mean`` (means are ``NaN`` in
    empty periods: no events is not the same as neutral events) and, with
    ``normalise_by`` (articles per period, e.g. from ``articles_per_period``), ``articles``
    and ``<count>_per_100_articles`` for every count column.

    Undated events cannot be placed in a period: they are left out and counted in
    ``result.attrs["undated"]``.  Only acts that happened are counted (``modalities``,
    default asserted and reported); the dyad's negated, hypothetical, future, wished-for and
    appealed-for events are counted in ``result.attrs["other_modality"]``.
    """
    freq = _freq(by)
    canonical = as_frame(canonical)
    require_columns(canonical, ("date", "quad_class", "goldstein"), "canonical events")
    rows = canonical[dyad_mask(canonical, a, b, directed=directed)]
    rows, other = keep_modalities(rows, modalities)
    rows = rows.reset_index(drop=True)
    stamps = to_timestamps(rows["date"]) if len(rows) else pd.Series(dtype="datetime64[ns]")
    dated = stamps.notna()
    rows, stamps = rows[dated], stamps[dated]
    onto = ontology or load_ontology()
    types = _plover_order(set(rows["plover"].dropna()) if "plover" in rows else set(), onto)
    base = ["n_events", *(f"quad{q}" for q in QUADS), *(f"plover_{t}" for t in types)]
    base += ["goldstein_sum", "goldstein_mean", "plover_score_sum", "plover_score_mean"]
    if rows.empty:
        out = pd.DataFrame(columns=base, index=pd.DatetimeIndex([], name="period"))
    else:
        rows = rows.assign(_plover_score=plover_scores(rows, onto))
        starts = period_starts(stamps, by)
        out = _aggregate(rows, starts, types).reindex(_full_range(starts, by))
        counts = [c for c in base if not c.startswith(("goldstein", "plover_score"))]
        out[counts] = out[counts].fillna(0).astype("int64")
        out[["goldstein_sum", "plover_score_sum"]] = out[
            ["goldstein_sum", "plover_score_sum"]
        ].fillna(0.0)
        out = out[base]
    if normalise_by is not None:
        out = _rates(out, normalise_by, by)
    result = out.rename_axis("period").reset_index()
    result.attrs.update(
        undated=int((~dated).sum()),
        other_modality=other,
        a=a,
        b=b,
        by=by,
        freq=freq,
        directed=directed,
    )
    return result
