"""User actor files: communique's JSON Lines format, or PETRARCH dictionaries (auto-detected).

JSON Lines: one entity per line (blank lines and lines starting with ``#`` are skipped)::

    {"id": "person:kim-song", "kind": "person", "names": ["Kim Song"],
     "roles": [{"country": "PRK", "sector": "GOV", "title": "ambassador to IGOUNO",
                "start": "2014-09-01", "end": null}]}
    {"id": "org:rodong-sinmun", "kind": "org", "names": ["Rodong Sinmun"], "code": "PRKMED"}
    {"kind": "metonym", "names": ["Ryongsong"], "code": "PRKGOV"}
    {"kind": "agent", "names": ["coast guard"], "sector": "MIL", "agent_kind": "group"}
    {"kind": "country", "id": "country:XKX", "code": "XKX", "names": ["Freedonia"],
     "adjectives": ["Freedonian"], "weak_names": [], "leader_titles": ["president"]}
    {"kind": "group", "names": ["Ainu"], "adjectives": ["Ainu"], "homes": ["JPN"]}

``kind`` defaults to ``person`` when ``roles`` are given, else ``org``; ``id`` defaults to
``<kind>:<slug of first name>``.  Dates are ISO (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``);
a missing ``end`` means the role is still held.  Full reference: ``actors/FORMAT.md``.
A bad line is skipped with a warning naming file, line and reason.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from communique.actors.kb import INTERNATIONAL, KINDS, Entity, Role
from communique.actors.petrarch import (
    looks_like_agents,
    looks_like_verbs,
    read_actor_dictionary,
    read_agent_dictionary,
)
from communique.actors.tables import AGENT_KINDS, RowError, parse_date, qualified_id
from communique.errors import DictionaryError

log = logging.getLogger(__name__)

JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")


def load_extra(path: Path, *, warnings: list[str] | None = None) -> list[Entity]:
    """Entities from a user file: JSON Lines, or a PETRARCH actor/agent dictionary."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read actor file ({exc.strerror})") from exc
    head = text.lstrip()[:1]
    if path.suffix.lower() in JSON_SUFFIXES or head == "{":
        return read_jsonl(path, text, warnings)
    if looks_like_agents(text):
        return read_agent_dictionary(path, warnings)
    if looks_like_verbs(text):
        raise DictionaryError(
            f"{path}: looks like a PETRARCH verb dictionary; only actor and agent "
            "dictionaries can be loaded as actor files"
        )
    return read_actor_dictionary(path, warnings)


def read_jsonl(path: Path, text: str, warnings: list[str] | None = None) -> list[Entity]:
    out: list[Entity] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise RowError("not a JSON object")
            out.append(entity_from_json(obj, source=str(path)))
        except (json.JSONDecodeError, RowError) as exc:
            msg = f"{path}:{n}: {exc}"
            log.warning(msg)
            if warnings is not None:
                warnings.append(msg)
    return out


def entity_from_json(obj: Mapping[str, Any], source: str = "") -> Entity:
    """One entity from its JSON object; raises ``RowError`` saying what is wrong."""
    names = _strings(obj, "names")
    if not names:
        raise RowError("'names' must be a non-empty list of strings")
    roles = tuple(_role(r) for r in _list(obj, "roles"))
    kind = str(obj.get("kind") or ("person" if roles else "org"))
    if kind not in KINDS:
        raise RowError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    code = _upper(obj.get("code"))
    sector = _upper(obj.get("sector"))
    country = _upper(obj.get("country"))
    agent_kind = str(obj.get("agent_kind") or "")
    if kind == "agent":
        if not sector:
            raise RowError("an agent needs a 'sector'")
        if agent_kind and agent_kind not in AGENT_KINDS:
            raise RowError(f"unknown agent_kind {agent_kind!r}")
        code = code or f"~{sector}"
    elif kind == "person" and not roles and not code:
        raise RowError("a person needs 'roles' or a 'code'")
    elif kind == "group":
        if not code and not _strings(obj, "homes"):
            raise RowError("a group needs a 'code' or 'homes'")
    elif kind != "person" and not code:
        raise RowError(f"a {kind} needs a 'code'")
    if code and kind not in ("agent", "group") and not country and "/" not in code:
        country = code if kind == "country" else code[:3]
        if kind != "country":
            sector = sector or (code[:3] if country in INTERNATIONAL else code[3:] or None)
    if country in INTERNATIONAL:
        country = None
    raw_id = str(obj.get("id") or _slug(names[0]))
    return Entity(
        entity_id=qualified_id(kind, raw_id),
        kind=kind,
        names=names,
        code=code,
        country=country,
        sector=sector,
        roles=roles,
        adjectives=_strings(obj, "adjectives"),
        demonyms=_strings(obj, "demonyms"),
        weak_names=_strings(obj, "weak_names"),
        leader_titles=tuple(t.lower() for t in _strings(obj, "leader_titles")),
        agent_kind=agent_kind,
        title=str(obj.get("title") or "").lower(),
        source=source or "user",
        homes=tuple(h.upper() for h in _strings(obj, "homes")),
    )


def entity_to_json(e: Entity) -> dict[str, Any]:
    """The JSON object ``entity_from_json`` reads back (for exporting/merging files)."""
    obj: dict[str, Any] = {"id": e.entity_id, "kind": e.kind, "names": list(e.names)}
    for key in ("code", "country", "sector", "agent_kind", "title"):
        value = getattr(e, key)
        if value:
            obj[key] = value
    for key in ("adjectives", "demonyms", "weak_names", "leader_titles", "homes"):
        value = getattr(e, key)
        if value:
            obj[key] = list(value)
    if e.roles:
        obj["roles"] = [
            {
                "country": r.country,
                "sector": r.sector,
                "title": r.title,
                "start": r.start.isoformat() if r.start else None,
                "end": r.end.isoformat() if r.end else None,
                **({"code": r.code} if r.code else {}),
            }
            for r in e.roles
        ]
    return obj


def _role(obj: Any) -> Role:
    if not isinstance(obj, dict):
        raise RowError("each role must be an object")
    country = _upper(obj.get("country"))
    code = _upper(obj.get("code"))
    if not country and not code:
        raise RowError("a role needs a 'country' (or a full 'code')")
    start, end = parse_date(obj.get("start")), parse_date(obj.get("end"))
    if start and end and end < start:
        raise RowError(f"role ends ({end}) before it starts ({start})")
    sector = _upper(obj.get("sector"))
    if code is None and country in INTERNATIONAL:
        code = country + (sector or "")
    return Role(
        country=country or (code[:3] if code else None),
        sector=sector,
        title=str(obj.get("title") or ""),
        start=start,
        end=end,
        code=code,
    )


def _list(obj: Mapping[str, Any], key: str) -> list[Any]:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise RowError(f"{key!r} must be a list")
    return value


def _strings(obj: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = _list(obj, key)
    if not all(isinstance(v, str) for v in values):
        raise RowError(f"{key!r} must hold strings only")
    return tuple(v.strip() for v in values if v.strip())


def _upper(value: Any) -> str | None:
    return str(value).strip().upper() or None if value else None


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())
