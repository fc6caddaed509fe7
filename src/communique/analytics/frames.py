"""DataFrame helpers shared by the analytics and the exports.

Analytics work on two tables: *canonical events* (one row per real-world event, produced by
the merge stage; columns ``CANONICAL_COLUMNS``) and *event mentions* (one row per coded
sentence; ``communique.types.EVENT_FIELDS`` plus the store's extra columns).  Both arrive as
pandas DataFrames read from the store, from Parquet or built by hand, so every helper here
accepts the loose types those sources produce: ``datetime.date`` objects, ISO strings or
``datetime64`` for dates; lists, tuples or NumPy arrays for ``mention_ids``; ``None`` or
``NaN`` for missing values.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd

from communique.ontology import Ontology, UnknownCodeError, load_ontology

log = logging.getLogger(__name__)

CANONICAL_COLUMNS: tuple[str, ...] = (
    "cluster_id", "source_code", "source_country", "target_code", "target_country",
    "cameo", "cameo_root", "cameo_name", "plover", "plover_mode", "goldstein", "quad_class",
    "date", "date_precision", "date_basis", "symmetric", "modality", "num_mentions", "num_articles",
    "num_sources", "first_reported", "mention_ids", "summary",
)  # fmt: skip
"""The canonical-event record written by the merge stage, in its documented order."""

DONE_MODALITIES: tuple[str, ...] = ("asserted", "reported")
"""Modalities of acts that happened.  The merge stage keeps negated, hypothetical, future,
wish and appeal mentions in clusters of their own; counting them would turn "did not attack"
into an attack, so analytics and the foreign export formats leave them out by default."""

DYAD_COLUMNS: tuple[str, ...] = ("source_code", "source_country", "target_code", "target_country")


def as_frame(table: Any) -> pd.DataFrame:
    """A pandas DataFrame from a DataFrame or a pyarrow Table (the store's read format)."""
    if isinstance(table, pd.DataFrame):
        return table
    to_pandas = getattr(table, "to_pandas", None)
    if to_pandas is None:
        raise TypeError(
            f"expected a pandas DataFrame or a pyarrow Table, not {type(table).__name__}"
        )
    return to_pandas()


def require_columns(df: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    """Fail early, naming every missing column, instead of a ``KeyError`` deep inside."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{what}: missing column(s) {', '.join(missing)}")


def is_missing(value: Any) -> bool:
    """True for ``None``, ``NaN``, ``NaT`` and ``pd.NA`` (never raises on lists)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def to_timestamps(values: pd.Series) -> pd.Series:
    """Dates of any accepted type as ``datetime64`` (midnight), ``NaT`` where missing.

    A value that cannot be read as a date becomes ``NaT`` with a warning: analytics treat it
    like an undated event rather than failing the whole report.
    """
    out = pd.to_datetime(values, errors="coerce", format="mixed")
    bad = out.isna() & values.notna()
    if bad.any():
        log.warning(
            "%d value(s) in %r are not dates: %r",
            bad.sum(),
            values.name,
            values[bad].head(3).tolist(),
        )
    if getattr(out.dt, "tz", None) is not None:
        out = out.dt.tz_convert(None)
    return out.dt.normalize()


def to_date(value: Any) -> date | None:
    """One value as a ``datetime.date`` (``None`` when missing or not a date)."""
    if is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # datetime -> date
    stamp = pd.to_datetime(value, errors="coerce")
    return None if pd.isna(stamp) else stamp.date()


def list_cell(value: Any) -> list[Any]:
    """A list-valued cell (``mention_ids``) as a list; ``None``/``NaN`` -> ``[]``."""
    if value is None or (isinstance(value, float | str) and is_missing(value)):
        return []
    if isinstance(value, str):
        return [value]
    try:
        return list(value)
    except TypeError:
        return [value]


def _upper(values: pd.Series) -> pd.Series:
    return values.astype("string").str.upper().fillna("")


def keep_modalities(
    df: pd.DataFrame, modalities: Iterable[str] | None = DONE_MODALITIES
) -> tuple[pd.DataFrame, int]:
    """``(rows whose modality is in modalities, number left out)``.

    Rows without a ``modality`` column or value are kept (canonical tables from older
    stores have none); ``modalities=None`` keeps everything.
    """
    if modalities is None or "modality" not in df.columns:
        return df, 0
    wanted = set(modalities)
    keep = df["modality"].isna() | df["modality"].isin(wanted)
    return df[keep], int((~keep).sum())


def party_mask(df: pd.DataFrame, party: str, side: str) -> pd.Series:
    """Rows whose ``side`` (``source``/``target``) actor is ``party``.

    ``party`` matches the side's country code exactly or its actor code as a prefix, so
    ``"PRK"`` covers ``PRK``, ``PRKGOV`` and ``PRKMED``, ``"PRKMIL"`` only the military, and
    ``"IGO"`` every intergovernmental organisation.  Case does not matter.
    """
    want = party.strip().upper()
    if not want:
        raise ValueError("a dyad party must be a non-empty code")
    country = _upper(df[f"{side}_country"]) == want
    code = _upper(df[f"{side}_code"]).str.startswith(want)
    return (country | code).astype(bool)


def dyad_mask(df: pd.DataFrame, a: str, b: str, *, directed: bool = False) -> pd.Series:
    """Rows of the dyad ``a``-``b``.

    Undirected: either direction.  Directed: ``a`` acts on ``b``; a *symmetric* event (a
    joint statement, a meeting) counts in both directions because its stored direction is
    an accident of word order.
    """
    require_columns(df, DYAD_COLUMNS, "dyad")
    forward = party_mask(df, a, "source") & party_mask(df, b, "target")
    backward = party_mask(df, b, "source") & party_mask(df, a, "target")
    if not directed:
        return forward | backward
    if "symmetric" in df.columns:
        symmetric = df["symmetric"].fillna(False).astype(bool)
        return forward | (backward & symmetric)
    return forward


def plover_scores(df: pd.DataFrame, ontology: Ontology | None = None) -> pd.Series:
    """The PLOVER score of each row: the ``plover_score`` column where it has a value, else
    the ontology's score for ``(plover, plover_mode)``; ``NaN`` for rows with no PLOVER type
    (CAMEO roots 01/02) and, with a warning, for a type the ontology does not know."""
    if "plover_score" in df.columns:
        scores = pd.to_numeric(df["plover_score"], errors="coerce").astype(float)
    else:
        scores = pd.Series(math.nan, index=df.index, dtype=float)
    if "plover" not in df.columns:
        return scores
    todo = (scores.isna() & df["plover"].notna()).to_numpy()
    if todo.any():
        onto = ontology or load_ontology()
        kinds = df["plover"].to_numpy()
        modes = df["plover_mode"].to_numpy() if "plover_mode" in df.columns else [None] * len(df)
        known: dict[tuple[str, str | None], float] = {}
        values = scores.to_numpy(copy=True)
        for pos in todo.nonzero()[0]:
            key = (str(kinds[pos]), None if is_missing(modes[pos]) else str(modes[pos]))
            if key not in known:
                try:
                    found = onto.plover_score(*key)
                except UnknownCodeError as exc:
                    log.warning("PLOVER type %s: no score: %s", key[0], exc)
                    found = None
                known[key] = math.nan if found is None else float(found)
            values[pos] = known[key]
        scores = pd.Series(values, index=df.index, dtype=float)
    return scores


def memberships(canonical: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Each mention joined to the canonical event it supports (one row per pair).

    Membership is the union of the canonical event's ``mention_ids`` and the mentions'
    own ``cluster_id``, so either side alone is enough.
    """
    require_columns(canonical, ("cluster_id",), "canonical events")
    require_columns(mentions, ("event_id",), "event mentions")
    pairs = []
    if "mention_ids" in canonical.columns:
        ids = canonical[["cluster_id"]].assign(event_id=canonical["mention_ids"].map(list_cell))
        pairs.append(ids.explode("event_id").dropna(subset=["event_id"]))
    if "cluster_id" in mentions.columns:
        own = mentions.loc[mentions["cluster_id"].notna(), ["cluster_id", "event_id"]]
        pairs.append(own[own["cluster_id"].isin(canonical["cluster_id"])])
    if not pairs:
        return pd.DataFrame(columns=["cluster_id", *mentions.columns])
    links = pd.concat(pairs, ignore_index=True).astype(str).drop_duplicates()
    body = mentions.drop(columns=["cluster_id"], errors="ignore").astype({"event_id": str})
    return links.merge(body, on="event_id", how="inner")


def first_reported(canonical: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """For each canonical event, its first-reported mention, indexed by ``cluster_id``.

    "First reported" is the earliest publication date; ties go to the article id, then the
    earliest sentence, so the choice is reproducible.  An ``outlets`` column lists the
    distinct outlets of all supporting mentions in order of first publication: the
    evidence an analyst cites.
    """
    members = memberships(canonical, mentions)
    if members.empty:
        return members.set_index("cluster_id").assign(outlets=pd.Series(dtype=object))
    members = members.assign(
        _pub=to_timestamps(members["published"]) if "published" in members else pd.NaT,
        _sent=members.get("sentence_index", 0),
    )
    keys = [
        "cluster_id",
        "_pub",
        *(k for k in ("article_id",) if k in members),
        "_sent",
        "event_id",
    ]
    ordered = members.sort_values(keys, na_position="last", kind="stable")
    outlets: dict[str, list[str]] = {}
    if "outlet" in ordered.columns:
        for cluster, outlet in zip(ordered["cluster_id"], ordered["outlet"], strict=True):
            seen = outlets.setdefault(cluster, [])
            if not is_missing(outlet) and outlet not in seen:
                seen.append(outlet)
    rep = ordered.drop_duplicates("cluster_id").drop(columns=["_pub", "_sent"])
    rep = rep.set_index("cluster_id")
    rep["outlets"] = [outlets.get(c, []) for c in rep.index]
    return rep
