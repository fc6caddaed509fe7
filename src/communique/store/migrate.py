"""Numbered SQL migrations: how a store file gets from whatever schema it has to the current one.

Migrations are plain files ``NNNN_name.sql`` shipped in the package (``store/migrations``).
Each one runs in its own transaction together with the row that records it in
``schema_migrations``, so a failure leaves the file at the previous version, never half-way.
Files are never edited once released: a schema change is a new file with the next number.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import duckdb

from communique.errors import StoreError

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_([A-Za-z0-9_]+)\.sql$")

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``version`` from the file's number, ``name`` from the rest of its name."""

    version: int
    name: str
    sql: str


def default_migrations_dir() -> Traversable:
    """The migrations shipped with the package (works from a wheel as well as a checkout)."""
    return resources.files("communique.store").joinpath("migrations")


def discover(directory: Traversable | Path) -> list[Migration]:
    """Read every ``NNNN_name.sql`` in ``directory``, ordered by version.

    Other files are ignored (so a README can sit next to them); two files with the same number
    are an error because the order of the schema would be ambiguous.
    """
    found: dict[int, Migration] = {}
    for entry in directory.iterdir():
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        version = int(match.group(1))
        if version in found:
            raise StoreError(
                f"{entry.name}: migration number {version} is used twice "
                f"(also {found[version].name})"
            )
        found[version] = Migration(version, match.group(2), entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    """Versions recorded in the ledger; empty when the ledger does not exist yet."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return set()
    return {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}


def pending(applied: Iterable[int], migrations: Sequence[Migration]) -> list[Migration]:
    """The migrations not yet applied, in order.

    A ledger that knows a version newer than any file means the file was written by a newer
    communique; applying anything to it could corrupt it, so that is an error.
    """
    done = set(applied)
    known = {m.version for m in migrations}
    newer = sorted(v for v in done if v not in known and v > max(known, default=0))
    if newer:
        raise StoreError(
            f"the store has schema version {newer[-1]}, newer than this communique knows "
            f"({max(known, default=0)}); upgrade communique to open it"
        )
    return [m for m in migrations if m.version not in done]


def apply(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration]) -> list[int]:
    """Apply ``migrations`` in order, each atomically with its ledger row; return the versions.

    Stops at the first failure, so later migrations never run on a schema they do not expect.
    """
    con.execute(_CREATE_LEDGER)
    done: list[int] = []
    for migration in migrations:
        con.begin()
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name, _now()],
            )
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise StoreError(
                f"migration {migration.version:04d}_{migration.name} failed: {exc}"
            ) from exc
        log.info("applied store migration %04d_%s", migration.version, migration.name)
        done.append(migration.version)
    return done


def _now() -> datetime:
    """Naive UTC, which is what DuckDB's TIMESTAMP holds."""
    return datetime.now(UTC).replace(tzinfo=None)
