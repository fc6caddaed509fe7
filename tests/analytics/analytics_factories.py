"""Hand-built canonical events and mentions for the analytics tests (no spaCy, no DuckDB)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from communique.analytics.frames import CANONICAL_COLUMNS
from communique.ontology import load_ontology


def canonical_event(
    cluster_id: str,
    source: str | None,
    target: str | None,
    when: date | str | None,
    cameo: str = "036",
    **overrides: Any,
) -> dict[str, Any]:
    """One canonical event; CAMEO-derived fields come from the packaged ontology."""
    entry = load_ontology().cameo(cameo)
    row: dict[str, Any] = {
        "cluster_id": cluster_id,
        "source_code": source,
        "source_country": source[:3] if source and not source.startswith("IGO") else None,
        "target_code": target,
        "target_country": target[:3] if target and not target.startswith("IGO") else None,
        "cameo": cameo,
        "cameo_root": entry.root,
        "cameo_name": entry.name,
        "plover": entry.plover,
        "plover_mode": entry.plover_mode,
        "goldstein": entry.goldstein,
        "quad_class": entry.quad_class,
        "date": when,
        "date_precision": "day" if when is not None else None,
        "date_basis": "explicit" if when is not None else "none",
        "symmetric": False,
        "modality": "asserted",
        "num_mentions": 1,
        "num_articles": 1,
        "num_sources": 1,
        "first_reported": when,
        "mention_ids": [],
        "summary": f"{entry.name} ({cluster_id})",
    }
    row.update(overrides)
    return row


def canonical_frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(CANONICAL_COLUMNS))


def mention(
    event_id: str,
    cluster_id: str | None,
    *,
    outlet: str,
    published: date | None,
    sentence: str,
    article_id: str | None = None,
    sentence_index: int = 0,
) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "cluster_id": cluster_id,
        "article_id": article_id or f"art-{event_id}",
        "outlet": outlet,
        "published": published,
        "sentence": sentence,
        "sentence_index": sentence_index,
    }
