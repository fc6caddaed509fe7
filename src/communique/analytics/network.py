"""Who acts, and which pairs interact most: the actor table and the strongest dyads.

These answer the first questions about a new corpus ("who is in here?", "which
relationships dominate?") before anyone draws a time series.  Both count canonical events,
so a story syndicated to forty outlets counts once.
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from communique.analytics.frames import (
    DONE_MODALITIES,
    as_frame,
    is_missing,
    keep_modalities,
    require_columns,
)
from communique.analytics.labels import Labels, load_labels
from communique.ontology import QUAD_CLASS_NAMES

__all__ = ["actor_table", "strongest_dyads"]

ACTOR_COLUMNS: tuple[str, ...] = ("actor", "name", "country", "as_source", "as_target", "total")
DYAD_TABLE_COLUMNS: tuple[str, ...] = (
    "a", "b", "a_name", "b_name", "n_events", "goldstein_mean",
    "quad1", "quad2", "quad3", "quad4", "dominant_quad", "dominant_quad_name",
)  # fmt: skip


def _clean(values: pd.Series) -> pd.Series:
    """Codes as upper-case strings with missing values as ``None`` (``---`` is no code)."""
    text = values.astype("string").str.strip().str.upper()
    cleaned = [None if is_missing(v) or v in ("", "---") else str(v) for v in text]
    return pd.Series(cleaned, index=values.index, dtype=object)


def actor_table(
    canonical: pd.DataFrame,
    top: int = 20,
    *,
    modalities: Collection[str] | None = DONE_MODALITIES,
    labels: Labels | None = None,
) -> pd.DataFrame:
    """The ``top`` actors (full actor codes) by number of canonical events they take part
    in, with counts as source and as target, their country and a readable name.  Ties are
    broken by code so the table is stable."""
    canonical = keep_modalities(as_frame(canonical), modalities)[0]
    require_columns(canonical, ("source_code", "target_code"), "canonical events")
    names = labels or load_labels()
    sides = []
    for side in ("source", "target"):
        codes = _clean(canonical[f"{side}_code"])
        country = (
            _clean(canonical[f"{side}_country"])
            if f"{side}_country" in canonical.columns
            else pd.Series(None, index=canonical.index, dtype=object)
        )
        sides.append(pd.DataFrame({"actor": codes, "country": country, "side": side}))
    long = pd.concat(sides, ignore_index=True).dropna(subset=["actor"])
    if long.empty:
        return pd.DataFrame(columns=list(ACTOR_COLUMNS))
    counts = long.groupby(["actor", "side"]).size().unstack("side", fill_value=0)
    counts = counts.reindex(columns=["source", "target"], fill_value=0)
    country = (
        long.dropna(subset=["country"]).groupby("actor")["country"].agg(lambda s: s.mode().iloc[0])
    )
    table = pd.DataFrame(
        {
            "actor": counts.index,
            "as_source": counts["source"].to_numpy(dtype="int64"),
            "as_target": counts["target"].to_numpy(dtype="int64"),
        }
    )
    table["country"] = table["actor"].map(country).astype(object)
    table["country"] = table["country"].where(table["country"].notna(), None)
    table["total"] = table["as_source"] + table["as_target"]
    table["name"] = [
        names.short_name(a, c) for a, c in zip(table["actor"], table["country"], strict=True)
    ]
    table = table.sort_values(["total", "actor"], ascending=[False, True], kind="stable")
    return table[list(ACTOR_COLUMNS)].head(top).reset_index(drop=True)


def _party(df: pd.DataFrame, side: str, level: str) -> pd.Series:
    code = _clean(df[f"{side}_code"])
    if level == "actor":
        return code
    country = _clean(df[f"{side}_country"]) if f"{side}_country" in df else code
    return pd.Series(
        [c if c is not None else k for c, k in zip(country, code, strict=True)],
        index=df.index,
        dtype=object,
    )


def strongest_dyads(
    canonical: pd.DataFrame,
    top: int = 20,
    *,
    level: str = "country",
    domestic: bool = False,
    modalities: Collection[str] | None = DONE_MODALITIES,
    labels: Labels | None = None,
) -> pd.DataFrame:
    """Undirected pairs ranked by number of canonical events between them.

    ``level="country"`` pairs countries (an actor without a country, such as ``IGOUNO``,
    stands for itself); ``level="actor"`` pairs full actor codes.  Events with no target
    are not dyadic and are left out, as are domestic pairs (both sides the same) unless
    ``domestic=True``.  Columns: ``a``, ``b`` (alphabetical), names, ``n_events``,
    ``goldstein_mean``, ``quad1``..``quad4`` and the dominant QuadClass (most events; a tie
    goes to the lower class number).
    """
    if level not in ("country", "actor"):
        raise ValueError(f"level {level!r}: use 'country' or 'actor'")
    canonical = keep_modalities(as_frame(canonical), modalities)[0]
    require_columns(
        canonical, ("source_code", "target_code", "goldstein", "quad_class"), "canonical events"
    )
    names = labels or load_labels()
    left, right = _party(canonical, "source", level), _party(canonical, "target", level)
    pairs = pd.DataFrame(
        {
            "a": [min(x, y) if x and y else None for x, y in zip(left, right, strict=True)],
            "b": [max(x, y) if x and y else None for x, y in zip(left, right, strict=True)],
            "goldstein": pd.to_numeric(canonical["goldstein"], errors="coerce").to_numpy(),
            "quad": pd.to_numeric(canonical["quad_class"], errors="coerce").to_numpy(),
        }
    ).dropna(subset=["a", "b"])
    if not domestic:
        pairs = pairs[pairs["a"] != pairs["b"]]
    if pairs.empty:
        return pd.DataFrame(columns=list(DYAD_TABLE_COLUMNS))
    grouped = pairs.groupby(["a", "b"])
    table = grouped.agg(n_events=("quad", "size"), goldstein_mean=("goldstein", "mean"))
    for q in (1, 2, 3, 4):
        table[f"quad{q}"] = (
            (pairs["quad"] == q).groupby([pairs["a"], pairs["b"]]).sum().astype("int64")
        )
    quads = table[[f"quad{q}" for q in (1, 2, 3, 4)]]
    table["dominant_quad"] = quads.to_numpy().argmax(axis=1) + 1  # argmax: first (lowest) on ties
    table["dominant_quad_name"] = table["dominant_quad"].map(QUAD_CLASS_NAMES)
    table = table.reset_index()
    table["a_name"] = [names.short_name(code) for code in table["a"]]
    table["b_name"] = [names.short_name(code) for code in table["b"]]
    table = table.sort_values(["n_events", "a", "b"], ascending=[False, True, True], kind="stable")
    return table[list(DYAD_TABLE_COLUMNS)].head(top).reset_index(drop=True)
