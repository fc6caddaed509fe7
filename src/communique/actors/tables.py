"""Readers for the built-in tab-separated tables in ``actors/data`` (format: ``FORMAT.md``).

Every table starts with ``#`` comment lines and a header row; columns are found by header
name, so a table may gain columns without breaking older readers.  A bad row is skipped
with a warning naming file, line and reason; the rest of the table still loads.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from communique.actors.kb import INTERNATIONAL, Entity, Role

log = logging.getLogger(__name__)

TABLES = (
    "countries.tsv",
    "metonyms.tsv",
    "places.tsv",
    "groups.tsv",
    "organisations.tsv",
    "people.tsv",
    "agents.tsv",
)
AGENT_KINDS = ("person", "leader", "group")
PERIODS = "organisation_periods.tsv"


class RowError(ValueError):
    """A row that cannot be used; the message says why."""


@dataclass
class _Reader:
    path: Path
    warnings: list[str] = field(default_factory=list)

    def rows(self, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
        """Yield ``(line number, row)``; rows missing a required value are reported."""
        text = self.path.read_text(encoding="utf-8")
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)]
        body = [(n, line) for n, line in lines if line.strip() and not line.startswith("#")]
        if not body:
            return
        header = body[0][1].split("\t")
        missing = [c for c in required if c not in header]
        if missing:
            self.warn(body[0][0], f"header lacks column(s) {', '.join(missing)}")
            return
        for n, line in body[1:]:
            values = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            row = dict(zip(header, (v.strip() for v in values), strict=False))
            empty = [c for c in required if not row.get(c)]
            if empty:
                self.warn(n, f"empty {', '.join(empty)}")
                continue
            yield n, row

    def warn(self, line: int, reason: str) -> None:
        msg = f"{self.path}:{line}: {reason}"
        log.warning(msg)
        self.warnings.append(msg)


def split_list(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def parse_date(value: str | None) -> date | None:
    """ISO dates; ``YYYY`` and ``YYYY-MM`` mean the first day.  Empty = open."""
    value = (value or "").strip()
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date.fromisoformat(value)
    except ValueError as exc:
        raise RowError(f"bad date {value!r}") from exc


def qualified_id(kind: str, raw: str) -> str:
    """``kim-jong-un`` -> ``person:kim-jong-un``; ids that already have a prefix are kept."""
    return raw if ":" in raw else f"{kind}:{raw}"


def country_or_none(country: str | None) -> str | None:
    country = (country or "").strip().upper()
    return None if not country or country in INTERNATIONAL else country


def load_tables(data_dir: Path) -> tuple[list[Entity], list[str], bytes]:
    """All built-in tables found in ``data_dir``: entities, warnings, and the bytes that
    version the knowledge base."""
    entities: list[Entity] = []
    warnings: list[str] = []
    digest = b""
    readers = {
        "countries.tsv": read_countries,
        "metonyms.tsv": read_metonyms,
        # A place stands for its country, like a capital stands for its government: coded
        # as the country when it is acted on ("shelled Kharkiv"), a mere location after
        # in/at/near.  Same reader; the code is a bare country code.
        "places.tsv": read_metonyms,
        "groups.tsv": read_groups,
        "organisations.tsv": read_organisations,
        "people.tsv": read_people,
        "agents.tsv": read_agents,
    }
    for name in TABLES:
        path = data_dir / name
        if not path.exists():
            log.warning("actor table %s not found; continuing without it", path)
            continue
        digest += path.read_bytes()
        reader = _Reader(path, warnings)
        entities.extend(readers[name](reader))
    periods = data_dir / PERIODS
    if periods.exists():  # optional: without it every organisation keeps its one code
        digest += periods.read_bytes()
        entities = with_periods(entities, _Reader(periods, warnings))
    return entities, warnings, digest


def read_countries(r: _Reader) -> Iterator[Entity]:
    for _n, row in r.rows(("code", "names")):
        code = row["code"].upper()
        yield Entity(
            entity_id=f"country:{code}",
            kind="country",
            names=split_list(row["names"]),
            code=code,
            country=code,
            adjectives=split_list(row.get("adjectives")),
            demonyms=split_list(row.get("demonyms")),
            weak_names=split_list(row.get("weak")),
            leader_titles=tuple(t.lower() for t in split_list(row.get("leader"))),
            source="builtin",
        )


def read_metonyms(r: _Reader) -> Iterator[Entity]:
    for _n, row in r.rows(("name", "code")):
        code = row["code"].upper()
        first = code.split("/")[0]
        international = first[:3] in INTERNATIONAL
        yield Entity(
            entity_id=f"metonym:{_slug(row['name'])}",
            kind="metonym",
            names=(row["name"],),
            code=code,
            country=None if international else first[:3],
            sector=first[:3] if international else (first[3:] or None),
            source="builtin",
        )


def read_groups(r: _Reader) -> Iterator[Entity]:
    """Ethnic and religious communities: names (nouns), adjectives, CAMEO code (may be
    empty when CAMEO has none) and the countries they live in (``homes``)."""
    for n, row in r.rows(("names",)):
        code = (row.get("code") or "").upper()
        homes = tuple(h.upper() for h in split_list(row.get("homes")))
        if not code and not homes:
            r.warn(n, "a group needs a code or a home country")
            continue
        names = split_list(row["names"])
        if not names:
            r.warn(n, "no names")
            continue
        yield Entity(
            entity_id=f"group:{_slug(names[0])}",
            kind="group",
            names=names,
            code=code or None,
            adjectives=split_list(row.get("adjectives")),
            homes=homes,
            source="builtin",
        )


def read_organisations(r: _Reader) -> Iterator[Entity]:
    for n, row in r.rows(("entity_id", "names", "code")):
        code = row["code"].upper()
        country = row.get("country") or code[:3]
        sector = row.get("sector") or code[3:] or None
        if country.upper() in INTERNATIONAL and not row.get("sector"):
            sector = country.upper()
        names = split_list(row["names"])
        if not names:
            r.warn(n, "no names")
            continue
        yield Entity(
            entity_id=qualified_id("org", row["entity_id"]),
            kind="org",
            names=names,
            code=code,
            country=country_or_none(country),
            sector=sector.upper() if sector else None,
            source="builtin",
        )


def with_periods(entities: list[Entity], r: _Reader) -> list[Entity]:
    """``entities`` with the dated codes of ``organisation_periods.tsv`` as the roles of
    their organisations.

    Why: an organisation's status changes (the Taliban governed 1996-2001 and again since
    August 2021, an insurgency in between; HTS took Damascus in December 2024; the FARC
    became a party in 2017).  A period is coded like a person's role, so the article's date
    picks it (``KnowledgeBase.code_for``); the organisation's undated row still applies
    outside every period and gives the sector the phrase grammar sees.  A row naming no
    known organisation, or with bad dates, is skipped with a warning.
    """
    orgs = {e.entity_id: e for e in entities if e.kind == "org"}
    periods: dict[str, list[Role]] = {}
    for n, row in r.rows(("entity_id", "code", "start")):
        eid = qualified_id("org", row["entity_id"])
        if eid not in orgs:
            r.warn(n, f"no organisation {eid} in organisations.tsv")
            continue
        term = _term(r, n, row, "period")
        if term is None:
            continue
        start, end = term
        code = row["code"].upper()
        country = country_or_none(code[:3])
        periods.setdefault(eid, []).append(Role(country, code[3:] or None, "", start, end, code))
    return [replace(e, roles=(*e.roles, *periods[e.entity_id])) if e.entity_id in periods
            else e for e in entities]  # fmt: skip


def _term(
    r: _Reader, n: int, row: dict[str, str], what: str
) -> tuple[date | None, date | None] | None:
    """A row's ``[start, end)``, or ``None`` (with a warning naming the row) when it is bad."""
    try:
        start, end = parse_date(row.get("start")), parse_date(row.get("end"))
    except RowError as exc:
        r.warn(n, str(exc))
        return None
    if start and end and end < start:
        r.warn(n, f"{what} ends ({end}) before it starts ({start})")
        return None
    return start, end


