"""``merge`` and ``merge_incremental``: one code path for batch and incremental merging.

Why incremental equals batch.  The clustering (``link.cluster_keys``) is a function of the
set of mentions, built from *edges*: anchored pairs that agree, each floating mention's single
best anchor, and floating pairs with no anchor.  A mention's edges depend only on its own
*candidates* (the mentions it is compatible with, all inside its blocks).  When new mentions
arrive, only these can change:

* the new mentions' own edges (their candidates are found through their blocks);
* the edges of existing mentions compatible with a new one (``touched``): a floating mention
  may find a better anchor, or its first one.  Its new best anchor is either its old one or a
  new mention, both of which are loaded, because any other old candidate lost to the old one.
* when a mention is re-coded (same ``event_id``, different content), the edges of existing
  mentions compatible with its old version: they may lose their anchor and need their whole
  candidate set, so their blocks are loaded too.

Every other existing cluster keeps all its edges and gains none, so it stays a component and
is passed through untouched.  Re-clustering the union of the affected clusters' members and
the new mentions therefore gives exactly what a batch run over everything would: the store
loads a few blocks, never the world.  ``merge`` runs the same path against in-memory clusters,
so the property tests of ``merge`` exercise it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from communique.merge.canonical import build_event
from communique.merge.keys import InvalidMention, MentionKey, block_keys, make_key
from communique.merge.link import Linker, cluster_keys
from communique.merge.model import BlockKey, CanonicalEvent, MergeConfig, MergeResult
from communique.merge.rules import CodeRules
from communique.merge.summary import Phraser
from communique.merge.text import Tokenizer
from communique.ontology import load_ontology
from communique.types import EventMention, Rejection

log = logging.getLogger(__name__)

Lookup = Callable[[BlockKey], Iterable[CanonicalEvent]]
ClustersOf = Callable[[Collection[str]], Iterable[CanonicalEvent]]


@dataclass(frozen=True)
class Merger:
    """The rules, tokenizer and phraser for one configuration, loaded once and reusable
    (pass it to workers; it holds no state between calls)."""

    config: MergeConfig
    rules: CodeRules
    linker: Linker
    tokenizer: Tokenizer
    phraser: Phraser

    @classmethod
    def load(cls, config: MergeConfig | None = None) -> Merger:
        config = config or MergeConfig()
        rules = CodeRules.load(config.ontology or load_ontology())
        return cls(
            config,
            rules,
            Linker(rules, config),
            Tokenizer.load(),
            Phraser.load(config.country_names),
        )

    def key(self, mention: EventMention) -> MentionKey:
        return make_key(mention, self.rules, self.config, self.tokenizer)

    def blocks(self, key: MentionKey) -> list[BlockKey]:
        return block_keys(key, self.config.bucket_days)

    def block_keys_of(self, mention: EventMention) -> list[BlockKey]:
        """The blocks a store should index ``mention`` under (``InvalidMention`` if unusable)."""
        return self.blocks(self.key(mention))


def _where(m: EventMention) -> str:
    return f"{m.article_path}#{getattr(m, 'event_id', '?')}"


def prepare(
    mentions: Iterable[EventMention], merger: Merger
) -> tuple[dict[str, MentionKey], list[Rejection]]:
    """Validate and key the input; identical duplicates collapse, conflicting ones are
    rejected (both: keeping either would make the result depend on input order)."""
    keys: dict[str, MentionKey] = {}
    rejected: list[Rejection] = []
    conflicted: set[str] = set()
    for raw in mentions:
        m = raw
        try:
            m = raw if raw.cluster_id is None else replace(raw, cluster_id=None)
            key = merger.key(m)
        except (InvalidMention, KeyError, TypeError, AttributeError, ValueError) as exc:
            log.warning("merge: skipping %s: %s", _where(m), exc)
            rejected.append(Rejection(_where(m), f"cannot merge: {exc}"))
            continue
        seen = keys.get(key.event_id)
        if seen is not None and seen.mention != m:
            conflicted.add(key.event_id)
        keys.setdefault(key.event_id, key)
    for event_id in sorted(conflicted):
        m = keys.pop(event_id).mention
        reason = "cannot merge: event_id appears twice with different content"
        log.warning("merge: skipping %s: %s", _where(m), reason)
        rejected.append(Rejection(_where(m), reason))
    return keys, rejected


class _Existing:
    """Existing clusters fetched so far, with their members keyed and indexed by block."""

    def __init__(self, merger: Merger, lookup: Lookup) -> None:
        self.merger = merger
        self.lookup = lookup
        self.clusters: dict[str, CanonicalEvent] = {}
        self.keys: dict[str, MentionKey] = {}
        self.cluster_of: dict[str, str] = {}
        self.by_block: dict[BlockKey, list[MentionKey]] = defaultdict(list)
        self.asked: set[BlockKey] = set()

    def add(self, clusters: Iterable[CanonicalEvent]) -> list[str]:
        added = []
        for cluster in clusters:
            if cluster.cluster_id in self.clusters:
                continue
            self.clusters[cluster.cluster_id] = cluster
            added.append(cluster.cluster_id)
            for m in cluster.members:
                try:
                    key = self.merger.key(
                        m if m.cluster_id is None else replace(m, cluster_id=None)
                    )
                except (InvalidMention, KeyError, ValueError) as exc:
                    log.warning("merge: existing member %s is unusable: %s", _where(m), exc)
                    continue
                self.keys[key.event_id] = key
                self.cluster_of[key.event_id] = cluster.cluster_id
                for block in self.merger.blocks(key):
                    self.by_block[block].append(key)
        return added

    def load_blocks(self, blocks: Iterable[BlockKey]) -> list[str]:
        added: list[str] = []
        for block in blocks:
            if block not in self.asked:
                self.asked.add(block)
                added += self.add(self.lookup(block))
        return added

    def clusters_in(self, blocks: Iterable[BlockKey]) -> set[str]:
        """Ids of the loaded clusters with a member in any of ``blocks``."""
        return {self.cluster_of[k.event_id] for b in blocks for k in self.by_block.get(b, ())}

    def compatible_with(self, key: MentionKey, skip: Collection[str]) -> set[str]:
        """Existing mentions (ids) that ``key`` could be linked to."""
        found: set[str] = set()
        for block in self.merger.blocks(key):
            for other in self.by_block.get(block, ()):
                if other.event_id in skip or other.event_id in found:
                    continue
                if self.merger.linker.relation(key, other) is not None:
                    found.add(other.event_id)
        return found


def merge_incremental(
    mentions: Iterable[EventMention],
    lookup: Lookup,
    *,
    clusters_of: ClustersOf | None = None,
    merger: Merger | None = None,
    config: MergeConfig | None = None,
) -> MergeResult:
    """Merge new mentions into a store's existing clusters, loading only affected blocks.

    ``lookup(block)`` returns the existing clusters with a member in ``block`` (index members
    by ``Merger.block_keys_of``).  ``clusters_of(event_ids)`` returns the clusters holding
    those mentions; it is needed only when mentions are re-coded so that their blocks move.
    The result lists only new or changed clusters and the ids of clusters that disappeared.
    """
    merger = merger or Merger.load(config)
    new, rejected = prepare(mentions, merger)
    existing = _Existing(merger, lookup)
    for key in new.values():
        existing.load_blocks(merger.blocks(key))
    if clusters_of is not None and new:
        existing.add(clusters_of(sorted(new)))

    changed: dict[str, MentionKey] = {}
    replaced: dict[str, MentionKey] = {}
    for event_id, key in new.items():
        old = existing.keys.get(event_id)
        if old is not None and old.mention == key.mention:
            continue
        if old is not None:
            replaced[event_id] = old
        changed[event_id] = key
    if not changed:
        assigned = {eid: existing.cluster_of[eid] for eid in new if eid in existing.cluster_of}
        return MergeResult(assigned, [], frozenset(), tuple(rejected))

    skip = set(replaced)
    affected = {existing.cluster_of[eid] for eid in replaced}
    for key in changed.values():
        affected |= {existing.cluster_of[e] for e in existing.compatible_with(key, skip)}
    for old in replaced.values():  # they may lose their anchor: load all their candidates
        existing.load_blocks(merger.blocks(old))
        for touched in sorted(existing.compatible_with(old, skip)):
            blocks = merger.blocks(existing.keys[touched])
            existing.load_blocks(blocks)
            affected.add(existing.cluster_of[touched])
            affected.update(existing.clusters_in(blocks))

    pool = [
        existing.keys[m.event_id]
        for cid in sorted(affected)
        for m in existing.clusters[cid].members
        if m.event_id not in changed and m.event_id in existing.keys
    ]
    pool.extend(changed.values())
    built = [
        build_event(group, merger.rules, merger.phraser)
        for group in cluster_keys(pool, merger.linker)
    ]
    built_ids = {c.cluster_id for c in built}
    assignments = {eid: c.cluster_id for c in built for eid in c.mention_ids}
    for eid in new:
        if eid not in assignments and eid in existing.cluster_of:
            assignments[eid] = existing.cluster_of[eid]
    out = sorted((c for c in built if existing.clusters.get(c.cluster_id) != c), key=_cid)
    return MergeResult(assignments, out, frozenset(affected - built_ids), tuple(rejected))


def _cid(cluster: CanonicalEvent) -> str:
    return cluster.cluster_id


def merge(
    mentions: Iterable[EventMention],
    *,
    existing: Sequence[CanonicalEvent] = (),
    config: MergeConfig | None = None,
    merger: Merger | None = None,
) -> MergeResult:
    """Merge mentions (into ``existing`` clusters, if given) and return every cluster.

    ``merge(b, existing=merge(a).clusters)`` equals ``merge(a + b)``; merging again with the
    result as ``existing`` changes nothing; the order of ``mentions`` never matters.
    """
    merger = merger or Merger.load(config)
    index: dict[BlockKey, list[CanonicalEvent]] = defaultdict(list)
    holder: dict[str, CanonicalEvent] = {}
    for cluster in existing:
        for m in cluster.members:
            holder[m.event_id] = cluster
            try:
                blocks = merger.block_keys_of(m)
            except (InvalidMention, KeyError, ValueError):
                continue
            for block in blocks:
                index[block].append(cluster)

    def clusters_of(event_ids: Collection[str]) -> list[CanonicalEvent]:
        return [holder[e] for e in event_ids if e in holder]

    result = merge_incremental(
        mentions, lambda b: index.get(b, ()), clusters_of=clusters_of, merger=merger
    )
    final = {c.cluster_id: c for c in existing if c.cluster_id not in result.retired}
    final.update((c.cluster_id, c) for c in result.clusters)
    clusters = sorted(final.values(), key=_cid)
    assignments = {eid: c.cluster_id for c in clusters for eid in c.mention_ids}
    return MergeResult(assignments, clusters, result.retired, result.rejected)
