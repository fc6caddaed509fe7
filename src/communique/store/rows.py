"""Turning pipeline records into column-oriented Arrow tables for bulk insertion.

DuckDB inserts an Arrow table in one vectorised statement, orders of magnitude faster than a
row at a time, so writes go through these converters.  They are pure functions: validation
that needs no database (an event that belongs to another article, a malformed sentence tuple)
happens here and raises ``ValueError`` naming the item.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyarrow as pa

from communique.types import EVENT_FIELDS, Article, EventMention, ParsedSentence

EXTRA_EVENT_FIELDS: tuple[str, ...] = ("sentence_index", "plover_score", "date_text", "symmetric")
"""Per-mention fields stored after the documented ``EVENT_FIELDS``."""

EVENT_COLUMNS: tuple[str, ...] = EVENT_FIELDS + EXTRA_EVENT_FIELDS
"""The ``events`` table's columns, in order."""

_EVENT_TYPES: dict[str, pa.DataType] = {
    "published": pa.date32(),
    "date": pa.date32(),
    "goldstein": pa.float64(),
    "plover_score": pa.float64(),
    "quad_class": pa.int32(),
    "evidence_start": pa.int32(),
    "evidence_end": pa.int32(),
    "sentence_index": pa.int32(),
    "symmetric": pa.bool_(),
}

EVENTS_SCHEMA = pa.schema([(name, _EVENT_TYPES.get(name, pa.string())) for name in EVENT_COLUMNS])

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "path", "fmt", "title", "outlet", "published", "published_time",
    "published_basis", "byline", "dateline", "url", "doc_id", "raw_text", "text",
    "cleaning", "warnings", "n_removed", "ingested_at", "parser", "coder",
)  # fmt: skip

ARTICLES_SCHEMA = pa.schema(
    [
        (name, {"published": pa.date32(), "n_removed": pa.int32()}.get(name, pa.string()))
        for name in ARTICLE_COLUMNS
        if name != "ingested_at"
    ]
    + [("ingested_at", pa.timestamp("us"))]
)

SENTENCES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
    ]
)

PATHS_SCHEMA = pa.schema(
    [("article_id", pa.string()), ("path", pa.string()), ("first_seen", pa.timestamp("us"))]
)

SentenceRow = tuple[int, int, int, str]
"""``(index, start, end, text)``: all the store keeps of a parsed sentence."""


@dataclass(frozen=True, slots=True)
class Item:
    """One article with everything derived from it, normalised for writing."""

    article: Article
    sentences: tuple[SentenceRow, ...]
    events: tuple[EventMention, ...]


def sentence_row(sentence: ParsedSentence | Sequence[Any]) -> SentenceRow:
    """Reduce a parsed sentence (or an ``(index, start, end, text)`` tuple) to what is stored.

    Tokens are not stored: they can be recomputed from ``text`` and would dominate the file.
    """
    if isinstance(sentence, ParsedSentence):
        return (sentence.index, sentence.start, sentence.end, sentence.text)
    if len(sentence) != 4:
        raise ValueError(
            f"sentence {sentence!r}: expected (index, start, end, text), got {len(sentence)} values"
        )
    index, start, end, text = sentence
    return (int(index), int(start), int(end), str(text))


def normalise(
    article: Article,
    sentences: Sequence[ParsedSentence] | Sequence[Sequence[Any]],
    events: Sequence[EventMention],
) -> Item:
    """Check an article's derived records belong to it and reduce sentences to rows."""
    if not article.article_id:
        raise ValueError(f"{article.path}: article has an empty article_id")
    for event in events:
        if event.article_id != article.article_id:
            raise ValueError(
                f"{article.path}: event {event.event_id} belongs to article "
                f"{event.article_id}, not {article.article_id}"
            )
    return Item(article, tuple(sentence_row(s) for s in sentences), tuple(events))


def cleaning_json(article: Article) -> str:
    """The cleaning log as JSON: a list of ``{step, reason, removed}`` objects, in order."""
    return json.dumps(
        [{"step": a.step, "reason": a.reason, "removed": a.removed} for a in article.cleaning],
        ensure_ascii=False,
    )


def articles_table(
    articles: Sequence[Article], *, ingested_at: datetime, parser: str, coder: str
) -> pa.Table:
    """One row per article, in ``ARTICLE_COLUMNS`` order."""
    columns: dict[str, list[Any]] = {name: [] for name in ARTICLE_COLUMNS}
    for a in articles:
        row = {
            "article_id": a.article_id,
            "path": a.path,
            "fmt": a.fmt,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published,
            "published_time": a.published_time,
            "published_basis": a.published_basis,
            "byline": a.byline,
            "dateline": a.dateline,
            "url": a.url,
            "doc_id": a.doc_id,
            "raw_text": a.raw_text,
            "text": a.text,
            "cleaning": cleaning_json(a),
            "warnings": json.dumps(list(a.warnings), ensure_ascii=False),
            "n_removed": a.n_removed,
            "ingested_at": ingested_at,
            "parser": parser,
            "coder": coder,
        }
        for name in ARTICLE_COLUMNS:
            columns[name].append(row[name])
    return pa.table(columns, schema=ARTICLES_SCHEMA)


def paths_table(pairs: Sequence[tuple[str, str]], *, first_seen: datetime) -> pa.Table:
    """``(article_id, path)`` pairs, deduplicated, for ``article_paths``."""
    unique = list(dict.fromkeys(pairs))
    return pa.table(
        {
            "article_id": [p[0] for p in unique],
            "path": [p[1] for p in unique],
            "first_seen": [first_seen] * len(unique),
        },
        schema=PATHS_SCHEMA,
    )


def sentences_table(items: Sequence[Item]) -> pa.Table:
    """All sentences of ``items``."""
    ids: list[str] = []
    index: list[int] = []
    start: list[int] = []
    end: list[int] = []
    text: list[str] = []
    for item in items:
        for i, s, e, t in item.sentences:
            ids.append(item.article.article_id)
            index.append(i)
            start.append(s)
            end.append(e)
            text.append(t)
    return pa.table(
        {"article_id": ids, "sentence_index": index, "start": start, "end": end, "text": text},
        schema=SENTENCES_SCHEMA,
    )


def events_table(events: Sequence[EventMention]) -> pa.Table:
    """Event mentions, one column per ``EVENT_COLUMNS`` entry.

    Built column by column with ``getattr`` so the table cannot drift from the dataclass: a
    field renamed in ``types.py`` fails here loudly instead of storing NULLs.
    """
    return pa.table(
        {name: [getattr(e, name) for e in events] for name in EVENT_COLUMNS},
        schema=EVENTS_SCHEMA,
    )
