"""The event tables as they are, in the everyday formats: JSON Lines, CSV and Parquet.

These are communique's own layouts (the mention table, or the canonical-event table), for
users who want every field rather than a foreign format's subset.  Dates are ISO-8601
(``2021-07-11``) in CSV and JSON Lines and ``date32`` in Parquet; list cells
(``mention_ids``) are JSON arrays in CSV, arrays in JSON Lines, ``list<string>`` in Parquet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from communique.analytics.frames import CANONICAL_COLUMNS, as_frame, is_missing, list_cell, to_date
from communique.exports.common import text_sink
from communique.types import EVENT_FIELDS

LAYOUTS: tuple[str, ...] = ("jsonl", "csv", "parquet")

MENTION_COLUMNS: tuple[str, ...] = (
    *EVENT_FIELDS,
    "sentence_index",
    "plover_score",
    "date_text",
    "symmetric",
)
"""The store's event-mention columns (``EVENT_FIELDS`` then the store's extra fields)."""

DATE_COLUMNS: tuple[str, ...] = ("date", "published", "first_reported")
LIST_COLUMNS: tuple[str, ...] = ("mention_ids",)
TEXT_COLUMNS: tuple[str, ...] = ("cameo", "cameo_root")
"""Read these as text: CAMEO codes keep their leading zeros (``"010"``)."""


def ordered(df: pd.DataFrame, documented: tuple[str, ...]) -> pd.DataFrame:
    """Documented columns first, in their documented order, then any others as they came."""
    first = [c for c in documented if c in df.columns]
    return df[first + [c for c in df.columns if c not in first]]


def _plain(value: Any) -> Any:
    """A cell as a JSON-ready Python value (NumPy scalars unwrapped, missing -> None)."""
    if isinstance(value, list | tuple | np.ndarray):
        return [_plain(v) for v in list(value)]
    if is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value


def normalise(df: pd.DataFrame, documented: tuple[str, ...]) -> pd.DataFrame:
    """Dates as ``datetime.date`` (or ``None``), list cells as lists of strings."""
    out = ordered(df, documented).copy()
    for name in DATE_COLUMNS:
        if name in out.columns:
            out[name] = pd.Series([to_date(v) for v in out[name]], index=out.index, dtype=object)
    for name in LIST_COLUMNS:
        if name in out.columns:
            out[name] = pd.Series(
                [[str(v) for v in list_cell(cell)] for cell in out[name]],
                index=out.index,
                dtype=object,
            )
    return out


def _write_jsonl(df: pd.DataFrame, out: IO[str]) -> None:
    columns = list(df.columns)
    for values in df.itertuples(index=False, name=None):
        record = {}
        for name, value in zip(columns, values, strict=True):
            value = _plain(value)
            record[name] = value.isoformat() if hasattr(value, "isoformat") else value
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_layout(
    df: pd.DataFrame,
    fmt: str,
    dest: str | Path | IO[Any],
    *,
    documented: tuple[str, ...] = MENTION_COLUMNS,
) -> int:
    """Write a table (mentions, or canonical events with ``documented=CANONICAL_COLUMNS``)
    as ``jsonl``, ``csv`` or ``parquet``; returns the number of rows."""
    if fmt not in LAYOUTS:
        raise ValueError(f"unknown table format {fmt!r}; use one of {', '.join(LAYOUTS)}")
    table = normalise(as_frame(df), documented)
    if fmt == "parquet":
        arrow = pa.Table.from_pandas(table, preserve_index=False)
        pq.write_table(arrow, dest)
        return len(table)
    with text_sink(dest) as out:
        if fmt == "jsonl":
            _write_jsonl(table, out)
        else:
            for name in LIST_COLUMNS:
                if name in table.columns:
                    table[name] = [json.dumps(v, ensure_ascii=False) for v in table[name]]
            table.to_csv(out, index=False, lineterminator="\n")
    return len(table)


def read_layout(path: str | Path, fmt: str) -> pd.DataFrame:
    """Load a file written by ``write_layout`` with CAMEO codes as text."""
    if fmt == "parquet":
        return pd.read_parquet(path)
    dtypes = dict.fromkeys(TEXT_COLUMNS, str)
    if fmt == "jsonl":
        return pd.read_json(path, lines=True, dtype=dtypes)
    return pd.read_csv(path, dtype=dtypes)


__all__ = [
    "CANONICAL_COLUMNS",
    "LAYOUTS",
    "MENTION_COLUMNS",
    "normalise",
    "read_layout",
    "write_layout",
]
