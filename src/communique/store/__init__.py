"""Persistence: a DuckDB file with articles, sentences and events (the only DuckDB user)."""

from communique.store.export import FORMATS, infer_format, write_table
from communique.store.filters import EventFilter
from communique.store.read import to_records
from communique.store.rows import EVENT_COLUMNS, EXTRA_EVENT_FIELDS
from communique.store.store import Store, WriteFailure, WriteResult

__all__ = [
    "EVENT_COLUMNS",
    "EXTRA_EVENT_FIELDS",
    "FORMATS",
    "EventFilter",
    "Store",
    "WriteFailure",
    "WriteResult",
    "infer_format",
    "to_records",
    "write_table",
]
