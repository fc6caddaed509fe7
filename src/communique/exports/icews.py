"""ICEWS event file layout: the 20 tab-separated columns of the Dataverse ``events.*.tab`` files.

ICEWS was discontinued in 2023 and many analysts still run scripts written for its files, so
communique data can be written in the same shape.  ICEWS names actors in words and
countries in full ("Government (China)", "China"), puts the CAMEO event *name* in
``Event Text`` and the Goldstein value in ``Intensity``.  communique does not geocode, so
the location columns are empty (see ``docs/exports.md``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd

from communique.analytics.frames import is_missing
from communique.analytics.labels import Labels, load_labels
from communique.exports.common import stable_int_id, write_tsv

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip
"""The ICEWS event file columns, in order."""


def _text(value: Any) -> str | None:
    return None if is_missing(value) else str(value)


def sectors(code: str | None, country: str | None, sector: str | None, names: Labels) -> str | None:
    """ICEWS ``Sectors``: the labels of every sector code in the actor code, comma-separated
    (``PRKGOVMIL`` -> ``Government,Military``); the coded sector alone when the code has
    none; empty for a bare country."""
    found = []
    if code:
        code = code.upper()
        rest = code[len(country) :] if country and code.startswith(country) else code[3:]
        found = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if not found and sector:
        found = [sector]
    labels = [names.sector_label(s) or s for s in found]
    return ",".join(dict.fromkeys(labels)) or None


def icews_rows(rows: pd.DataFrame, *, labels: Labels | None = None) -> list[list[Any]]:
    """Export rows (``event_rows``) as ICEWS records, one list of 20 values each."""
    names = labels or load_labels()
    out = []
    for row in rows.to_dict("records"):
        sides = []
        for side in ("source", "target"):
            code, country = _text(row[f"{side}_code"]), _text(row[f"{side}_country"])
            sides.append(
                (
                    names.formal_name(code, country),
                    sectors(code, country, _text(row[f"{side}_sector"]), names),
                    names.country_name(country),
                )
            )
        day = row["date"] if isinstance(row["date"], date) else None
        index = row["sentence_index"]
        out.append(
            [
                stable_int_id(row["id"]),
                day,
                *sides[0],
                row["cameo_name"],
                row["cameo"],
                row["goldstein"],
                *sides[1],
                row["article_id"],
                None if is_missing(index) else int(index) + 1,  # ICEWS counts from 1
                row["outlet"],
                *([None] * 6),  # City, District, Province, Country, Latitude, Longitude
            ]
        )
    return out


def write_icews(
    rows: pd.DataFrame, dest: str | Path | IO[str], *, labels: Labels | None = None
) -> int:
    """Write ``rows`` as an ICEWS event file (with its header row, as ICEWS ships it)."""
    return write_tsv(icews_rows(rows, labels=labels), dest, ICEWS_COLUMNS)


def read_icews(path: str | Path) -> pd.DataFrame:
    """Load an ICEWS file with every value as text (CAMEO codes keep leading zeros)."""
    return pd.read_csv(path, sep="\t", dtype=str, quoting=3, keep_default_na=False)
