from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from store_factories import make_article, make_event, one_sentence

from communique.store import EVENT_COLUMNS, Store, infer_format, write_table
from communique.types import EVENT_FIELDS


@pytest.fixture
def events_table(store: Store) -> pa.Table:
    a = make_article("Story one.")
    b = make_article("Story two.", path="in/b.txt")
    store.write_batch(
        [
            (a, one_sentence(a), [make_event(a, 0, source_name='Seoul, "the" capital')]),
            (b, one_sentence(b), [make_event(b, 0, date=None, date_basis="none", plover=None)]),
        ]
    )
    return store.events()


def test_csv_reads_back_with_pandas(tmp_path: Path, events_table: pa.Table) -> None:
    out = tmp_path / "events.csv"
    write_table(events_table, out, "csv")
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(df.columns) == list(EVENT_COLUMNS)
    assert list(df["date"]) == ["2024-03-04", ""]
    assert df.loc[0, "source_name"] == 'Seoul, "the" capital'
    assert df.loc[0, "cameo"] == "111"  # leading digits kept as text


def test_jsonl_has_iso_dates_and_nulls(tmp_path: Path, events_table: pa.Table) -> None:
    out = tmp_path / "events.jsonl"
    write_table(events_table, out)  # format from the suffix
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 2 and list(rows[0]) == list(EVENT_COLUMNS)
    assert rows[0]["date"] == "2024-03-04" and rows[1]["date"] is None
    assert rows[1]["plover"] is None
    df = pd.read_json(out, lines=True, dtype=False)
    assert list(df["event_id"]) == events_table.column("event_id").to_pylist()


def test_parquet_keeps_types(tmp_path: Path, events_table: pa.Table) -> None:
    out = tmp_path / "events.parquet"
    write_table(events_table, out, "parquet")
    df = pd.read_parquet(out)
    assert list(df.columns[: len(EVENT_FIELDS)]) == list(EVENT_FIELDS)
    assert df.loc[0, "date"] == date(2024, 3, 4)
    assert df["goldstein"].dtype.kind == "f"
    assert bool(df.loc[0, "symmetric"]) is False


def test_write_to_binary_stream(events_table: pa.Table) -> None:
    sink = io.BytesIO()
    write_table(events_table, sink, "jsonl")
    assert len(sink.getvalue().decode("utf-8").splitlines()) == 2
    with pytest.raises(ValueError, match="must be given"):
        write_table(events_table, io.BytesIO())


def test_unknown_formats_are_named(tmp_path: Path, events_table: pa.Table) -> None:
    with pytest.raises(ValueError, match="'xlsx'"):
        write_table(events_table, tmp_path / "e.xlsx", "xlsx")
    with pytest.raises(ValueError, match="suffix"):
        infer_format(tmp_path / "events.txt")
    assert infer_format("E.PARQUET") == "parquet"
