"""The merge stage's records: its settings, its result, and the canonical event it builds.

``CanonicalEvent`` is the record analysts read: one row per real-world happening, with the
best-supported coding of it and every report (``members``) that went into it.  It carries its
member mentions so that a later merge can re-link new reports against it exactly as a batch run
would (see ``communique.merge`` for why that matters), and so a store can show the evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from communique.ontology import Ontology
from communique.types import EventMention, Rejection

Similarity = Callable[[str, str], float]
"""A sentence similarity in [0, 1]; the default is token Jaccard (``communique.merge.text``)."""


@dataclass(frozen=True, slots=True)
class BlockKey:
    """Where a mention can find its partners: only mentions sharing a block are ever compared.

    ``modality`` is the modality class (``asserted`` covers asserted and reported acts),
    ``pair`` the two parties' country tokens in sorted order (direction is checked later),
    ``family`` the group of CAMEO roots whose codes may be compatible, and ``bucket`` the
    number of the ``bucket_days``-day period (days since 0001-01-01 // bucket_days), or
    ``"article:<article_id>"`` for an undated mention, which can only merge inside its article.
    A store that wants to load "the affected blocks" indexes its mentions by these keys.
    """

    modality: str
    pair: tuple[str, str]
    family: str
    bucket: int | str


@dataclass(frozen=True)
class MergeConfig:
    """The knobs of the "same happening" rules; the defaults are the documented behaviour.

    ``publication_lag_days``: a mention dated only by its publication date may join a cluster
    whose own date is up to this many days earlier (late reports of an op-ed, a statement).
    ``timezone_slack_days``: a relative or publication date may be off by this much (a Seoul
    paper dates a Washington event a day later).  ``coarse_min_similarity``: a week/month/year
    dated mention joins a day-dated cluster only if its sentence is at least this similar to
    the cluster member it attaches to, since "in March" alone fits every March happening.
    ``floating_min_similarity``: two mentions with no firm date from different articles merge
    only when their sentences are this similar.  ``similarity`` replaces token Jaccard (an
    embedding model, say).  ``country_names`` maps ISO-3 codes to names for the summary line.
    ``ontology`` defaults to the packaged one.
    """

    bucket_days: int = 7
    publication_lag_days: int = 3
    timezone_slack_days: int = 1
    coarse_min_similarity: float = 0.2
    floating_min_similarity: float = 0.3
    similarity: Similarity | None = None
    country_names: Mapping[str, str] | None = None
    ontology: Ontology | None = None

    def __post_init__(self) -> None:
        if self.bucket_days < 1:
            raise ValueError(f"MergeConfig.bucket_days must be >= 1, got {self.bucket_days}")
        if self.publication_lag_days < 0 or self.timezone_slack_days < 0:
            raise ValueError("MergeConfig day tolerances must be >= 0")


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """One happening: the best-supported coding of it plus every report of it.

    ``cluster_id`` is derived from the smallest member ``event_id``, so it depends only on the
    cluster's content, never on the order reports arrived in.  Codes, actors and dates are the
    best-supported values over the members (see ``communique.merge.canonical``).
    ``modality`` is ``asserted`` for done acts; negated, hypothetical, future, wish and appeal
    mentions form their own clusters, so "did not attack" is never counted as an attack.
    """

    cluster_id: str
    source_code: str | None
    source_country: str | None
    target_code: str | None
    target_country: str | None
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    date: date | None
    date_precision: str | None
    date_basis: str
    symmetric: bool
    modality: str
    num_mentions: int
    num_articles: int
    num_sources: int
    first_reported: date | None
    mention_ids: tuple[str, ...]
    summary: str
    members: tuple[EventMention, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class MergeResult:
    """What a merge decided.

    ``assignments`` maps every mention it knows about to its cluster.  ``clusters`` are the
    canonical events (for ``merge``: all of them, sorted by ``cluster_id``; for
    ``merge_incremental``: only those that are new or changed).  ``retired`` lists the ids of
    existing clusters that no longer exist (absorbed or split): a store deletes them.
    ``rejected`` names each mention that could not be merged and why.
    """

    assignments: dict[str, str]
    clusters: list[CanonicalEvent]
    retired: frozenset[str] = frozenset()
    rejected: tuple[Rejection, ...] = ()

    def cluster_of(self, event_id: str) -> CanonicalEvent:
        """The canonical event a mention was merged into (``KeyError`` if unknown)."""
        wanted = self.assignments[event_id]
        for cluster in self.clusters:
            if cluster.cluster_id == wanted:
                return cluster
        raise KeyError(event_id)
