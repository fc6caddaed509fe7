"""The store: one DuckDB file holding articles, their sentences and their coded events.

Writes are idempotent by content: an article's id is a hash of its cleaned text, so feeding the
same story again (from any path or format) stores nothing new except the extra path.  Each
article and everything derived from it is committed atomically; a batch is written in one
transaction for speed and, if that fails, article by article so one bad article is reported
without losing the rest.

DuckDB allows one writing process per file: open the store read-only from other processes, or
have worker processes hand their results to a single writer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.abc import Traversable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb
import pyarrow as pa

from communique.errors import StoreError
from communique.store import clusters as clusters_mod
from communique.store import migrate, read
from communique.store.filters import EventFilter
from communique.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    Item,
    articles_table,
    events_table,
    normalise,
    paths_table,
    sentences_table,
)
from communique.types import Article, EventMention, ParsedSentence

log = logging.getLogger(__name__)

SentenceInput = Sequence[ParsedSentence] | Sequence[tuple[int, int, int, str]]
BatchItem = tuple[Article, SentenceInput, Sequence[EventMention]]

# Errors that mean "this data cannot be stored", as opposed to a bug in communique: conversion
# to Arrow (wrong types), and constraint/conversion errors raised by DuckDB.
_DATA_ERRORS = (duckdb.Error, pa.ArrowException, ValueError, TypeError, OverflowError)


@dataclass(frozen=True, slots=True)
class WriteFailure:
    """An article that could not be stored, and why (the database error, in its words)."""

    article_id: str
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What a ``write_batch`` did, by article id, in input order.

    ``stored``: new articles written with their sentences and events; ``known``: articles
    already in the store (or earlier in the same batch), of which only the path was recorded;
    ``failed``: articles rejected, nothing of them written.
    """

    stored: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    failed: list[WriteFailure] = field(default_factory=list)


