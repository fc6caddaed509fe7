"""Hand-built mention and canonical tables for the export tests (no spaCy, no DuckDB)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from communique.analytics.frames import CANONICAL_COLUMNS
from communique.exports.layouts import MENTION_COLUMNS
from communique.ontology import load_ontology


def make_mention(
    event_id: str, cluster_id: str | None, cameo: str, **overrides: Any
) -> dict[str, Any]:
    """A complete mention row (every store column) with ontology-derived codes."""
    entry = load_ontology().cameo(cameo)
    row: dict[str, Any] = {
        "event_id": event_id,
        "cluster_id": cluster_id,
        "article_id": f"art-{event_id}",
        "article_path": f"in/{event_id}.txt",
        "outlet": "Yonhap",
        "published": date(2021, 7, 12),
        "date": date(2021, 7, 11),
        "date_precision": "day",
        "date_basis": "relative",
        "source_code": "CHNGOV",
        "source_country": "CHN",
        "source_sector": "GOV",
        "source_name": "Xi Jinping",
        "target_code": "PRKGOV",
        "target_country": "PRK",
        "target_sector": "GOV",
        "target_name": "Kim Jong Un",
        "cameo": cameo,
        "cameo_root": entry.root,
        "cameo_name": entry.name,
        "plover": entry.plover,
        "plover_mode": entry.plover_mode,
        "goldstein": entry.goldstein,
        "quad_class": entry.quad_class,
        "sentence": f"Sentence of {event_id}.",
        "evidence_start": 0,
        "evidence_end": 12,
        "modality": "asserted",
        "coder": "rule.v1",
        "sentence_index": 3,
        "plover_score": None,
        "date_text": "on Sunday",
        "symmetric": False,
    }
    row.update(overrides)
    return row


def mention_frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(MENTION_COLUMNS))


def make_canonical(
    cluster_id: str, cameo: str, mention_ids: list[str], **overrides: Any
) -> dict[str, Any]:
    entry = load_ontology().cameo(cameo)
    row: dict[str, Any] = {
        "cluster_id": cluster_id,
        "source_code": "CHNGOV",
        "source_country": "CHN",
        "target_code": "PRKGOV",
        "target_country": "PRK",
        "cameo": cameo,
        "cameo_root": entry.root,
        "cameo_name": entry.name,
        "plover": entry.plover,
        "plover_mode": entry.plover_mode,
        "goldstein": entry.goldstein,
        "quad_class": entry.quad_class,
        "date": date(2021, 7, 11),
        "date_precision": "day",
        "date_basis": "relative",
        "symmetric": False,
        "modality": "asserted",
        "num_mentions": len(mention_ids),
        "num_articles": len(mention_ids),
        "num_sources": len(mention_ids),
        "first_reported": date(2021, 7, 12),
        "mention_ids": mention_ids,
        "summary": f"{entry.name} ({cluster_id})",
    }
    row.update(overrides)
    return row


def canonical_frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(CANONICAL_COLUMNS))
