"""Read-side queries: article listings, one article in full, events by filter, the summary.

Functions take a DuckDB connection rather than a ``Store`` so they can be tested and reused
with any connection (e.g. a read-only one).  Results are plain Python values or Arrow tables:
nothing DuckDB-specific leaks to callers.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb
import pyarrow as pa

from communique.errors import StoreError
from communique.store.filters import EventFilter, where_clause
from communique.store.rows import EVENT_COLUMNS
from communique.types import Article, CleaningAction

_EVENT_SELECT = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)

_ARTICLE_LIST = """
SELECT a.article_id, a.path AS article_path, a.title, a.outlet, a.published,
       a.published_basis, a.dateline, a.n_removed, a.ingested_at, a.parser, a.coder,
       (SELECT count(*) FROM article_paths p WHERE p.article_id = a.article_id) AS n_paths,
       (SELECT count(*) FROM sentences s WHERE s.article_id = a.article_id) AS n_sentences,
       (SELECT count(*) FROM events e WHERE e.article_id = a.article_id) AS n_events
FROM articles a
ORDER BY a.ingested_at, a.path, a.article_id
"""


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Rows of the last statement as dicts keyed by column name."""
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def list_articles(con: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[dict[str, Any]]:
    """One summary dict per article, oldest ingestion first; ``article_path`` is the first path."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    if limit is None:
        return _dicts(con.execute(_ARTICLE_LIST))
    return _dicts(con.execute(_ARTICLE_LIST + " LIMIT ?", [limit]))


def resolve_article_id(con: duckdb.DuckDBPyConnection, id_or_prefix: str) -> str | None:
    """The full id for an id or a unique prefix of one; ``None`` when nothing matches.

    An ambiguous prefix is an error rather than a guess, listing a few candidates so the user
    can type more characters.
    """
    key = id_or_prefix.strip()
    if not key:
        return None
    exact = con.execute("SELECT article_id FROM articles WHERE article_id = ?", [key]).fetchone()
    if exact:
        return str(exact[0])
    rows = con.execute(
        "SELECT article_id FROM articles WHERE starts_with(article_id, ?) "
        "ORDER BY article_id LIMIT 6",
        [key],
    ).fetchall()
    if not rows:
        return None
    if len(rows) > 1:
        shown = ", ".join(r[0] for r in rows[:5])
        raise StoreError(f"article id prefix {key!r} is ambiguous: matches {shown} ...")
    return str(rows[0][0])


def get_article(con: duckdb.DuckDBPyConnection, id_or_prefix: str) -> dict[str, Any] | None:
    """Everything stored about one article: all columns, the cleaning log as a list of
    ``{step, reason, removed}`` dicts, ``warnings`` as a list, ``paths`` (first first) and the
    numbers of sentences and events."""
    article_id = resolve_article_id(con, id_or_prefix)
    if article_id is None:
        return None
    rows = _dicts(con.execute("SELECT * FROM articles WHERE article_id = ?", [article_id]))
    record = rows[0]
    record["cleaning"] = json.loads(record["cleaning"])
    record["warnings"] = json.loads(record["warnings"])
    record["article_path"] = record["path"]
    paths = con.execute(
        "SELECT path FROM article_paths WHERE article_id = ? "
        "ORDER BY (path = ?) DESC, first_seen, path",
        [article_id, record["path"]],
    ).fetchall()
    record["paths"] = [p[0] for p in paths]
    counts = con.execute(
        "SELECT (SELECT count(*) FROM sentences WHERE article_id = $1), "
        "(SELECT count(*) FROM events WHERE article_id = $1)",
        [article_id],
    ).fetchone()
    record["n_sentences"], record["n_events"] = counts if counts else (0, 0)
    return record


def sentences(con: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """An article's stored sentences in order: ``sentence_index, start, end, text``."""
    return _dicts(
        con.execute(
            'SELECT sentence_index, "start", "end", text FROM sentences '
            "WHERE article_id = ? ORDER BY sentence_index",
            [article_id],
        )
    )


def events(con: duckdb.DuckDBPyConnection, f: EventFilter) -> pa.Table:
    """Events matching ``f`` as an Arrow table with ``EVENT_COLUMNS``, in a stable order
    (date, unknown dates last; then article, sentence, event id)."""
    where, params = where_clause(f)
    sql = (
        f"SELECT {_EVENT_SELECT} FROM events {where} "
        "ORDER BY date NULLS LAST, article_id, sentence_index, event_id"
    )
    if f.limit is not None:
        sql += " LIMIT ?"
        params = [*params, f.limit]
    return con.execute(sql, params).to_arrow_table()


def to_records(table: pa.Table) -> list[dict[str, Any]]:
    """An Arrow table as a list of row dicts (dates stay ``datetime.date``)."""
    return table.to_pylist()


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts that tell a user what a store holds and how clean the input was."""

    def scalar(sql: str) -> Any:
        row = con.execute(sql).fetchone()
        return row[0] if row else None

    steps = con.execute(
        "SELECT step, count(*) AS n FROM ("
        "  SELECT unnest(json_extract_string(cleaning, '$[*].step')) AS step FROM articles"
        ") GROUP BY step ORDER BY n DESC, step"
    ).fetchall()
    outlets = con.execute(
        "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY n DESC, outlet"
    ).fetchall()
    first, last = con.execute("SELECT min(published), max(published) FROM articles").fetchone() or (
        None,
        None,
    )
    n_articles = int(scalar("SELECT count(*) FROM articles"))
    with_date = int(scalar("SELECT count(*) FROM articles WHERE published IS NOT NULL"))
    return {
        "schema_version": scalar("SELECT max(version) FROM schema_migrations"),
        "n_articles": n_articles,
        "n_paths": int(scalar("SELECT count(*) FROM article_paths")),
        "n_sentences": int(scalar("SELECT count(*) FROM sentences")),
        "n_events": int(scalar("SELECT count(*) FROM events")),
        "n_cleaning_actions": sum(n for _, n in steps),
        "cleaning_by_step": {step: int(n) for step, n in steps},
        "articles_with_date": with_date,
        "articles_without_date": n_articles - with_date,
        "articles_without_outlet": n_articles - sum(n for _, n in outlets),
        "outlets": {outlet: int(n) for outlet, n in outlets},
        "published_range": (first, last) if first is not None else None,
    }


def stale_article_ids(con: duckdb.DuckDBPyConnection, coder: str | None) -> list[str]:
    """Ids of articles not coded by ``coder`` (a coder's version label), oldest first; every
    article when ``coder`` is None."""
    sql = "SELECT article_id FROM articles"
    params: list[Any] = []
    if coder is not None:
        sql += " WHERE coder IS DISTINCT FROM ?"
        params.append(coder)
    return [r[0] for r in con.execute(sql + " ORDER BY ingested_at, article_id", params).fetchall()]


_ARTICLE_FIELDS = ("article_id", "path", "fmt", "raw_text", "text", "title", "outlet",
                   "published", "published_time", "published_basis", "byline", "dateline",
                   "url", "doc_id")  # fmt: skip


def load_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[Article]:
    """Stored articles rebuilt as ``Article`` records (for re-coding), in ``article_ids``
    order; ids not in the store are skipped."""
    if not article_ids:
        return []
    cols = ", ".join(f'"{c}"' for c in (*_ARTICLE_FIELDS, "cleaning", "warnings"))
    sql = f"SELECT {cols} FROM articles WHERE list_contains(?, article_id)"
    rows = _dicts(con.execute(sql, [article_ids]))
    by_id = {r["article_id"]: r for r in rows}
    return [_article(by_id[i]) for i in article_ids if i in by_id]


def _article(row: dict[str, Any]) -> Article:
    cleaning = tuple(
        CleaningAction(a["step"], a["reason"], a["removed"]) for a in json.loads(row["cleaning"])
    )
    return Article(
        **{f: row[f] for f in _ARTICLE_FIELDS},
        cleaning=cleaning,
        warnings=tuple(json.loads(row["warnings"])),
    )


def events_of_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> pa.Table:
    """Every event mention of these articles."""
    return con.execute(
        f"SELECT {_EVENT_SELECT} FROM events WHERE list_contains(?, article_id) "
        "ORDER BY article_id, sentence_index, event_id",
        [article_ids],
    ).to_arrow_table()
