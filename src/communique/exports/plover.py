"""PLOVER JSON records: one object per event, with the field names the PLOVER spec uses.

PLOVER's data-interchange chapter fixes field *names* (``id``, ``date``, ``event_type``,
``mode``, ``context``, ``actor``/``recipient`` with country and sector, ``quad_code``,
``event_scale``, ``event_text``, ``text_info``, ``cite_info``, ``coder``) and lets data sets
add named fields; communique adds its CAMEO code, Goldstein value, date precision and
provenance under their own names.  Records are JSON Lines by default (PLOVER's
recommendation) or one JSON array.

CAMEO roots 01 (statements) and 02 (appeals) have no PLOVER type.  PLOVER drops them; we
keep them with ``"event_type": null`` because statements and appeals are much of diplomatic
news, and say so in ``docs/exports.md``.  Pass ``drop_unmapped=True`` to leave them out.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd

from communique.analytics.frames import is_missing
from communique.analytics.labels import Labels, load_labels
from communique.exports.common import text_sink
from communique.ontology import Ontology, UnknownCodeError, load_ontology

log = logging.getLogger(__name__)

PLOVER_FIELDS: tuple[str, ...] = (
    "id", "date", "date_precision", "date_basis", "event_type", "mode", "context",
    "actor", "actor_text", "actor_code", "actor_country", "actor_sector",
    "recipient", "recipient_text", "recipient_code", "recipient_country", "recipient_sector",
    "quad_code", "event_scale", "cameo", "cameo_name", "cameo_quad_class", "goldstein",
    "symmetric", "num_mentions", "num_articles", "num_sources", "first_reported", "mentions",
    "summary", "event_text", "text_info", "cite_info", "coder",
)  # fmt: skip
"""Top-level keys of every record, in the order written."""

MODALITY_CONTEXTS: dict[str, str] = {
    "negated": "negation",
    "hypothetical": "hypothetical",
    "future": "future",
}
"""Mention modalities that PLOVER records as special contexts."""


def _get(row: Mapping[str, Any], name: str) -> Any:
    value = row.get(name)
    if is_missing(value):
        return None
    return value.item() if hasattr(value, "item") and not isinstance(value, str) else value


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


def _contexts(row: Mapping[str, Any], onto: Ontology) -> list[str]:
    found: list[str] = []
    try:
        found = list(onto.cameo(str(row["cameo"])).plover_context)
    except UnknownCodeError as exc:
        log.warning("event %s: no PLOVER context: %s", row["id"], exc)
    special = MODALITY_CONTEXTS.get(str(_get(row, "modality")))
    return found + ([special] if special and special not in found else [])


def _quad(kind: str | None, onto: Ontology) -> int | None:
    if kind is None:
        return None
    try:
        return onto.plover_type(kind).quad_class
    except (KeyError, UnknownCodeError):
        return None


def plover_record(row: Mapping[str, Any], *, ontology: Ontology, labels: Labels) -> dict[str, Any]:
    """One export row (``event_rows``) as a PLOVER JSON object (keys ``PLOVER_FIELDS``)."""
    kind, mode = _get(row, "plover"), _get(row, "plover_mode")
    record: dict[str, Any] = {
        "id": str(row["id"]),
        "date": _iso(row["date"]),
        "date_precision": _get(row, "date_precision"),
        "date_basis": _get(row, "date_basis"),
        "event_type": kind,
        "mode": [mode] if mode else [],
        "context": _contexts(row, ontology),
    }
    for side, role in (("source", "actor"), ("target", "recipient")):
        code, country = _get(row, f"{side}_code"), _get(row, f"{side}_country")
        record[role] = labels.formal_name(code, country) if code or country else None
        record[f"{role}_text"] = _get(row, f"{side}_name")
        record[f"{role}_code"] = code
        record[f"{role}_country"] = country
        record[f"{role}_sector"] = _get(row, f"{side}_sector")
    sentence = _get(row, "sentence")
    record.update(
        quad_code=_quad(kind, ontology),
        event_scale=_get(row, "plover_score"),
        cameo=str(row["cameo"]),
        cameo_name=_get(row, "cameo_name"),
        cameo_quad_class=int(row["quad_class"]),
        goldstein=float(row["goldstein"]),
        symmetric=bool(row["symmetric"]),
        num_mentions=_get(row, "num_mentions"),
        num_articles=_get(row, "num_articles"),
        num_sources=_get(row, "num_sources"),
        first_reported=_iso(row["first_reported"]),
        mentions=list(row["mention_ids"]) if isinstance(row["mention_ids"], list) else [],
        summary=_get(row, "summary"),
        event_text=[sentence] if sentence else [],
        text_info={
            "sequence": _get(row, "sentence_index"),
            "start": _get(row, "evidence_start"),
            "end": _get(row, "evidence_end"),
            "story_id": _get(row, "article_id"),
        },
        cite_info={
            "publication": _get(row, "outlet"),
            "url": _get(row, "url"),
            "citation": _get(row, "article_path"),
            "coder": _get(row, "coder"),
            "codebook": f"CAMEO 1.1b3 + PLOVER 2.0 (communique ontology {ontology.version})",
        },
        coder=_get(row, "coder"),
    )
    return record


def plover_records(
    rows: pd.DataFrame,
    *,
    drop_unmapped: bool = False,
    ontology: Ontology | None = None,
    labels: Labels | None = None,
) -> list[dict[str, Any]]:
    """Export rows as PLOVER records; ``drop_unmapped`` leaves out CAMEO 01/02 events."""
    onto, names = ontology or load_ontology(), labels or load_labels()
    out = []
    for row in rows.to_dict("records"):
        if drop_unmapped and is_missing(row["plover"]):
            continue
        out.append(plover_record(row, ontology=onto, labels=names))
    return out


def write_plover(
    rows: pd.DataFrame,
    dest: str | Path | IO[str],
    *,
    as_array: bool | None = None,
    drop_unmapped: bool = False,
    ontology: Ontology | None = None,
    labels: Labels | None = None,
) -> int:
    """Write PLOVER records as JSON Lines, or as one JSON array when ``as_array`` (default:
    an array exactly when the path ends in ``.json``)."""
    records = plover_records(rows, drop_unmapped=drop_unmapped, ontology=ontology, labels=labels)
    if as_array is None:
        as_array = isinstance(dest, str | Path) and Path(dest).suffix.lower() == ".json"
    with text_sink(dest) as out:
        if as_array:
            json.dump(records, out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)
