"""The library face of communique: ``communique.open(path)`` returns a ``Database``.

The CLI, the Python API and (later) the REST API all go through this one class, so every
face behaves the same.  It owns the single writer to the DuckDB file and a lazily built
``Pipeline`` (models load on first use, not on open).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import pandas as pd
import pyarrow as pa

from communique.pipeline import IngestReport, Pipeline, RecodeReport, coder_label, ingest, recode
from communique.store import EventFilter, Store, to_records

DEFAULT_DB = "communique.duckdb"


def sample_corpus_dir() -> Path:
    """The bundled sample corpus (articles written by the communique authors)."""
    return Path(str(resources.files("communique.data").joinpath("sample")))


def sample_gold_path() -> Path:
    return Path(str(resources.files("communique.data").joinpath("gold", "sample.gold.jsonl")))


@dataclass
class Database:
    """An event store on disk plus the pipeline that fills it."""

    path: str | Path = DEFAULT_DB
    read_only: bool = False
    pipeline: Pipeline | None = None
    actor_files: Sequence[str | Path] = ()
    _store: Store | None = field(default=None, init=False, repr=False)

    def _pipeline(self) -> Pipeline:
        if self.pipeline is None:
            self.pipeline = Pipeline(actor_files=tuple(Path(p) for p in self.actor_files))
        return self.pipeline

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.path, read_only=self.read_only)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def ingest(
        self,
        paths: Iterable[str],
        *,
        stdin: TextIO | None = None,
        published: date | None = None,
        outlet: str | None = None,
        on_progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Read, clean, parse, code and store articles; see ``pipeline.ingest``."""
        return ingest(
            paths,
            self.store,
            pipeline=self._pipeline(),
            stdin=stdin,
            published=published,
            outlet=outlet,
            on_progress=on_progress,
        )

    def recode(
        self, *, everything: bool = False, on_progress: Callable[[int], None] | None = None
    ) -> RecodeReport:
        """Code stored articles again with the current coder (by default only those coded by
        another version) and re-merge what changed; see ``pipeline.recode``."""
        return recode(
            self.store, pipeline=self._pipeline(), everything=everything, on_progress=on_progress
        )

    def stale_articles(self) -> int:
        """How many stored articles were coded by another coder version than the current one."""
        label = coder_label(self._pipeline().get_coder())
        return len(self.store.stale_article_ids(label))

    # ------------------------------------------------------------------ reading

    def articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        return self.store.articles(limit=limit)

    def article(self, article_id: str) -> dict[str, Any] | None:
        return self.store.article(article_id)

    def events_table(self, filters: EventFilter | None = None, **kw: Any) -> pa.Table:
        """Event mentions as an Arrow table; ``kw`` are ``EventFilter`` fields."""
        return self.store.events(filters or EventFilter(**kw))

    def events(self, filters: EventFilter | None = None, *, polars: bool = False, **kw: Any) -> Any:
        """Event mentions as a pandas DataFrame, or polars with ``polars=True`` (``kw``:
        actor, country, dyad, directed, cameo, since, until, limit)."""
        table = self.events_table(filters, **kw)
        return _polars(table) if polars else _frame(table)

    def event_records(self, filters: EventFilter | None = None, **kw: Any) -> list[dict]:
        return to_records(self.events_table(filters, **kw))

    def summary(self) -> dict[str, Any]:
        return self.store.summary()

    # ------------------------------------------------------------------ canonical events

    def canonical_events(
        self, filters: EventFilter | None = None, *, polars: bool = False, **kw: Any
    ) -> Any:
        """One row per real-world happening (merged across sentences, outlets and days)."""
        table = self.store.canonical_events(filters or EventFilter(**kw))
        return _polars(table) if polars else _frame(table)

    def dyad(
        self,
        a: str,
        b: str,
        *,
        by: str = "month",
        directed: bool = False,
        normalise: bool = False,
    ) -> pd.DataFrame:
        """Per-period counts by QuadClass and PLOVER type, Goldstein sum/mean and PLOVER score
        for the canonical events between ``a`` and ``b``; ``normalise`` adds rates per 100
        articles published in the period."""
        from communique.analytics import articles_per_period, dyad_series

        canonical = self.canonical_events(dyad=(a, b), directed=directed)
        volume = None
        if normalise:
            volume = articles_per_period(pd.DataFrame(self.articles()), by=by)
        return dyad_series(canonical, a, b, by=by, directed=directed, normalise_by=volume)

    def timeline(self, a: str, b: str, *, directed: bool = False) -> list[dict[str, Any]]:
        """The dyad's canonical events in date order, each with sources and one evidence."""
        from communique.analytics import timeline

        canonical = self.canonical_events(dyad=(a, b), directed=directed)
        mentions = self.events(dyad=(a, b), directed=directed)
        return timeline(canonical, mentions, a, b, directed=directed)

    def actors(self, top: int = 20) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The most active actors and the strongest dyads (for a network view)."""
        from communique.analytics import actor_table, strongest_dyads

        canonical = self.canonical_events()
        return actor_table(canonical, top), strongest_dyads(canonical, top)

    def export(self, fmt: str, path: str | Path, **options: Any) -> int:
        """Write every event in an analyst format (icews, gdelt, plover, jsonl, csv, parquet)."""
        from communique.exports import export

        return export(
            self.events(),
            self.canonical_events(),
            fmt,
            path,
            articles=pd.DataFrame(self.articles()),
            **options,
        )


def _frame(table: pa.Table) -> pd.DataFrame:
    """Arrow to pandas keeping dates as ``datetime.date`` objects (not nanosecond stamps)."""
    return table.to_pandas(date_as_object=True)


def _polars(table: pa.Table) -> Any:
    """Arrow to polars; polars is optional, so say how to get it when it is missing."""
    try:
        import polars as pl
    except ImportError as exc:
        raise ImportError("polars=True needs the polars package: pip install polars") from exc
    return pl.from_arrow(table)


def open(
    path: str | Path = DEFAULT_DB, *, read_only: bool = False, actors: Sequence[str | Path] = ()
) -> Database:
    """Open (or create) a communique database file.  ``actors``: your own actor dictionary
    files (see ``actors/FORMAT.md``), used when ingesting and re-coding."""
    return Database(path, read_only=read_only, actor_files=tuple(actors))
