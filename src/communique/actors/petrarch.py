"""Reading PETRARCH / TABARI actor and agent dictionaries into knowledge-base entities.

Analysts have years of work in these files; communique reads them as they are.

Actor dictionary (one record = a primary phrase, ``+`` synonyms, indented code lines)::

    NORTH_KOREA  [PRK]          # primary phrase with default code
    +PYONGYANG                  # synonym
    GOLLUM                      # no default code ...
    +SMEAGOL
        [HOB < 950601]          # ... date-restricted codes: before,
        [HOBGOV 19950601 - 19990815]   # between (inclusive),
        [HOBREB > 990816]       # after; YYMMDD or YYYYMMDD
    BOROMIR [---]               # recognised, never coded (null code)
    LORIEN [ELR/GAL]            # several actors at once

Agent dictionary::

    !MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES   # substitution set
    !MINST!_OF_SILLY_WALKS [~GOV]      # expands to each member, no plural added
    FOREIGN_MINISTER [~GOVFRM]         # ~CODE: appended to the actor's country
    HUMAN_RIGHTS_BODY [NGO~]           # CODE~: placed before it
    GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS] # irregular plural; {} = no plural

Comments: ``<!-- ... -->`` (may span lines), ``#`` and legacy ``;`` to end of line.
Underscores and blanks both separate words; a trailing ``_`` (TABARI's "whole word") is
dropped because communique always matches whole words.  Agent phrases with blanks are
matched as consecutive words (PETRARCH allowed gaps there).  Names match case-blind.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from communique.actors.kb import Entity, Role
from communique.errors import DictionaryError

log = logging.getLogger(__name__)

Warn = Callable[[int, str], None]

_XML_COMMENT = re.compile(r"<!\s*--.*?-->", re.S)
_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^(?:[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*|-+|\++)$")
_RESTRICTION = re.compile(r"^(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))$")
_SUBST_DEF = re.compile(r"^(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_MARKER = re.compile(r"![A-Za-z0-9_]+!")


def load_petrarch(
    actors: Path | None = None, agents: Path | None = None, *, warnings: list[str] | None = None
) -> list[Entity]:
    """Entities from a PETRARCH actor dictionary and/or agent dictionary."""
    out: list[Entity] = []
    if actors is not None:
        out.extend(read_actor_dictionary(Path(actors), warnings))
    if agents is not None:
        out.extend(read_agent_dictionary(Path(agents), warnings))
    return out


def looks_like_agents(text: str) -> bool:
    return bool(re.search(r"\[\s*~|~\s*\]|^\s*![A-Za-z0-9_]+!\s*=", text, re.M))


def looks_like_verbs(text: str) -> bool:
    return bool(re.search(r"^\s*-{3}\s+\S.*\s-{3}\s*$|^\s*-\s.*\*", text, re.M))


def clean_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` with comments removed and line numbers kept."""
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for n, line in enumerate(text.splitlines(), 1):
        line = re.split(r"[#;]", line, maxsplit=1)[0].rstrip()
        if line.strip():
            yield n, line


def phrase_text(raw: str) -> str:
    """``NORTH_KOREA_`` -> ``NORTH KOREA``."""
    return " ".join(raw.replace("_", " ").split())


def parse_date(raw: str) -> date:
    """YYYYMMDD or YYMMDD (two-digit years 30-99 are 19xx, 00-29 are 20xx)."""
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = f"{1900 + yy if yy >= 30 else 2000 + yy}{raw[2:]}"
    return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))


def parse_code_block(content: str) -> tuple[str, date | None, date | None, bool]:
    """``HOBGOV 19950601 - 19990815`` -> (code, start, end, restricted)."""
    parts = content.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code block []")
    code = parts[0].upper()
    if not _CODE.match(code) or code.isdigit():
        raise ValueError(f"bad actor code {parts[0]!r}")
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not rest:
        return code, None, None, False
    m = _RESTRICTION.match(rest)
    if not m:
        raise ValueError(f"bad date restriction {rest!r}")
    try:
        if m.group(1) == "<":
            return code, None, parse_date(m.group(2)), True
        if m.group(1) == ">":
            return code, parse_date(m.group(2)), None, True
        # PETRARCH ranges include their last day; our roles are half-open [start, end)
        return code, parse_date(m.group(3)), parse_date(m.group(4)) + timedelta(days=1), True
    except ValueError as exc:
        raise ValueError(f"bad date in [{content.strip()}]: {exc}") from exc


class _ActorRecord:
    def __init__(self, line: int, primary: str) -> None:
        self.line = line
        self.names = [primary]
        self.code: str | None = None
        self.roles: list[Role] = []


