"""What every export format shares: one flat row per exported event, ids, cells, sinks.

Every format is written from the same *export rows* (``event_rows``): one per canonical
event when canonical events are given (the de-duplicated data set, with names, sectors,
sentence and outlet taken from the first-reported mention), else one per event mention.
Building them once means the ICEWS, GDELT and PLOVER files of one data set always agree
with each other.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd

from communique.analytics.frames import (
    DONE_MODALITIES,
    as_frame,
    first_reported,
    is_missing,
    keep_modalities,
    list_cell,
    memberships,
    plover_scores,
    require_columns,
    to_date,
)
from communique.analytics.labels import Labels, load_labels
from communique.ontology import Ontology

log = logging.getLogger(__name__)

LEAD_SENTENCES = 2
"""Sentences 0 and 1 of an article count as its lead (GDELT's ``IsRootEvent``)."""

ID_BITS = 53
"""Integer ids fit in 53 bits so that spreadsheets and JavaScript keep them exact."""

ROW_COLUMNS: tuple[str, ...] = (
    "id", "level", "date", "date_precision", "date_basis",
    "source_code", "source_country", "source_sector", "source_name",
    "target_code", "target_country", "target_sector", "target_name",
    "cameo", "cameo_root", "cameo_name", "plover", "plover_mode", "plover_score",
    "goldstein", "quad_class", "symmetric", "modality",
    "num_mentions", "num_articles", "num_sources", "first_reported", "mention_ids", "summary",
    "sentence", "sentence_index", "evidence_start", "evidence_end",
    "article_id", "article_path", "outlet", "url", "coder", "is_lead",
)  # fmt: skip
"""The columns of ``event_rows``; every format documents how it maps them."""

INT_COLUMNS: tuple[str, ...] = (
    "quad_class", "num_mentions", "num_articles", "num_sources",
    "sentence_index", "evidence_start", "evidence_end",
)  # fmt: skip
"""Integer columns of ``event_rows`` (nullable ``Int64``: no ``3.0`` for a sentence index)."""

_MENTION_REQUIRED = ("event_id", "cameo", "goldstein", "quad_class")
_CANONICAL_REQUIRED = ("cluster_id", "cameo", "goldstein", "quad_class")


def stable_int_id(text: str) -> int:
    """A positive integer derived from an id string (BLAKE2b, 53 bits), the same on every
    run and machine, for formats whose event ids are integers (GDELT, ICEWS).  Use it to
    join an export back to ``cluster_id``/``event_id``."""
    digest = hashlib.blake2b(str(text).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & ((1 << ID_BITS) - 1)


def cell(value: Any) -> str:
    """One value as a TSV cell: empty for missing, ``1``/``0`` for booleans, floats without
    trailing zeros, and tabs/newlines replaced by spaces (GDELT/ICEWS files are unquoted)."""
    if is_missing(value):
        return ""
    if hasattr(value, "item") and not isinstance(value, str):  # NumPy scalar -> Python
        value = value.item()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if math.isfinite(value) else ""
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).replace("\t", " ").splitlines()) if value != "" else ""


def _value(row: Mapping[str, Any] | None, name: str) -> Any:
    if row is None:
        return None
    value = row.get(name)
    return None if is_missing(value) else value


def _int(value: Any, default: int | None = None) -> int | None:
    return default if is_missing(value) else int(value)


def _urls(articles: pd.DataFrame | None) -> dict[str, str]:
    if articles is None or "url" not in articles.columns or "article_id" not in articles.columns:
        return {}
    known = articles.dropna(subset=["url"])
    return dict(zip(known["article_id"].astype(str), known["url"].astype(str), strict=True))


def _evidence(rep: Mapping[str, Any] | None, urls: dict[str, str]) -> dict[str, Any]:
    article = _value(rep, "article_id")
    return {
        "sentence": _value(rep, "sentence"),
        "sentence_index": _int(_value(rep, "sentence_index")),
        "evidence_start": _int(_value(rep, "evidence_start")),
        "evidence_end": _int(_value(rep, "evidence_end")),
        "article_id": article,
        "article_path": _value(rep, "article_path"),
        "outlet": _value(rep, "outlet"),
        "url": urls.get(str(article)) if article is not None else None,
        "coder": _value(rep, "coder"),
    }


