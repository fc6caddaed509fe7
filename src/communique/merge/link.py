"""Linking mentions into clusters: the pairwise rules and the component step.

Every decision here depends on a *pair* of mentions only (or, for a floating mention, on the
set of its candidate anchors), never on the order mentions arrive in; that is what makes the
merge order-independent, idempotent and equal in batch and incremental use
(``communique.merge.engine`` explains the incremental argument).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from communique.merge.keys import ANCHORED, FLOATING, UNDATED, MentionKey, block_keys
from communique.merge.model import BlockKey, MergeConfig
from communique.merge.rules import CodeRules
from communique.merge.text import jaccard

SAME = "same"  # two anchored mentions of one happening: always linked
ATTACH = "attach"  # a floating mention and an anchor it may attach to
FLOAT = "float"  # two floating (or two undated) mentions that may be linked

AttachScore = tuple[float, bool, int, str]


@dataclass(frozen=True)
class Linker:
    """The pairwise rules, bound to one configuration."""

    rules: CodeRules
    config: MergeConfig

    def similarity(self, u: MentionKey, v: MentionKey) -> float:
        hook = self.config.similarity
        if hook is not None:
            return float(hook(u.mention.sentence, v.mention.sentence))
        return jaccard(u.tokens, v.tokens)

    def same_parties(self, u: MentionKey, v: MentionKey) -> bool:
        """Same dyad; in either direction when either act is symmetric or joint."""
        if u.directed and v.directed:
            return u.src == v.src and u.tgt == v.tgt
        return u.pair == v.pair

    def relation(self, u: MentionKey, v: MentionKey) -> tuple[str, float] | None:
        """How ``u`` and ``v`` may be linked (``SAME``/``ATTACH``/``FLOAT`` and their evidence
        similarity), or ``None`` when they cannot be one happening.  Symmetric in u and v."""
        if u.modality != v.modality or u.family != v.family:
            return None
        if not self.same_parties(u, v) or not self.rules.compatible(u.code, v.code):
            return None
        kinds = {u.kind, v.kind}
        if kinds == {ANCHORED}:
            return (SAME, 0.0) if self._anchors_agree(u, v) else None
        if kinds == {ANCHORED, FLOATING}:
            anchor, other = (u, v) if u.kind == ANCHORED else (v, u)
            return self._attach(anchor, other)
        if kinds == {FLOATING}:
            if not self._floating_overlap(u, v):
                return None
        elif kinds == {UNDATED}:
            if u.article_id != v.article_id:
                return None
        else:  # an undated mention never meets a dated one: nothing says they coincide
            return None
        sim = self.similarity(u, v)
        one_sentence = u.article_id == v.article_id and (
            u.mention.sentence_index == v.mention.sentence_index
        )
        same_period = u.kind == FLOATING and u.lo < u.hi and (u.lo, u.hi) == (v.lo, v.hi)
        if one_sentence or same_period or sim >= self.config.floating_min_similarity:
            return FLOAT, sim
        return None

    def _anchors_agree(self, u: MentionKey, v: MentionKey) -> bool:
        """Same day; a relative date may be a day off (time zones, "on Thursday" at midnight)."""
        if u.day == v.day:
            return True
        loose = u.basis == "relative" or v.basis == "relative"
        return loose and abs(u.day - v.day) <= self.config.timezone_slack_days

    def _attach(self, anchor: MentionKey, floating: MentionKey) -> tuple[str, float] | None:
        if floating.lo == floating.hi:  # dated by publication only: reported up to N days late
            if not floating.span_lo <= anchor.day <= floating.span_hi:
                return None
            return ATTACH, self.similarity(anchor, floating)
        if not floating.lo <= anchor.day <= floating.hi:  # "in March": the anchor is in March
            return None
        sim = self.similarity(anchor, floating)
        return (ATTACH, sim) if sim >= self.config.coarse_min_similarity else None

    def _floating_overlap(self, u: MentionKey, v: MentionKey) -> bool:
        if u.lo == u.hi and v.lo == v.hi:  # two publication dates
            return abs(u.day - v.day) <= self._publication_gap()
        return u.span_lo <= v.span_hi and v.span_lo <= u.span_hi

    def _publication_gap(self) -> int:
        """How far apart two mentions dated only by publication may be and still report one
        happening.  Each may be up to ``publication_lag_days`` late, so the outlet that waited
        for the other side's reaction (a next-day KCNA statement carried two days later, a
        Seoul dateline a day ahead of a New York feed) still meets the first report; never
        less than the time-zone slack.  The gap is the same for every pair, so linking stays
        order-independent and cluster ids stay the smallest member's event id."""
        return max(self.config.publication_lag_days, self.config.timezone_slack_days)


def attach_score(anchor: MentionKey, floating: MentionKey, sim: float) -> AttachScore:
    """Sort key of an anchor for a floating mention: most similar evidence first, then the
    same exact code, then the nearest date, then the smallest event id (a deterministic tie)."""
    gap = abs(floating.day - anchor.day) if floating.lo == floating.hi else 0
    return (-sim, anchor.code != floating.code, gap, anchor.event_id)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_keys(keys: Sequence[MentionKey], linker: Linker) -> list[list[MentionKey]]:
    """Partition ``keys`` into happenings.

    1. Anchored mentions that agree (``SAME``) are joined: connected components.
    2. Each floating mention attaches to its single best anchor (``attach_score``), so a vague
       mention can never bridge two distinct happenings.
    3. Floating mentions with no anchor at all are joined to each other (``FLOAT``).
    Only mentions sharing a block are compared, and each pair once, in the first block both
    belong to.  The result depends on the set of keys only, not on their order.
    """
    ordered = sorted(keys, key=lambda k: k.event_id)
    bucket_days = linker.config.bucket_days
    blocks: dict[BlockKey, list[int]] = defaultdict(list)
    first_bucket: list[int] = []
    for i, key in enumerate(ordered):
        blocks_of = block_keys(key, bucket_days)
        first = blocks_of[0].bucket
        first_bucket.append(first if isinstance(first, int) else 0)
        for block in blocks_of:
            blocks[block].append(i)

    uf = _UnionFind(len(ordered))
    best: dict[int, tuple[AttachScore, int]] = {}
    floats: list[tuple[int, int]] = []
    for block, idxs in blocks.items():
        if len(idxs) < 2:
            continue
        bucket = block.bucket
        for x, i in enumerate(idxs):
            u = ordered[i]
            for j in idxs[x + 1 :]:
                if isinstance(bucket, int) and bucket != max(first_bucket[i], first_bucket[j]):
                    continue  # this pair is compared in an earlier block both share
                found = linker.relation(u, ordered[j])
                if found is None:
                    continue
                kind, sim = found
                if kind == SAME:
                    uf.union(i, j)
                elif kind == FLOAT:
                    floats.append((i, j))
                else:
                    a, f = (i, j) if u.kind == ANCHORED else (j, i)
                    score = attach_score(ordered[a], ordered[f], sim)
                    if f not in best or score < best[f][0]:
                        best[f] = (score, a)
    for f, (_, a) in best.items():
        uf.union(f, a)
    for i, j in floats:
        if i not in best and j not in best:
            uf.union(i, j)
    groups: dict[int, list[MentionKey]] = defaultdict(list)
    for i, key in enumerate(ordered):
        groups[uf.find(i)].append(key)
    return list(groups.values())
