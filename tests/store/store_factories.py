"""Hand-built records for store tests: no spaCy, no other stage's code."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from typing import Any

from communique.types import Article, CleaningAction, EventMention


def article_id_for(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(text: str = "Seoul protested to Pyongyang.", **overrides: Any) -> Article:
    fields: dict[str, Any] = {
        "article_id": article_id_for(text),
        "path": "in/a.txt",
        "fmt": "txt",
        "raw_text": "SHARE THIS\n" + text,
        "text": text,
        "title": "A title",
        "outlet": "Example Wire",
        "published": date(2024, 3, 5),
        "published_time": "09:30",
        "published_basis": "header",
        "byline": "By A. Writer",
        "dateline": "SEOUL",
        "url": "https://example.org/a",
        "doc_id": "doc-1",
        "cleaning": (
            CleaningAction("share_widget", "social sharing buttons", "SHARE THIS"),
            CleaningAction("whitespace", "collapsed runs of spaces", ""),
        ),
        "warnings": ("no byline found",),
    }
    fields.update(overrides)
    return Article(**fields)


def make_event(article: Article, n: int = 0, **overrides: Any) -> EventMention:
    fields: dict[str, Any] = {
        "event_id": f"{article.article_id}-{n}",
        "article_id": article.article_id,
        "article_path": article.path,
        "outlet": article.outlet,
        "published": article.published,
        "date": date(2024, 3, 4),
        "date_precision": "day",
        "date_basis": "relative",
        "source_code": "KORGOV",
        "source_country": "KOR",
        "source_sector": "GOV",
        "source_name": "Seoul",
        "target_code": "PRKGOV",
        "target_country": "PRK",
        "target_sector": "GOV",
        "target_name": "Pyongyang",
        "cameo": "111",
        "cameo_root": "11",
        "cameo_name": "Criticize or denounce",
        "plover": "ACCUSE",
        "plover_mode": None,
        "goldstein": -2.0,
        "quad_class": 3,
        "sentence": article.text,
        "evidence_start": 0,
        "evidence_end": len(article.text),
        "modality": "asserted",
        "coder": "test.v1",
        "sentence_index": n,
        "plover_score": 0.9,
        "date_text": "yesterday",
        "symmetric": False,
    }
    fields.update(overrides)
    return EventMention(**fields)


def one_sentence(article: Article) -> list[tuple[int, int, int, str]]:
    return [(0, 0, len(article.text), article.text)]


def bump(event: EventMention, **changes: Any) -> EventMention:
    return replace(event, **changes)
