"""Canonical events in the store: write a merge result, read clusters and their mentions.

Writing is a replacement of the clusters the merge touched: their rows are deleted and
re-inserted, and every member mention's ``cluster_id`` is updated, in one transaction.
Clusters that lost all members are removed.  Because cluster ids are content-derived,
re-merging the same mentions rewrites identical rows (merge is idempotent end to end).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from communique.store.filters import EventFilter, where_clause

CLUSTER_COLUMNS: tuple[str, ...] = (
    "cluster_id", "source_code", "source_country", "target_code", "target_country",
    "cameo", "cameo_root", "cameo_name", "plover", "plover_mode", "goldstein", "quad_class",
    "plover_score", "date", "date_precision", "date_basis", "symmetric", "modality",
    "num_mentions", "num_articles", "num_sources", "first_reported", "summary", "merged_at",
)  # fmt: skip


class ClusterLike(Protocol):
    """What the store needs of a canonical event (``communique.merge.CanonicalEvent``)."""

    cluster_id: str
    mention_ids: tuple[str, ...]


def _cluster_table(clusters: Sequence[Any], scores: Sequence[float | None]) -> pa.Table:
    now = datetime.now(UTC).replace(tzinfo=None)
    columns: dict[str, list[Any]] = {c: [] for c in CLUSTER_COLUMNS}
    for cluster, score in zip(clusters, scores, strict=True):
        for c in CLUSTER_COLUMNS:
            if c == "merged_at":
                columns[c].append(now)
            elif c == "plover_score":
                columns[c].append(score)
            else:
                columns[c].append(getattr(cluster, c))
    types = {
        "goldstein": pa.float64(), "quad_class": pa.int32(), "plover_score": pa.float64(),
        "date": pa.date32(), "first_reported": pa.date32(), "symmetric": pa.bool_(),
        "num_mentions": pa.int32(), "num_articles": pa.int32(), "num_sources": pa.int32(),
        "merged_at": pa.timestamp("us"),
    }  # fmt: skip
    return pa.table({c: pa.array(columns[c], type=types.get(c, pa.string())) for c in columns})


def write_clusters(
    con: duckdb.DuckDBPyConnection,
    clusters: Sequence[Any],
    assignments: dict[str, str],
    scores: Sequence[float | None],
) -> None:
    """Replace ``clusters`` and point every assigned mention at its cluster (one transaction)."""
    table = _cluster_table(clusters, scores)
    links = pa.table(
        {
            "event_id": pa.array(list(assignments), type=pa.string()),
            "cluster_id": pa.array(list(assignments.values()), type=pa.string()),
        }
    )
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_communique_clusters", table)
        con.register("_communique_links", links)
        con.execute(
            "DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM _communique_clusters)"
        )
        cols = ", ".join(f'"{c}"' for c in CLUSTER_COLUMNS)
        con.execute(f"INSERT INTO clusters ({cols}) SELECT {cols} FROM _communique_clusters")
        con.execute(
            "UPDATE events SET cluster_id = l.cluster_id FROM _communique_links l "
            "WHERE events.event_id = l.event_id"
        )
        con.execute(
            "DELETE FROM clusters WHERE cluster_id NOT IN "
            "(SELECT DISTINCT cluster_id FROM events WHERE cluster_id IS NOT NULL)"
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_communique_clusters")
        con.unregister("_communique_links")


def read_clusters(con: duckdb.DuckDBPyConnection, filters: EventFilter | None = None) -> pa.Table:
    """Canonical events, filtered like event mentions (actor, country, dyad, cameo, dates)."""
    filters = filters or EventFilter()
    if filters.article_id:
        raise ValueError("canonical events span articles: filter mentions by article instead")
    where, params = where_clause(filters)
    where = _cluster_where(where)
    limit = f" LIMIT {int(filters.limit)}" if filters.limit is not None else ""
    cols = ", ".join(f'"{c}"' for c in CLUSTER_COLUMNS if c != "merged_at")
    sql = (
        f"SELECT {cols} FROM clusters {where} "
        f"ORDER BY date NULLS LAST, first_reported, cluster_id{limit}"
    )
    return con.execute(sql, params).to_arrow_table()


def _cluster_where(where: str) -> str:
    """Event filters name mention-only columns (source_name, article_id); clusters have codes
    and countries, which is what dyad/actor/country filters use, so the clause applies as is
    except for name matching, which is dropped to code matching."""
    return where.replace("lower(source_name)", "lower(source_code)").replace(
        "lower(target_name)", "lower(target_code)"
    )


def mentions_in_dyads(
    con: duckdb.DuckDBPyConnection, pairs: Sequence[tuple[str | None, str | None]]
) -> pa.Table:
    """Stored mentions whose country pair (either direction) is one of ``pairs``: the only
    mentions an incremental merge of new mentions between those parties can touch."""
    if not pairs:
        return pa.table({})
    keys = pa.table(
        {
            "a": pa.array([a or "" for a, _ in pairs], type=pa.string()),
            "b": pa.array([b or "" for _, b in pairs], type=pa.string()),
        }
    )
    con.register("_communique_pairs", keys)
    try:
        return con.execute(
            "SELECT e.* FROM events e JOIN _communique_pairs p ON "
            "(coalesce(e.source_country, left(e.source_code, 3), '') = p.a AND "
            " coalesce(e.target_country, left(e.target_code, 3), '') = p.b) OR "
            "(coalesce(e.source_country, left(e.source_code, 3), '') = p.b AND "
            " coalesce(e.target_country, left(e.target_code, 3), '') = p.a)"
        ).to_arrow_table()
    finally:
        con.unregister("_communique_pairs")
