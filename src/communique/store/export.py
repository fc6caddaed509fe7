"""Writing an Arrow table (events, articles ...) to the formats analysts load elsewhere.

CSV for spreadsheets and R, JSON Lines for scripts (dates as ISO-8601 strings, one object per
line), Parquet for pandas/Arrow/DuckDB users who want types preserved.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")

_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def infer_format(path: str | Path) -> str:
    """The export format implied by a file name's suffix (``events.parquet`` -> ``parquet``)."""
    fmt = _SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(
            f"{path}: cannot tell the export format from the suffix; "
            f"use one of {', '.join(sorted(_SUFFIXES))} or give the format"
        )
    return fmt


def _json_default(value: Any) -> Any:
    """ISO strings for dates and times; JSON has no date type and ISO sorts correctly."""
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    raise TypeError(f"cannot write {type(value).__name__} value {value!r} as JSON")


def jsonl_lines(table: pa.Table) -> Iterator[str]:
    """One JSON object per row, keys in column order, batch by batch to bound memory."""
    for batch in table.to_batches():
        for row in batch.to_pylist():
            yield json.dumps(row, ensure_ascii=False, default=_json_default) + "\n"


@contextmanager
def _binary_sink(dest: str | Path | IO[bytes]) -> Iterator[IO[bytes]]:
    if isinstance(dest, str | Path):
        with open(dest, "wb") as fh:
            yield fh
    else:
        yield dest


def write_table(table: pa.Table, dest: str | Path | IO[bytes], fmt: str | None = None) -> None:
    """Write ``table`` to ``dest`` (a path, or a binary stream such as ``sys.stdout.buffer``).

    ``fmt`` is ``csv``, ``jsonl`` or ``parquet``; when omitted it is inferred from the path.
    """
    if fmt is None:
        if not isinstance(dest, str | Path):
            raise ValueError("the export format must be given when writing to a stream")
        fmt = infer_format(dest)
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    with _binary_sink(dest) as sink:
        if fmt == "csv":
            pa_csv.write_csv(table, sink)
        elif fmt == "parquet":
            pq.write_table(table, sink)
        else:
            for line in jsonl_lines(table):
                sink.write(line.encode("utf-8"))
