from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from communique.errors import StoreError
from communique.store import EVENT_COLUMNS, Store
from communique.store.migrate import default_migrations_dir, discover
from communique.types import EVENT_FIELDS


def ledger(path: Path) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
        ).fetchall()


def columns(path: Path, table: str) -> list[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
    return [r[0] for r in rows]


@pytest.fixture
def migrations(tmp_path: Path) -> Path:
    """A private copy of the first shipped migration that a test may extend with its own."""
    target = tmp_path / "migrations"
    target.mkdir()
    for entry in default_migrations_dir().iterdir():
        if entry.name.startswith("0001_"):
            (target / entry.name).write_text(entry.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_fresh_store_records_every_shipped_migration(db_path: Path) -> None:
    Store(db_path).close()
    rows = ledger(db_path)
    assert [(v, n) for v, n, _ in rows] == [(1, "initial"), (2, "clusters")]
    assert all(applied is not None for _, _, applied in rows)


def test_events_table_has_the_documented_columns_in_order(db_path: Path) -> None:
    Store(db_path).close()
    cols = columns(db_path, "events")
    assert cols == list(EVENT_COLUMNS)
    assert cols[: len(EVENT_FIELDS)] == list(EVENT_FIELDS)
    assert {"sentence_index", "plover_score", "date_text", "symmetric"} <= set(cols)


def test_opening_twice_changes_nothing(db_path: Path) -> None:
    Store(db_path).close()
    before = ledger(db_path)
    with Store(db_path) as s:
        assert s.schema_version == 2
    assert ledger(db_path) == before


def test_adding_a_migration_applies_only_it(db_path: Path, migrations: Path) -> None:
    Store(db_path, migrations_dir=migrations).close()
    first = ledger(db_path)
    (migrations / "0002_clusters.sql").write_text(
        "CREATE TABLE clusters (cluster_id VARCHAR PRIMARY KEY, n INTEGER);\n"
        "ALTER TABLE articles ADD COLUMN note VARCHAR;\n",
        encoding="utf-8",
    )
    (migrations / "README.txt").write_text("not a migration", encoding="utf-8")
    with Store(db_path, migrations_dir=migrations) as s:
        assert s.schema_version == 2
    after = ledger(db_path)
    assert after[0] == first[0]  # 0001 not re-run (same applied_at)
    assert [(v, n) for v, n, _ in after] == [(1, "initial"), (2, "clusters")]
    assert columns(db_path, "clusters") == ["cluster_id", "n"]
    assert "note" in columns(db_path, "articles")


def test_failing_migration_is_rolled_back_entirely(db_path: Path, migrations: Path) -> None:
    Store(db_path, migrations_dir=migrations).close()
    (migrations / "0002_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nTHIS IS NOT SQL;\n", encoding="utf-8"
    )
    with pytest.raises(StoreError, match="0002_broken"):
        Store(db_path, migrations_dir=migrations)
    assert [v for v, _, _ in ledger(db_path)] == [1]
    assert columns(db_path, "half_done") == []


def test_store_written_by_newer_version_is_refused(db_path: Path, migrations: Path) -> None:
    (migrations / "0002_more.sql").write_text("CREATE TABLE more (x INTEGER);", encoding="utf-8")
    Store(db_path, migrations_dir=migrations).close()
    (migrations / "0002_more.sql").unlink()
    with pytest.raises(StoreError, match="newer"):
        Store(db_path, migrations_dir=migrations)


def test_duplicate_migration_numbers_are_an_error(migrations: Path) -> None:
    shutil.copy(migrations / "0001_initial.sql", migrations / "0001_again.sql")
    with pytest.raises(StoreError, match="used twice"):
        discover(migrations)


def test_read_only_refuses_pending_migrations(db_path: Path, migrations: Path) -> None:
    Store(db_path, migrations_dir=migrations).close()
    (migrations / "0002_more.sql").write_text("CREATE TABLE more (x INTEGER);", encoding="utf-8")
    with pytest.raises(StoreError, match="out of date"):
        Store(db_path, read_only=True, migrations_dir=migrations)
    assert [v for v, _, _ in ledger(db_path)] == [1]


def test_read_only_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()


def test_read_only_store_can_read_but_not_write(db_path: Path) -> None:
    Store(db_path).close()
    with Store(db_path, read_only=True) as s:
        assert s.summary()["n_articles"] == 0
        with pytest.raises(StoreError, match="read-only"):
            s.write_batch([])


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("just some text, not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        Store(bogus)