def read_people(r: _Reader) -> Iterator[Entity]:
    """One row per role held; rows with the same id merge into one person."""
    names: dict[str, list[str]] = {}
    roles: dict[str, list[Role]] = {}
    for n, row in r.rows(("entity_id", "names", "country")):
        eid = qualified_id("person", row["entity_id"])
        term = _term(r, n, row, "role")
        if term is None:
            continue
        start, end = term
        country = row["country"].upper()
        sector = (row.get("sector") or "").upper() or None
        code = country + (sector or "") if country in INTERNATIONAL else None
        role = Role(
            country=country,
            sector=sector,
            title=row.get("title") or "",
            start=start,
            end=end,
            code=code,
        )
        bucket = names.setdefault(eid, [])
        bucket.extend(x for x in split_list(row["names"]) if x not in bucket)
        roles.setdefault(eid, []).append(role)
    for eid, ns in names.items():
        yield Entity(
            entity_id=eid, kind="person", names=tuple(ns), roles=tuple(roles[eid]), source="builtin"
        )


def read_agents(r: _Reader) -> Iterator[Entity]:
    for n, row in r.rows(("phrase", "sector")):
        kind = (row.get("kind") or "group").lower()
        if kind not in AGENT_KINDS:
            r.warn(n, f"unknown agent kind {kind!r} (expected {', '.join(AGENT_KINDS)})")
            continue
        sector = row["sector"].upper()
        # International sectors go before the country, CAMEO-style: NGO + USA = NGOUSA.
        code = f"{sector}~" if sector in INTERNATIONAL else f"~{sector}"
        yield Entity(
            entity_id=f"agent:{_slug(row['phrase'])}",
            kind="agent",
            names=(row["phrase"],),
            code=code,
            sector=sector,
            agent_kind=kind,
            title=(row.get("title") or "").lower(),
            source="builtin",
        )


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())
