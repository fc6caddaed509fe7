"""The home country of a national outlet's copy, for officials named by title alone.

Korean, Japanese or Chinese national media write for readers at home: a Yonhap story filed
from Seoul says "the vice foreign minister" and "the defense minister" without "South Korean",
because its readers know whose.  When the article names nobody who holds that title (the
resolver's first choice, ``ArticleState.by_title``), such an official is coded as the home
country's: the holder of the office on the date when the knowledge base knows one, else the
country's government (``KORGOV``).

Conservative on purpose: only outlets in ``outlets_home.tsv`` (national agencies and papers),
only when the dateline is at home or absent ("WASHINGTON (Yonhap) -- the minister said" may be
anyone's), and only the home-government titles of ``home_titles.tsv``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType

from communique.actors.context import PersonRecord
from communique.actors.kb import DATA_DIR, Coding, KnowledgeBase
from communique.actors.phrases import Found

log = logging.getLogger(__name__)

OUTLETS_FILE = "outlets_home.tsv"
TITLES_FILE = "home_titles.tsv"


@dataclass(frozen=True)
class HomeTables:
    """Outlet -> home country, and home-government title -> sector (both lower-case keys)."""

    outlets: Mapping[str, str] = field(default_factory=dict)
    titles: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> HomeTables:
        """Read both tables; a malformed row is skipped with a warning naming file and line."""
        return cls(
            MappingProxyType(_pairs(data_dir / OUTLETS_FILE, upper=True)),
            MappingProxyType(_pairs(data_dir / TITLES_FILE, upper=True)),
        )

    def home_of(self, outlet: str | None, dateline_country: str | None) -> str | None:
        """The country whose officials need no nationality word in this article's copy."""
        home = self.outlets.get((outlet or "").strip().lower())
        if home is None or (dateline_country is not None and dateline_country != home):
            return None
        return home

    def sector(self, title: str) -> str | None:
        """The sector of a home-government title (any of its '|' alternatives), else None."""
        for one in title.lower().split("|"):
            if one.strip() in self.titles:
                return self.titles[one.strip()]
        return None


def home_official(
    f: Found, home: str | None, tables: HomeTables, kb: KnowledgeBase, on: date | None
) -> Found | None:
    """``f`` (a bare title nobody in the article holds) as the home country's official, or
    ``None`` when the article has no home country or the title is not a home office."""
    if home is None or not f.title:
        return None
    sector = tables.sector(f.title)
    if sector is None:
        return None
    eid = kb.leader(home, on) if f.title == "leader" else kb.holder(home, f.title, on)
    coding = kb.code_for(eid, on) if eid else None
    if coding is None:
        eid, coding = None, Coding(home + sector, home, sector)
    rec = PersonRecord(eid, (coding,), f.title, (f.title,), kb.surnames_of(eid) if eid else ())
    return Found(f.start, f.end, (coding,), "role", eid, rec, title=f.title)


def _pairs(path: Path, *, upper: bool) -> dict[str, str]:
    """Two-column table rows as {first.lower(): second}, after comments and the header."""
    out: dict[str, str] = {}
    if not path.exists():
        log.warning("actor table %s not found; continuing without it", path)
        return out
    body = [
        (n, line)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    for n, line in body[1:]:
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            log.warning("%s line %d: expected two columns; row skipped", path.name, n)
            continue
        out[cols[0].lower()] = cols[1].upper() if upper else cols[1]
    return out
