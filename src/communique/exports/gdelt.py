"""GDELT 2.0 event table layout: 61 tab-separated columns in GDELT's order, no header.

Analysts have years of GDELT tooling (BigQuery views, R/Python loaders) that read this exact
layout, so a communique data set dropped in place of a GDELT file works with it.  Columns
communique cannot fill (ethnic and religious codes, tone, geography) are left empty rather
than guessed; ``docs/exports.md`` lists every column and where its value comes from.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd

from communique.analytics.frames import is_missing
from communique.analytics.labels import Labels, load_labels
from communique.exports.common import stable_int_id, write_tsv

log = logging.getLogger(__name__)

_ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO_FIELDS = (
    "Type",
    "Fullname",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

_EVENT_FIELDS = (
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
)  # fmt: skip

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    *_EVENT_FIELDS,
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
"""The 61 columns of a GDELT 2.0 ``*.export.CSV`` file, in order."""

INTERNATIONAL = ("IGO", "NGO", "NGM", "IMG", "MNC")


def fraction_date(day: date) -> float:
    """Year plus the elapsed share of the year, four decimals (2021-07-11 -> 2021.526)."""
    length = 366 if calendar.isleap(day.year) else 365
    return round(day.year + day.timetuple().tm_yday / length, 4)


def actor_parts(code: str | None, country: str | None) -> tuple[str | None, list[str]]:
    """``(known group code, type codes)`` of a CAMEO actor code, GDELT-style.

    Country actors: the 3-letter codes after the country are the types
    (``PRKGOVMIL`` -> ``GOV``, ``MIL``).  International actors: the prefix is the first
    type and the last 3-letter code names the group (``IGOUNO`` -> group ``UNO``, type
    ``IGO``; ``NGOHRIAMN`` -> group ``AMN``, types ``NGO``, ``HRI``).
    """
    if not code:
        return None, []
    code = code.upper()
    if code[:3] in INTERNATIONAL:
        chunks = [code[i : i + 3] for i in range(3, len(code), 3)]
        group = chunks.pop() if chunks else None
        return group, [code[:3], *chunks][:3]
    rest = code[len(country) :] if country and code.startswith(country) else code[3:]
    return None, [rest[i : i + 3] for i in range(0, len(rest), 3)][:3]


def _actor(row: Mapping[str, Any], side: str, names: Labels) -> list[Any]:
    code, country = row[f"{side}_code"], row[f"{side}_country"]
    code = None if is_missing(code) else str(code)
    country = None if is_missing(country) else str(country)
    if code is None and country is None:
        return [None] * len(_ACTOR_FIELDS)
    group, types = actor_parts(code, country)
    name = names.country_name(country) or names.organisations.get((code or "").upper())
    types += [None] * (3 - len(types))
    return [
        code or country,
        name.upper() if name else None,
        country,
        group,
        None,
        None,
        None,
        *types,
    ]


def _yyyymmdd(day: date | None, time: str = "") -> str | None:
    return None if day is None else f"{day:%Y%m%d}{time}"


def gdelt_rows(rows: pd.DataFrame, *, labels: Labels | None = None) -> list[list[Any]]:
    """Export rows (``event_rows``) as GDELT 2.0 records, one list of 61 values each."""
    names = labels or load_labels()
    out = []
    for row in rows.to_dict("records"):
        day = row["date"] if isinstance(row["date"], date) else None
        cameo = str(row["cameo"])
        record = [
            stable_int_id(row["id"]),
            _yyyymmdd(day),
            None if day is None else f"{day:%Y%m}",
            None if day is None else day.year,
            None if day is None else fraction_date(day),
            *_actor(row, "source", names),
            *_actor(row, "target", names),
            1 if row["is_lead"] else 0,
            cameo,
            cameo[:3],
            row["cameo_root"],
            row["quad_class"],
            row["goldstein"],
            row["num_mentions"],
            row["num_sources"],
            row["num_articles"],
            None,  # AvgTone: communique does not score tone
            *([None] * (3 * len(_GEO_FIELDS))),  # no geocoding
            _yyyymmdd(
                row["first_reported"] if isinstance(row["first_reported"], date) else None, "000000"
            ),
            row["url"] if not is_missing(row["url"]) else row["article_path"],
        ]
        out.append(record)
    return out


def write_gdelt(
    rows: pd.DataFrame,
    dest: str | Path | IO[str],
    *,
    header: bool = False,
    labels: Labels | None = None,
) -> int:
    """Write ``rows`` as a GDELT 2.0 event file (no header unless ``header=True``)."""
    ids = [stable_int_id(i) for i in rows["id"]]
    if len(set(ids)) != len(ids):
        log.warning("GlobalEventID collision among %d events; ids are 53-bit hashes", len(ids))
    return write_tsv(gdelt_rows(rows, labels=labels), dest, GDELT_COLUMNS if header else None)


def read_gdelt(path: str | Path, *, header: bool = False) -> pd.DataFrame:
    """Load a GDELT file written here (or by GDELT) with named columns, every value as text
    (codes keep their leading zeros: ``"010"`` is not ``10``)."""
    return pd.read_csv(
        path,
        sep="\t",
        header=0 if header else None,
        names=None if header else list(GDELT_COLUMNS),
        dtype=str,
        quoting=3,
        keep_default_na=False,
    )