def _sides(row: Mapping[str, Any], rep: Mapping[str, Any] | None, names: Labels) -> dict[str, Any]:
    """Actor fields of a canonical event: codes from the event, name and sector from the
    first-reported mention when it has the same codes (swapped when the merge stage stored
    the pair the other way round), else the sector read off the code."""
    out: dict[str, Any] = {}
    flipped = (
        rep is not None
        and _value(rep, "source_code") == _value(row, "target_code")
        and _value(rep, "target_code") == _value(row, "source_code")
        and _value(rep, "source_code") != _value(rep, "target_code")
    )
    for side, rep_side in (
        ("source", "target" if flipped else "source"),
        ("target", "source" if flipped else "target"),
    ):
        code, country = _value(row, f"{side}_code"), _value(row, f"{side}_country")
        same = rep is not None and _value(rep, f"{rep_side}_code") == code
        sector = _value(rep, f"{rep_side}_sector") if same else None
        out[f"{side}_code"] = code
        out[f"{side}_country"] = country
        out[f"{side}_sector"] = sector or names.split(code, country)[1]
        out[f"{side}_name"] = _value(rep, f"{rep_side}_name") if same else None
    return out


def _common(row: Mapping[str, Any], score: float) -> dict[str, Any]:
    return {
        "date": to_date(row.get("date")),
        "date_precision": _value(row, "date_precision"),
        "date_basis": _value(row, "date_basis"),
        "cameo": str(row["cameo"]),
        "cameo_root": _value(row, "cameo_root") or str(row["cameo"])[:2],
        "cameo_name": _value(row, "cameo_name"),
        "plover": _value(row, "plover"),
        "plover_mode": _value(row, "plover_mode"),
        "plover_score": None if math.isnan(score) else score,
        "goldstein": float(row["goldstein"]),
        "quad_class": int(row["quad_class"]),
        "symmetric": bool(_value(row, "symmetric") or False),
    }


def _canonical_rows(
    canonical: pd.DataFrame,
    mentions: pd.DataFrame,
    urls: dict[str, str],
    names: Labels,
    onto: Ontology | None,
) -> list[dict[str, Any]]:
    require_columns(canonical, _CANONICAL_REQUIRED, "canonical events")
    canonical = canonical.reset_index(drop=True)
    have_mentions = mentions is not None and len(mentions) > 0
    reps = first_reported(canonical, mentions).to_dict("index") if have_mentions else {}
    lead: set[str] = set()
    if have_mentions and "sentence_index" in mentions.columns:
        members = memberships(canonical, mentions)
        in_lead = pd.to_numeric(members["sentence_index"], errors="coerce") < LEAD_SENTENCES
        lead = set(members.loc[in_lead, "cluster_id"])
    scores = plover_scores(canonical, onto)
    rows = []
    for pos, row in enumerate(canonical.to_dict("records")):
        cid = str(row["cluster_id"])
        rep = reps.get(cid)
        record: dict[str, Any] = {"id": cid, "level": "canonical"}
        record.update(_common(row, float(scores.iloc[pos])))
        record.update(_sides(row, rep, names))
        record.update(
            modality=_value(row, "modality"),
            num_mentions=_int(row.get("num_mentions"), 1),
            num_articles=_int(row.get("num_articles"), 1),
            num_sources=_int(row.get("num_sources"), 1),
            first_reported=to_date(row.get("first_reported")) or to_date(_value(rep, "published")),
            mention_ids=[str(m) for m in list_cell(row.get("mention_ids"))],
            summary=_value(row, "summary"),
            is_lead=cid in lead,
        )
        record.update(_evidence(rep, urls))
        rows.append(record)
    return rows