class Store:
    """A communique store file.  Opening it brings its schema up to date.

    Use as a context manager, or call ``close()``.  One ``Store`` wraps one DuckDB connection
    and is not thread-safe; ``migrations_dir`` exists for tests of the migration machinery.
    """

    def __init__(
        self,
        path: str | Path = "communique.duckdb",
        *,
        read_only: bool = False,
        migrations_dir: Traversable | Path | None = None,
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run an ingest first)")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
        try:
            self._migrate(migrations_dir or migrate.default_migrations_dir())
        except BaseException:
            self._con.close()
            raise

    def _migrate(self, directory: Traversable | Path) -> None:
        todo = migrate.pending(migrate.applied_versions(self._con), migrate.discover(directory))
        if not todo:
            return
        if self.read_only:
            raise StoreError(
                f"{self.path}: store schema is out of date "
                f"(needs migration {todo[0].version:04d}_{todo[0].name}); open it once for writing"
            )
        migrate.apply(self._con, todo)

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the connection; safe to call twice."""
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"Store({self.path!r}, {mode})"

    @property
    def schema_version(self) -> int:
        """The highest migration applied to this file."""
        return max(migrate.applied_versions(self._con), default=0)

    # ------------------------------------------------------------------ writing

    def write_batch(
        self, items: Sequence[BatchItem], *, parser: str = "", coder: str = ""
    ) -> WriteResult:
        """Store articles with their sentences and events; skip (but remember the path of)
        articles already stored.  Never raises for bad data: failures are in the result."""
        self._require_writable()
        result = WriteResult()
        normalised: list[Item] = []
        for article, sentences, events in items:
            try:
                normalised.append(normalise(article, sentences, events))
            except _DATA_ERRORS as exc:
                self._fail(result, article, exc)
        if not normalised:
            return result
        try:
            stored, known = self._write_transaction(normalised, parser=parser, coder=coder)
            result.stored.extend(stored)
            result.known.extend(known)
            return result
        except _DATA_ERRORS as exc:
            if len(normalised) == 1:
                self._fail(result, normalised[0].article, exc)
                return result
            log.debug("batch of %d failed (%s); retrying article by article", len(normalised), exc)
        for item in normalised:
            try:
                stored, known = self._write_transaction([item], parser=parser, coder=coder)
            except _DATA_ERRORS as exc:
                self._fail(result, item.article, exc)
                continue
            result.stored.extend(stored)
            result.known.extend(known)
        return result

    def _write_transaction(
        self, items: Sequence[Item], *, parser: str, coder: str
    ) -> tuple[list[str], list[str]]:
        """Write ``items`` in one transaction; roll back and re-raise on any failure."""
        now = _now()
        self._con.begin()
        try:
            existing = self._existing_ids([i.article.article_id for i in items])
            new: list[Item] = []
            stored: list[str] = []
            known: list[str] = []
            for item in items:
                aid = item.article.article_id
                if aid in existing:
                    known.append(aid)
                else:
                    existing.add(aid)
                    new.append(item)
                    stored.append(aid)
            self._insert(
                "articles",
                ARTICLE_COLUMNS,
                articles_table(
                    [i.article for i in new], ingested_at=now, parser=parser, coder=coder
                ),
            )
            self._insert(
                "article_paths",
                ("article_id", "path", "first_seen"),
                paths_table(
                    [(i.article.article_id, i.article.path) for i in items], first_seen=now
                ),
                on_conflict_ignore=True,
            )
            self._insert("sentences", ("article_id", "sentence_index", "start", "end", "text"),
                         sentences_table(new))  # fmt: skip
            self._insert("events", EVENT_COLUMNS, events_table([e for i in new for e in i.events]))
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return stored, known

    def has_article(self, article_id: str) -> bool:
        """Whether an article with exactly this id is stored (lets callers skip parsing it)."""
        return bool(self._existing_ids([article_id]))

    def known_ids(self, article_ids: Sequence[str]) -> set[str]:
        """Which of ``article_ids`` are already stored, in one query (for a whole batch)."""
        return self._existing_ids(article_ids) if article_ids else set()

    def add_path(self, article_id: str, path: str) -> bool:
        """Record that a stored article was also seen at ``path``; changes nothing else.
        Returns whether the path was new."""
        self._require_writable()
        self._con.begin()
        try:
            if not self._existing_ids([article_id]):
                raise StoreError(f"{path}: article {article_id} is not in the store")
            before = self._count_paths(article_id)
            self._insert(
                "article_paths",
                ("article_id", "path", "first_seen"),
                paths_table([(article_id, path)], first_seen=_now()),
                on_conflict_ignore=True,
            )
            added = self._count_paths(article_id) > before
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return added

    def _count_paths(self, article_id: str) -> int:
        row = self._con.execute(
            "SELECT count(*) FROM article_paths WHERE article_id = ?", [article_id]
        ).fetchone()
        return int(row[0]) if row else 0

    def replace_events(
        self, article_id: str, events: Sequence[EventMention], *, coder: str | None = None
    ) -> int:
        """Replace all events of a stored article (re-coding); atomically, so readers see the
        old set or the new one.  ``coder`` updates the article's recorded coder.  Returns the
        number of events written."""
        self._require_writable()
        for event in events:
            if event.article_id != article_id:
                raise StoreError(
                    f"event {event.event_id} belongs to article {event.article_id}, "
                    f"not {article_id}"
                )
        self._con.begin()
        try:
            if not self._existing_ids([article_id]):
                raise StoreError(f"article {article_id} is not in the store")
            self._con.execute("DELETE FROM events WHERE article_id = ?", [article_id])
            self._insert("events", EVENT_COLUMNS, events_table(list(events)))
            if coder is not None:
                self._con.execute(
                    "UPDATE articles SET coder = ? WHERE article_id = ?", [coder, article_id]
                )
            self._con.commit()
        except StoreError:
            self._con.rollback()
            raise
        except _DATA_ERRORS as exc:
            self._con.rollback()
            raise StoreError(f"article {article_id}: events not replaced: {exc}") from exc
        except BaseException:
            self._con.rollback()
            raise
        return len(events)

    def recode_article(
        self,
        article_id: str,
        sentences: Sequence[ParsedSentence],
        events: Sequence[EventMention],
        *,
        parser: str,
        coder: str,
    ) -> None:
        """Replace an article's sentences and events with a new parse and coding, and record
        who produced them; atomically (readers see the old coding or the new one)."""
        self._require_writable()
        self._con.begin()
        try:
            if not self._existing_ids([article_id]):
                raise StoreError(f"article {article_id} is not in the store")
            item = normalise(self._load_one(article_id), sentences, events)
            self._con.execute("DELETE FROM events WHERE article_id = ?", [article_id])
            self._con.execute("DELETE FROM sentences WHERE article_id = ?", [article_id])
            self._insert("sentences", ("article_id", "sentence_index", "start", "end", "text"),
                         sentences_table([item]))  # fmt: skip
            self._insert("events", EVENT_COLUMNS, events_table(list(events)))
            self._con.execute(
                "UPDATE articles SET parser = ?, coder = ? WHERE article_id = ?",
                [parser, coder, article_id],
            )
            self._con.commit()
        except StoreError:
            self._con.rollback()
            raise
        except (*_DATA_ERRORS, ValueError) as exc:
            self._con.rollback()
            raise StoreError(f"article {article_id}: not re-coded: {exc}") from exc
        except BaseException:
            self._con.rollback()
            raise

    def _load_one(self, article_id: str) -> Article:
        [article] = read.load_articles(self._con, [article_id])
        return article

    def _insert(
        self,
        table: str,
        columns: Sequence[str],
        data: pa.Table,
        *,
        on_conflict_ignore: bool = False,
    ) -> None:
        """Bulk-insert an Arrow table (one vectorised statement).  ``table``/``columns`` come
        from our own constants, never from user input."""
        if data.num_rows == 0:
            return
        cols = ", ".join(f'"{c}"' for c in columns)
        view = f"_communique_batch_{table}"
        self._con.register(view, data)
        try:
            conflict = " ON CONFLICT DO NOTHING" if on_conflict_ignore else ""
            self._con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}{conflict}")
        finally:
            self._con.unregister(view)

    def _existing_ids(self, ids: Sequence[str]) -> set[str]:
        rows = self._con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(ids)],
        ).fetchall()
        return {r[0] for r in rows}

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: store is open read-only")

    @staticmethod
    def _fail(result: WriteResult, article: Article, exc: BaseException) -> None:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        log.warning("%s: article %s not stored: %s", article.path, article.article_id, reason)
        result.failed.append(WriteFailure(article.article_id, article.path, reason))

    # ------------------------------------------------------------------ reading

    def articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Article summaries (id, first path, title, outlet, published, counts ...)."""
        return read.list_articles(self._con, limit)

    def article(self, article_id_or_prefix: str) -> dict[str, Any] | None:
        """One article in full, by id or unique id prefix; ``None`` if absent."""
        return read.get_article(self._con, article_id_or_prefix)

    def sentences(self, article_id_or_prefix: str) -> list[dict[str, Any]]:
        """An article's stored sentences, in order (empty if the article is absent)."""
        article_id = read.resolve_article_id(self._con, article_id_or_prefix)
        return [] if article_id is None else read.sentences(self._con, article_id)

    def stale_article_ids(self, coder: str | None) -> list[str]:
        """Articles whose recorded coder is not ``coder`` (all articles when None)."""
        return read.stale_article_ids(self._con, coder)

    def load_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """Stored articles as ``Article`` records, ready to be parsed and coded again."""
        return read.load_articles(self._con, list(article_ids))

    def events_of_articles(self, article_ids: Sequence[str]) -> pa.Table:
        """Every event mention of these articles (by exact id)."""
        return read.events_of_articles(self._con, list(article_ids))

    def events(self, filters: EventFilter | None = None) -> pa.Table:
        """Events matching ``filters`` (all events when ``None``) as an Arrow table."""
        return read.events(self._con, filters or EventFilter())

    # ------------------------------------------------------------------ canonical events

    def write_clusters(
        self,
        clusters: Sequence[Any],
        assignments: dict[str, str],
        scores: Sequence[float | None] | None = None,
    ) -> None:
        """Persist a merge result: replace ``clusters`` and link their mentions."""
        self._require_writable()
        clusters_mod.write_clusters(
            self._con, clusters, assignments, scores or [None] * len(clusters)
        )

    def canonical_events(self, filters: EventFilter | None = None) -> pa.Table:
        """One row per happening, filtered like mentions."""
        return clusters_mod.read_clusters(self._con, filters)

    def mentions_in_dyads(self, pairs: Sequence[tuple[str | None, str | None]]) -> pa.Table:
        """Stored mentions between any of the given country pairs (either direction)."""
        return clusters_mod.mentions_in_dyads(self._con, pairs)

    def summary(self) -> dict[str, Any]:
        """What the store holds: counts, cleaning actions by step, outlets, date range."""
        return read.summary(self._con)


def _now() -> datetime:
    """Naive UTC, which is what DuckDB's TIMESTAMP holds."""
    return datetime.now(UTC).replace(tzinfo=None)
