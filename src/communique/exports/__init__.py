"""Writing communique data in the formats event-data users already load.

``export(mentions, canonical, fmt, path)`` writes one of:

* ``icews``  - the ICEWS Dataverse event file (tab-separated, header row);
* ``gdelt``  - the GDELT 2.0 event table (61 tab-separated columns, no header by default);
* ``plover`` - PLOVER JSON records (JSON Lines, or an array for ``*.json``);
* ``jsonl`` / ``csv`` / ``parquet`` - communique's own tables with every field.

The foreign formats get one row per canonical event when canonical events are given (else
one per mention).  Every mapping, and every column left empty and why, is documented in
``docs/exports.md``.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path
from typing import IO, Any

import pandas as pd

from communique.analytics.frames import CANONICAL_COLUMNS, DONE_MODALITIES
from communique.analytics.labels import Labels
from communique.exports.common import ROW_COLUMNS, event_rows, stable_int_id
from communique.exports.gdelt import GDELT_COLUMNS, read_gdelt, write_gdelt
from communique.exports.icews import ICEWS_COLUMNS, read_icews, write_icews
from communique.exports.layouts import LAYOUTS, MENTION_COLUMNS, read_layout, write_layout
from communique.exports.plover import PLOVER_FIELDS, plover_records, write_plover
from communique.ontology import Ontology

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("icews", "gdelt", "plover", *LAYOUTS)

__all__ = [
    "CANONICAL_COLUMNS",
    "FORMATS",
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "MENTION_COLUMNS",
    "PLOVER_FIELDS",
    "ROW_COLUMNS",
    "event_rows",
    "export",
    "plover_records",
    "read_gdelt",
    "read_icews",
    "read_layout",
    "stable_int_id",
]


def export(
    mentions: pd.DataFrame | None,
    canonical: pd.DataFrame | None,
    fmt: str,
    path: str | Path | IO[Any],
    *,
    articles: pd.DataFrame | None = None,
    header: bool = False,
    as_array: bool | None = None,
    drop_unmapped: bool = False,
    table: str = "mentions",
    modalities: Collection[str] | None = DONE_MODALITIES,
    ontology: Ontology | None = None,
    labels: Labels | None = None,
) -> int:
    """Write the data set to ``path`` (a path or an open stream) as ``fmt``; returns the
    number of records written.

    ``articles`` (``article_id``, ``url``) fills source URLs; ``header`` adds GDELT's column
    names as a first line; ``as_array`` and ``drop_unmapped`` shape PLOVER output;
    ``table`` picks the table for ``jsonl``/``csv``/``parquet`` (``"mentions"`` or
    ``"canonical"``).  ICEWS, GDELT and PLOVER files hold only acts that happened
    (``modalities``: asserted and reported); ``modalities=None`` includes negated,
    hypothetical, future, wished-for and appealed-for events too (PLOVER marks them with
    its special contexts; ICEWS and GDELT have no field for them).  Our own tables always
    hold everything, with the ``modality`` column.
    """
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in LAYOUTS:
        if table == "canonical":
            if canonical is None:
                raise ValueError(f"{fmt} export of the canonical table: no canonical events given")
            count = write_layout(canonical, fmt, path, documented=CANONICAL_COLUMNS)
        elif table == "mentions":
            if mentions is None:
                raise ValueError(f"{fmt} export of the mention table: no event mentions given")
            count = write_layout(mentions, fmt, path)
        else:
            raise ValueError(f"table {table!r}: use 'mentions' or 'canonical'")
    else:
        rows = event_rows(
            mentions,
            canonical,
            articles=articles,
            modalities=modalities,
            labels=labels,
            ontology=ontology,
        )
        if fmt == "icews":
            count = write_icews(rows, path, labels=labels)
        elif fmt == "gdelt":
            count = write_gdelt(rows, path, header=header, labels=labels)
        else:
            count = write_plover(
                rows,
                path,
                as_array=as_array,
                drop_unmapped=drop_unmapped,
                ontology=ontology,
                labels=labels,
            )
    log.info("exported %d %s record(s) to %s", count, fmt, path)
    return count