def read_actor_dictionary(path: Path, warnings: list[str] | None = None) -> list[Entity]:
    """Entities from a PETRARCH actor dictionary; bad lines are skipped with a warning."""
    text = _read(path)
    warn = _warner(path, warnings)
    records: list[_ActorRecord] = []
    current: _ActorRecord | None = None
    for n, line in clean_lines(text):
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                warn(n, "synonym before any actor")
                continue
            name = phrase_text(_BRACKET.sub(" ", stripped[1:]))
            if name:
                current.names.append(name)
            continue
        if line[:1].isspace() and stripped.startswith("["):
            if current is None:
                warn(n, "code line before any actor")
                continue
            _add_codes(current, stripped, n, warn)
            continue
        head = stripped.split("[", 1)[0]
        name = phrase_text(head)
        if not name:
            warn(n, f"no actor phrase in {stripped!r}")
            continue
        current = _ActorRecord(n, name)
        records.append(current)
        _add_codes(current, stripped[len(head) :], n, warn)
    return list(_actor_entities(path, records, warn))


def _add_codes(rec: _ActorRecord, text: str, n: int, warn: Warn) -> None:
    for content in _BRACKET.findall(text):
        try:
            code, start, end, restricted = parse_code_block(content)
        except ValueError as exc:
            warn(n, str(exc))
            continue
        if restricted:
            rec.roles.append(
                Role(country=code[:3], sector=code[3:] or None, start=start, end=end, code=code)
            )
        elif rec.code is None:
            rec.code = code
        else:
            warn(n, f"second default code {code} ignored")


def _actor_entities(path: Path, records: list[_ActorRecord], warn: Warn) -> Iterator[Entity]:
    seen: dict[str, int] = {}
    for rec in records:
        if rec.code is None and not rec.roles:
            warn(rec.line, f"{rec.names[0]} has no code; recognised but never coded")
        slug = _slug(rec.names[0])
        seen[slug] = seen.get(slug, 0) + 1
        if seen[slug] > 1:
            slug = f"{slug}-{seen[slug]}"
        code = rec.code or ("---" if not rec.roles else None)
        yield Entity(
            entity_id=f"petrarch:{path.stem}:{slug}",
            kind="person" if rec.roles else "org",
            names=tuple(dict.fromkeys(rec.names)),
            code=code,
            country=code[:3] if code and code[:1].isalpha() else None,
            sector=(code[3:] or None) if code and code[:1].isalpha() else None,
            roles=tuple(rec.roles),
            fold_case=True,
            source=str(path),
        )


def read_agent_dictionary(path: Path, warnings: list[str] | None = None) -> list[Entity]:
    """Entities (kind ``agent``) from a PETRARCH agent dictionary."""
    text = _read(path)
    warn = _warner(path, warnings)
    subs: dict[str, list[str]] = {}
    out: list[Entity] = []
    seen: dict[str, int] = {}
    for n, line in clean_lines(text):
        stripped = line.strip()
        m = _SUBST_DEF.match(stripped)
        if m:
            subs[m.group(1).upper()] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        m = _AGENT.match(stripped)
        if not m:
            warn(n, f"not an agent entry: {stripped!r}")
            continue
        code = m.group("code").replace(" ", "").upper()
        sector = code.strip("~")
        if code.count("~") != 1 or not sector.isalnum():
            warn(n, f"bad agent code [{m.group('code')}] (expected ~CODE or CODE~)")
            continue
        try:
            names = _agent_names(m.group("phrase"), m.group("plural"), subs)
        except KeyError as exc:
            warn(n, f"undefined substitution marker {exc.args[0]}")
            continue
        slug = _slug(names[0])
        seen[slug] = seen.get(slug, 0) + 1
        out.append(
            Entity(
                entity_id=f"petrarch:{path.stem}:{slug}"
                + (f"-{seen[slug]}" if seen[slug] > 1 else ""),
                kind="agent",
                names=names,
                code=code,
                sector=sector,
                fold_case=True,
                source=str(path),
            )
        )
    return out


def _agent_names(phrase: str, plural: str | None, subs: dict[str, list[str]]) -> tuple[str, ...]:
    """Singular (and any explicit plurals); markers expand to every member of their set."""
    markers = _MARKER.findall(phrase)
    if markers:
        forms = [phrase]
        for marker in markers:
            members = subs.get(marker.upper())
            if members is None:
                raise KeyError(marker)
            forms = [f.replace(marker, m, 1) for f in forms for m in members]
        return tuple(dict.fromkeys(phrase_text(f) for f in forms))
    names = [phrase_text(phrase)]
    if plural:
        names.extend(phrase_text(p) for p in plural.split() if phrase_text(p))
    return tuple(dict.fromkeys(names))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read dictionary ({exc.strerror})") from exc


def _warner(path: Path, warnings: list[str] | None) -> Warn:
    def warn(line: int, reason: str) -> None:
        msg = f"{path}:{line}: {reason}"
        log.warning(msg)
        if warnings is not None:
            warnings.append(msg)

    return warn


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "x"
