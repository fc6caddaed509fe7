"""The pipeline: read -> clean -> parse -> code -> (merge) -> store, as chained generators.

1. ``ingest.iter_documents`` reads files/dirs/globs/stdin into ``RawDocument``s or ``Rejection``s.
2. ``ingest.build_article`` cleans each document and extracts its metadata -> ``Article``.
3. ``nlp.Parser.parse`` parses batches of articles -> ``ParsedArticle``.
4. a ``Coder`` turns each parsed article into ``EventMention``s.
5. the store (one writer) commits each article with its sentences and events.
6. merge groups the mentions of the dyads the batch touched into canonical events.  Clusters
   never span two country pairs, and merging is order-independent, so re-merging just the
   touched dyads gives exactly what a merge of the whole store would ("incremental"), without
   recomputing the world.

Steps 2-4 are pure functions over a batch (``process_batch``) so they can run in a worker
process; only the caller that owns the ``Store`` writes.  Memory is bounded by the batch size:
articles stream through, nothing holds the whole corpus.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from communique.errors import StoreError
from communique.events.base import DEFAULT_CODER, Coder, get_coder
from communique.ingest import build_article, iter_documents, too_little_text
from communique.merge import Merger, merge
from communique.nlp import Parser
from communique.ontology import load_ontology
from communique.types import Article, EventMention, ParsedArticle, RawDocument, Rejection

if TYPE_CHECKING:
    from communique.store import Store

log = logging.getLogger(__name__)

BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class Processed:
    """One article after coding: what the store needs."""

    parsed: ParsedArticle
    events: list[EventMention]

    @property
    def article(self) -> Article:
        return self.parsed.article


@dataclass
class IngestReport:
    """What happened to every input: the numbers the CLI prints and exits on."""

    read: int = 0
    stored: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    n_events: int = 0
    n_clusters_touched: int = 0
    n_cleaning: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, warning)


@dataclass
class Pipeline:
    """A parser and a coder, loaded once and reused for every batch."""

    parser: Parser = field(default_factory=Parser)
    coder: Coder | None = None
    coder_name: str = DEFAULT_CODER
    # The user's own actor dictionaries (JSONL or PETRARCH format), loaded after the built-in
    # knowledge base so their names win.
    actor_files: tuple[Path, ...] = ()

    _merger: Merger | None = field(default=None, repr=False)

    def merger(self) -> Merger:
        if self._merger is None:
            self._merger = Merger.load()
        return self._merger

    def get_coder(self) -> Coder:
        if self.coder is None:
            options = {"actor_files": self.actor_files} if self.actor_files else {}
            self.coder = get_coder(self.coder_name, **options)
        return self.coder

    def process_batch(self, articles: Sequence[Article]) -> list[Processed]:
        """Parse and code a batch; pure apart from the lazily loaded models."""
        coder = self.get_coder()
        return [Processed(p, coder.code(p)) for p in self.parser.parse(articles)]

    def code_text(
        self, text: str, *, published: date | None = None, path: str = "<text>"
    ) -> tuple[Article, list[EventMention]]:
        """Clean and code one text (no database)."""
        article = build_article(RawDocument(path=path, text=text, fmt="txt"), published=published)
        [processed] = self.process_batch([article])
        return article, processed.events


def code_text(
    text: str,
    *,
    published: date | None = None,
    pipeline: Pipeline | None = None,
) -> list[EventMention]:
    """Code one text and return its event mentions (convenience for the API and the CLI)."""
    return (pipeline or Pipeline()).code_text(text, published=published)[1]


def iter_articles(
    paths: Iterable[str],
    *,
    stdin: TextIO | None = None,
    published: date | None = None,
    outlet: str | None = None,
    report: IngestReport,
) -> Iterator[Article]:
    """Read and clean inputs, recording rejections in ``report`` instead of stopping."""
    for item in iter_documents(paths, stdin=stdin):
        report.read += 1
        if isinstance(item, Rejection):
            report.rejected.append(item)
            continue
        try:
            article = build_article(item, published=published, outlet=outlet)
        except Exception as exc:  # one bad article must not stop the batch
            log.exception("cleaning failed for %s", item.path)
            report.rejected.append(Rejection(item.path, f"cleaning failed: {exc}"))
            continue
        if (problem := too_little_text(article)) is not None:
            report.rejected.append(Rejection(item.path, problem))
            continue
        report.warnings.extend((article.path, w) for w in article.warnings)
        report.n_cleaning += len(article.cleaning)
        yield article


def _pair(mention: EventMention) -> tuple[str | None, str | None]:
    def side(country: str | None, code: str | None) -> str | None:
        return country or (code[:3] if code else None)

    return (
        side(mention.source_country, mention.source_code),
        side(mention.target_country, mention.target_code),
    )


def merge_into_store(store: Store, mentions: Sequence[EventMention], merger: Merger) -> int:
    """Re-merge the dyads ``mentions`` belong to and persist their canonical events."""
    return merge_pairs(store, {_pair(m) for m in mentions}, merger)


def _mentions(rows: list[dict]) -> list[EventMention]:
    names = {f.name for f in fields(EventMention)}
    return [EventMention(**{k: v for k, v in row.items() if k in names}) for row in rows]


def merge_pairs(store: Store, pairs: set[tuple[str | None, str | None]], merger: Merger) -> int:
    """Re-merge every stored mention of these country pairs; clusters never span pairs, so
    this equals a global merge restricted to them."""
    if not pairs:
        return 0
    pairs = sorted(pairs, key=lambda p: (p[0] or "", p[1] or ""))
    stored = _mentions(store.mentions_in_dyads(pairs).to_pylist())
    result = merge(stored, merger=merger)
    ontology = load_ontology()
    scores = [ontology.plover_score(c.plover, c.plover_mode) for c in result.clusters]
    store.write_clusters(result.clusters, dict(result.assignments), scores)
    return len(result.clusters)


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    stdin: TextIO | None = None,
    published: date | None = None,
    outlet: str | None = None,
    batch_size: int = BATCH_SIZE,
    on_progress: object = None,
) -> IngestReport:
    """Read, clean, parse, code and store ``paths``; returns what happened to each input.

    Articles already in the store (same content hash) are not parsed again.
    ``on_progress(n_done)`` is called after each batch (the CLI's progress bar).
    """
    pipeline = pipeline or Pipeline()
    report = IngestReport()
    articles = iter_articles(paths, stdin=stdin, published=published, outlet=outlet, report=report)
    for batch in batched(articles, batch_size):
        known = store.known_ids([a.article_id for a in batch])
        fresh = [a for a in batch if a.article_id not in known]
        for a in batch:
            if a.article_id in known:
                store.add_path(a.article_id, a.path)
                report.known.append(a.path)
        if fresh:
            processed = pipeline.process_batch(fresh)
            result = store.write_batch(
                [(p.article, p.parsed.sentences, p.events) for p in processed],
                parser=pipeline.parser.label,
                coder=coder_label(pipeline.get_coder()),
            )
            paths = {p.article.article_id: p.article.path for p in processed}
            report.stored.extend(paths[i] for i in result.stored)
            report.known.extend(paths[i] for i in result.known)
            report.rejected.extend(Rejection(f.path, f.reason) for f in result.failed)
            report.n_events += sum(len(p.events) for p in processed)
            stored_ids = set(result.stored)
            new_events = [
                e for p in processed if p.article.article_id in stored_ids for e in p.events
            ]
            report.n_clusters_touched += merge_into_store(store, new_events, pipeline.merger())
        if callable(on_progress):
            on_progress(len(batch))
    return report


def coder_label(coder: Coder) -> str:
    """What an article records as its coder: the coder's full version (name, lexicon and
    knowledge-base hashes) when it has one, so a data update marks old codings stale."""
    return str(getattr(coder, "version", None) or coder.name)


@dataclass
class RecodeReport:
    """What ``recode`` did: articles re-coded, event mentions before and after, failures."""

    n_articles: int = 0
    n_before: int = 0
    n_after: int = 0
    n_clusters_touched: int = 0
    failed: list[Rejection] = field(default_factory=list)


def recode(
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    everything: bool = False,
    batch_size: int = BATCH_SIZE,
    on_progress: object = None,
) -> RecodeReport:
    """Parse and code stored articles again with the current coder and re-merge the dyads
    their old and new events belong to.

    By default only articles coded by another coder version are redone (after an upgrade of
    communique, its lexicon or actor data); ``everything`` redoes all.  One article that fails
    is reported and keeps its old coding; the others go on."""
    pipeline = pipeline or Pipeline()
    label = coder_label(pipeline.get_coder())
    ids = store.stale_article_ids(None if everything else label)
    report = RecodeReport()
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        old = _mentions(store.events_of_articles(chunk).to_pylist())
        pairs = {_pair(m) for m in old}
        for processed in pipeline.process_batch(store.load_articles(chunk)):
            article = processed.article
            try:
                store.recode_article(article.article_id, processed.parsed.sentences,
                                     processed.events, parser=pipeline.parser.label,
                                     coder=label)  # fmt: skip
            except StoreError as exc:
                report.failed.append(Rejection(article.path, str(exc)))
                continue
            report.n_articles += 1
            report.n_after += len(processed.events)
            pairs.update(_pair(m) for m in processed.events)
        report.n_before += len(old)
        report.n_clusters_touched += merge_pairs(store, pairs, pipeline.merger())
        if callable(on_progress):
            on_progress(len(chunk))
    return report
