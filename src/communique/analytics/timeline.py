"""A dyad's chronology: its canonical events in date order, each with one evidence sentence.

This is the analyst's chronology (the list a desk officer writes by hand from clippings):
when, who to whom, what, who reported it, and the words that show it.  The evidence is the
sentence of the *first-reported* mention, so the citation points at the earliest source.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

import pandas as pd

from communique.analytics.frames import (
    DONE_MODALITIES,
    as_frame,
    dyad_mask,
    first_reported,
    is_missing,
    keep_modalities,
    require_columns,
    to_date,
    to_timestamps,
)
from communique.analytics.labels import Labels, load_labels

__all__ = ["format_date", "render_timeline", "timeline"]

_INT_FIELDS = ("num_sources", "num_articles", "num_mentions", "quad_class")


def _value(row: Mapping[str, Any], name: str) -> Any:
    value = row.get(name)
    return None if is_missing(value) else value


def _int(value: Any, default: int = 0) -> int:
    return default if is_missing(value) else int(value)


def timeline(
    canonical: pd.DataFrame,
    mentions: pd.DataFrame,
    a: str,
    b: str,
    *,
    directed: bool = False,
    include_undated: bool = False,
    modalities: Collection[str] | None = DONE_MODALITIES,
    labels: Labels | None = None,
) -> list[dict[str, Any]]:
    """The dyad's canonical events, oldest first, as plain dicts.

    Keys: ``cluster_id``, ``date`` (``datetime.date`` or ``None``), ``date_precision``,
    ``date_basis``, ``source_code``, ``source_country``, ``source``, ``target_code``,
    ``target_country``, ``target`` (readable names), ``symmetric``, ``summary``, ``cameo``,
    ``cameo_name``, ``plover``, ``plover_mode``, ``goldstein``, ``quad_class``,
    ``num_sources``, ``num_articles``, ``num_mentions``, ``outlets`` (distinct, in order of
    first publication), ``evidence`` (the first-reported mention's sentence, ``None`` when
    no mention is available), ``evidence_outlet`` and ``evidence_published``.

    Undated events cannot be placed in a chronology; with ``include_undated`` they are
    appended after the dated ones instead of dropped.  Only acts that happened are listed
    unless ``modalities`` says otherwise (``None``: all; non-asserted events are then
    tagged with their modality in ``render_timeline``).  Same-day events keep a stable order
    (earliest first report, then cluster id).
    """
    canonical = as_frame(canonical)
    mentions = as_frame(mentions) if mentions is not None else None
    require_columns(canonical, ("cluster_id", "date"), "canonical events")
    names = labels or load_labels()
    rows = canonical[dyad_mask(canonical, a, b, directed=directed)]
    rows = keep_modalities(rows, modalities)[0].reset_index(drop=True)
    if rows.empty:
        return []
    stamps = to_timestamps(rows["date"])
    reported = (
        to_timestamps(rows["first_reported"])
        if "first_reported" in rows.columns
        else pd.Series(pd.NaT, index=rows.index)
    )
    rows = rows.assign(_when=stamps, _first=reported)
    if not include_undated:
        rows = rows[rows["_when"].notna()]
    rows = rows.sort_values(["_when", "_first", "cluster_id"], na_position="last", kind="stable")
    evidence = (
        first_reported(rows, mentions).to_dict("index")
        if mentions is not None and len(mentions)
        else {}
    )
    out = []
    for row in rows.to_dict("records"):
        out.append(_entry(row, evidence.get(str(row["cluster_id"])), names))
    return out


def _entry(row: Mapping[str, Any], rep: Mapping[str, Any] | None, names: Labels) -> dict[str, Any]:
    src, tgt = _value(row, "source_code"), _value(row, "target_code")
    src_cty, tgt_cty = _value(row, "source_country"), _value(row, "target_country")
    entry: dict[str, Any] = {
        "cluster_id": str(row["cluster_id"]),
        "date": to_date(row["_when"]),
        "date_precision": _value(row, "date_precision"),
        "date_basis": _value(row, "date_basis"),
        "source_code": src,
        "source_country": src_cty,
        "source": names.short_name(src, src_cty),
        "target_code": tgt,
        "target_country": tgt_cty,
        "target": names.short_name(tgt, tgt_cty) if tgt or tgt_cty else None,
        "symmetric": bool(_value(row, "symmetric") or False),
        "modality": _value(row, "modality"),
        "summary": _value(row, "summary"),
        "cameo": _value(row, "cameo"),
        "cameo_name": _value(row, "cameo_name"),
        "plover": _value(row, "plover"),
        "plover_mode": _value(row, "plover_mode"),
        "goldstein": None if _value(row, "goldstein") is None else float(row["goldstein"]),
    }
    for name in _INT_FIELDS:
        entry[name] = _int(row.get(name))
    entry["outlets"] = list(rep["outlets"]) if rep is not None else []
    entry["evidence"] = _value(rep, "sentence") if rep is not None else None
    entry["evidence_outlet"] = _value(rep, "outlet") if rep is not None else None
    published = _value(rep, "published") if rep is not None else None
    entry["evidence_published"] = to_date(published)
    return entry


def format_date(value: date | None, precision: str | None) -> str:
    """The date as precise as it is known: ``2021-07-11``, ``2021-07`` (month), ``2021``
    (year); weeks keep the full date of their first day; ``undated`` for ``None``."""
    if value is None:
        return "undated"
    if precision == "month":
        return f"{value:%Y-%m}"
    if precision == "year":
        return f"{value:%Y}"
    return value.isoformat()


def _what(entry: dict[str, Any]) -> str:
    """The act, from the merge summary ("China → North Korea: made a visit, 2019-06-20")
    without its parties and date, which the headline already shows."""
    if entry.get("summary"):
        summary = str(entry["summary"])
        act = summary.split(": ", 1)[-1]
        return act.rsplit(", ", 1)[0] if re.search(r", [0-9u][^,]*$", act) else act
    name = entry.get("cameo_name") or "event"
    return f"{name} ({entry['cameo']})" if entry.get("cameo") else str(name)


def _headline(entry: dict[str, Any]) -> str:
    precision = entry.get("date_precision") or "unknown"
    if entry.get("date_basis") == "publication":
        precision += ", publication date"
    when = f"{format_date(entry.get('date'), entry.get('date_precision'))} ({precision})"
    arrow = "↔" if entry.get("symmetric") else "→"
    who = (
        entry["source"]
        if not entry.get("target")
        else f"{entry['source']} {arrow} {entry['target']}"
    )
    outlets = ", ".join(entry.get("outlets") or []) or "outlet unknown"
    n = int(entry.get("num_articles") or 0) or 1
    modality = entry.get("modality")
    tag = f" ({modality})" if modality and modality not in DONE_MODALITIES else ""
    return f"{when}  {who}: {_what(entry)}{tag} [{outlets}; {n} report{'s' if n != 1 else ''}]"


def render_timeline(rows: list[dict[str, Any]], *, width: int | None = 100) -> str:
    """Plain-text chronology, one block per event::

        2021-07-11 (day)  China → North Korea: treaty messages [Yonhap, Xinhua; 2 reports]
            “Xi and Kim exchanged messages ...”

    ``↔`` marks joint acts (direction carries no meaning); "(day, publication date)" warns
    that the text gave no date and the publication date stands in.  Evidence lines are
    wrapped at ``width`` characters (``None``: never wrapped).
    """
    blocks = []
    for entry in rows:
        lines = [_headline(entry)]
        if entry.get("evidence"):
            quote = f"“{' '.join(str(entry['evidence']).split())}”"
            if width:
                lines += textwrap.wrap(
                    quote, width=width, initial_indent="    ", subsequent_indent="     "
                )
            else:
                lines.append("    " + quote)
        blocks.append("\n".join(lines))
    return "\n".join(blocks) + ("\n" if blocks else "")