def _mention_rows(
    mentions: pd.DataFrame, urls: dict[str, str], names: Labels, onto: Ontology | None
) -> list[dict[str, Any]]:
    require_columns(mentions, _MENTION_REQUIRED, "event mentions")
    mentions = mentions.reset_index(drop=True)
    scores = plover_scores(mentions, onto)
    rows = []
    for pos, row in enumerate(mentions.to_dict("records")):
        record: dict[str, Any] = {"id": str(row["event_id"]), "level": "mention"}
        record.update(_common(row, float(scores.iloc[pos])))
        for side in ("source", "target"):
            code, country = _value(row, f"{side}_code"), _value(row, f"{side}_country")
            record[f"{side}_code"] = code
            record[f"{side}_country"] = country
            record[f"{side}_sector"] = (
                _value(row, f"{side}_sector") or names.split(code, country)[1]
            )
            record[f"{side}_name"] = _value(row, f"{side}_name")
        index = _int(_value(row, "sentence_index"))
        record.update(
            modality=_value(row, "modality"),
            num_mentions=1,
            num_articles=1,
            num_sources=1,
            first_reported=to_date(row.get("published")),
            mention_ids=[str(row["event_id"])],
            summary=None,
            is_lead=index is not None and index < LEAD_SENTENCES,
        )
        record.update(_evidence(row, urls))
        rows.append(record)
    return rows


def event_rows(
    mentions: pd.DataFrame | None,
    canonical: pd.DataFrame | None = None,
    *,
    articles: pd.DataFrame | None = None,
    labels: Labels | None = None,
    modalities: Collection[str] | None = DONE_MODALITIES,
    ontology: Ontology | None = None,
) -> pd.DataFrame:
    """The rows every format is written from (columns ``ROW_COLUMNS``): one per canonical
    event when ``canonical`` is given, else one per mention.  ``articles`` (with
    ``article_id`` and ``url``) supplies source URLs.  Only acts that happened are exported
    unless ``modalities`` says otherwise (``None``: every modality)."""
    names = labels or load_labels()
    mentions = as_frame(mentions) if mentions is not None else None
    canonical = as_frame(canonical) if canonical is not None else None
    urls = _urls(as_frame(articles) if articles is not None else None)
    empty = pd.DataFrame(columns=["event_id"])
    if canonical is not None:
        canonical, dropped = keep_modalities(canonical, modalities)
        rows = _canonical_rows(
            canonical, mentions if mentions is not None else empty, urls, names, ontology
        )
    elif mentions is not None:
        mentions, dropped = keep_modalities(mentions, modalities)
        rows = _mention_rows(mentions, urls, names, ontology)
    else:
        raise ValueError("export: give event mentions, canonical events or both")
    if dropped:
        log.info(
            "left out %d event(s) that did not happen (modality not in %s)", dropped, modalities
        )
    frame = pd.DataFrame(rows, columns=list(ROW_COLUMNS))
    return frame.astype(dict.fromkeys(INT_COLUMNS, "Int64"))


@contextmanager
def text_sink(dest: str | Path | IO[str]) -> Iterator[IO[str]]:
    """A path opened for UTF-8 text with ``\\n`` line ends, or a text stream as it is."""
    if isinstance(dest, str | Path):
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
    elif isinstance(dest, io.BufferedIOBase | io.RawIOBase):
        wrapper = io.TextIOWrapper(dest, encoding="utf-8", newline="\n", write_through=True)
        try:
            yield wrapper
        finally:
            wrapper.detach()
    else:
        yield dest


def write_tsv(
    rows: list[list[Any]], dest: str | Path | IO[str], header: tuple[str, ...] | None = None
) -> int:
    """Unquoted tab-separated lines, as the GDELT and ICEWS distributions are."""
    with text_sink(dest) as out:
        if header is not None:
            out.write("\t".join(header) + "\n")
        for values in rows:
            out.write("\t".join(cell(v) for v in values) + "\n")
    return len(rows)
