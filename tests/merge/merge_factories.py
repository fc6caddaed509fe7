"""Hand-built event mentions for merge tests: no spaCy, no coder."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from communique.ontology import load_ontology
from communique.types import EventMention

_SENTENCE = "China and North Korea pledged to deepen their cooperation in a letter."


def mention(
    *,
    article: str = "a1",
    outlet: str | None = "Yonhap",
    published: date | None = date(2021, 7, 23),
    when: date | None = date(2021, 7, 23),
    precision: str | None = "day",
    basis: str = "explicit",
    source: str | None = "CHNGOV",
    target: str | None = "PRKGOV",
    cameo: str = "030",
    sentence: str = _SENTENCE,
    sentence_index: int = 0,
    modality: str = "asserted",
    symmetric: bool = False,
    event_id: str | None = None,
    **overrides: Any,
) -> EventMention:
    """An ``EventMention`` with country and code fields filled in consistently.

    ``source``/``target`` are actor codes whose first three letters are the country
    (``IGO...`` codes get no country, as the actor resolver does).
    """
    entry = load_ontology().cameo(cameo)

    def country(code: str | None) -> str | None:
        return None if code is None or code.startswith("IGO") else code[:3]

    if event_id is None:
        key = "|".join(
            map(str, (article, sentence_index, cameo, source, target, when, sentence, modality))
        )
        event_id = hashlib.sha1(key.encode()).hexdigest()[:16]
    fields: dict[str, Any] = {
        "event_id": event_id,
        "article_id": article,
        "article_path": f"in/{article}.txt",
        "outlet": outlet,
        "published": published,
        "date": when,
        "date_precision": precision if when is not None else None,
        "date_basis": basis if when is not None else "none",
        "source_code": source,
        "source_country": country(source),
        "source_sector": None,
        "source_name": source,
        "target_code": target,
        "target_country": country(target),
        "target_sector": None,
        "target_name": target,
        "cameo": cameo,
        "cameo_root": entry.root,
        "cameo_name": entry.name,
        "plover": entry.plover,
        "plover_mode": entry.plover_mode,
        "goldstein": entry.goldstein,
        "quad_class": entry.quad_class,
        "sentence": sentence,
        "evidence_start": 0,
        "evidence_end": len(sentence),
        "modality": modality,
        "coder": "test",
        "sentence_index": sentence_index,
        "symmetric": symmetric,
    }
    fields.update(overrides)
    return EventMention(**fields)
