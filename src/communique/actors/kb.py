"""The actor knowledge base: countries, people, organisations, metonyms and agent nouns.

Why one immutable object: the resolver runs on every sentence of every article, possibly in
worker processes.  Everything it needs (a name index keyed by first token, an agent index,
office holders by country and title) is built once here, holds only plain dicts and
tuples, and pickles cheaply.  Nothing changes after ``__init__``.

Built-in data lives in ``actors/data/*.tsv`` (see ``FORMAT.md``); users add entities with
``KnowledgeBase.load(extra_files=[...])`` in our JSON Lines format or as PETRARCH actor/agent
dictionaries, which are loaded last and so override built-in names.

People are coded by the office they held on a date: ``code_for("person:wang-yi", on)``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from communique.actors.cues import Cues, word_list
from communique.actors.names import (
    AgentEntry,
    AgentIndex,
    NameEntry,
    NameIndex,
    agent_words,
    name_keys,
    plural_forms,
    surname_candidates,
)
from communique.actors.surnames import SurnameRules, office_surname_index, user_name_words

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
KINDS = ("country", "person", "org", "metonym", "agent", "group")
# Prefixes of codes that name no country (CAMEO international actors).
INTERNATIONAL = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS"})
# Tried in this order for "the <adjective> leader" when a country lists no leader titles.
DEFAULT_LEADER_TITLES = word_list("DEFAULT_LEADER_TITLES")


@dataclass(frozen=True, slots=True)
class Role:
    """An office held from ``start`` up to, not including, ``end`` (``None`` = open).
    ``code`` overrides ``country + sector`` when a dictionary gave a full code."""

    country: str | None
    sector: str | None
    title: str = ""
    start: date | None = None
    end: date | None = None
    code: str | None = None

    @property
    def full_code(self) -> str:
        if self.code:
            return self.code
        return (self.country or "") + (self.sector or "")

    def covers(self, on: date) -> bool:
        """Terms are half-open, [start, end): on the handover day only the successor holds it."""
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Entity:
    """One actor the knowledge base knows.

    ``kind``: ``country`` | ``person`` | ``org`` | ``metonym`` | ``agent`` | ``group``.
    ``code`` is the full actor code (``PRKMED``; ``~GOV``/``NGO~`` for agents; ``PRK/KOR``
    for a pair; ``---`` for a name that must be recognised but never coded).
    People carry ``roles`` instead.
    ``leader_titles`` (countries), ``agent_kind`` and ``title`` (agents) feed role lookups.
    Groups (ethnic and religious communities, ``groups.tsv``) carry their CAMEO code (may be
    empty) and ``homes``, the countries they live in.
    """

    entity_id: str
    kind: str
    names: tuple[str, ...]
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    weak_names: tuple[str, ...] = ()
    leader_titles: tuple[str, ...] = ()
    agent_kind: str = ""
    title: str = ""
    fold_case: bool = False
    source: str = ""
    homes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Coding:
    """A coded actor: ``code`` (may hold several codes joined by ``/``), its country (``None``
    for international actors), sector, and the office title it came from, if any."""

    code: str
    country: str | None
    sector: str | None
    title: str = ""


def is_null_code(code: str | None) -> bool:
    """PETRARCH's ``---`` / ``+++``: recognise the name, code nothing."""
    return not code or not any(c.isalnum() for c in code)


class KnowledgeBase:
    """Immutable lookup tables over a set of entities (see module docstring)."""

    def __init__(
        self,
        entities: Iterable[Entity],
        *,
        version: str = "custom",
        warnings: Sequence[str] = (),
        cues: Cues | None = None,
        surname_rules: SurnameRules | None = None,
    ) -> None:
        self.version = version
        # which sense a country word has: a language, a company (senses.py)
        self.cues = cues if cues is not None else Cues.load()
        self.warnings: tuple[str, ...] = tuple(warnings)
        # which offices let a bare surname name their holder (surnames.py)
        self.surname_rules = surname_rules if surname_rules is not None else SurnameRules.load()
        self._entities: dict[str, Entity] = {}
        for e in entities:
            self._entities[e.entity_id] = e
        self._countries = frozenset(
            e.code for e in self._entities.values() if e.kind == "country" and e.code
        )
        self.names = NameIndex(_name_entries(self._entities.values()))
        self.agents = AgentIndex(_agent_entries(self._entities.values()))
        self._holders = _holders(self._entities.values())
        self._surname_owners = _surname_owners(self._entities.values())
        self._office_surnames = office_surname_index(self._entities.values(), self.surname_rules)
        self._surnames = {w: next(iter(ids)) for w, ids in self._surname_owners.items()
                          if len(ids) == 1}  # fmt: skip
        self._user_words = user_name_words(self._entities.values())
        self._country_names = _country_names(self._entities.values())
        self._leaders = {
            e.code: e.leader_titles
            for e in self._entities.values()
            if e.kind == "country" and e.code and e.leader_titles
        }

    # ------------------------------------------------------------------ construction
    @classmethod
    def load(
        cls, extra_files: Sequence[Path] = (), *, data_dir: Path | None = None
    ) -> KnowledgeBase:
        """Built-in data (or ``data_dir``) plus user files, loaded in order.

        A missing built-in table is logged and skipped; a bad row is skipped with a warning
        naming file and line (``kb.warnings``).  An unreadable user file raises
        ``DictionaryError``.
        """
        from communique.actors.extra import load_extra
        from communique.actors.tables import load_tables

        data_dir = data_dir or DATA_DIR
        entities, warnings, digest = load_tables(data_dir)
        h = hashlib.sha1(digest)
        for path in extra_files:
            entities.extend(load_extra(Path(path), warnings=warnings))  # raises if unreadable
            h.update(Path(path).read_bytes())
        version = f"kb1-{h.hexdigest()[:12]}"
        return cls(
            entities,
            version=version,
            warnings=warnings,
            cues=Cues.load(data_dir),
            surname_rules=SurnameRules.load(data_dir),
        )

    @classmethod
    def from_entities(cls, entities: Iterable[Entity], version: str = "custom") -> KnowledgeBase:
        return cls(entities, version=version)

    # ------------------------------------------------------------------ access
    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def entity(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def lookup(self, name: str) -> Entity | None:
        """The entity a name stands for on its own ("DPRK" -> North Korea), or ``None``."""
        entry = self.names.find(name)
        return self._entities.get(entry.entity_id) if entry else None

    def country_names(self, code: str) -> tuple[str, ...]:
        """Names, adjectives, demonyms and capitals by which a text can refer to ``code``."""
        return self._country_names.get(code, ())

    def unique_surname(self, word: str) -> str | None:
        """The one person in the knowledge base a surname can mean ("Putin"), or ``None``
        when several people share it ("Kim") or nobody has it."""
        return self._surnames.get(word)

    def office_surname(self, word: str, on: date | None) -> str | None:
        """The one person with surname ``word`` holding a top office on ``on``
        (``surnames.tsv``): "Bush" in 2008 is George W. Bush although two people share the
        name.  ``None`` when the word is stop-listed ("Rice", "May"), when nobody with the
        surname holds such an office that day or several people with it hold any office,
        or when a user-supplied actor's name has the word (never shadowed by a built-in
        leader)."""
        rules = self.surname_rules
        owners = self._office_surnames.get(word, frozenset())
        if word in rules.stop or not owners:
            return None
        if word.lower() in self._user_words:
            return None
        serving = {
            (eid, rules.is_office(r.title))
            for eid in owners
            for r in self._entities[eid].roles
            if (r.end is None if on is None else r.covers(on))
        }
        # any other office holder with the surname that day ("Harris" while one is a prime
        # minister and another a vice president) makes it ambiguous
        if len({eid for eid, _ in serving}) != 1:
            return None
        top = [eid for eid, prominent in serving if prominent]
        return top[0] if top else None

    def titled_surname(self, word: str, title: str, on: date | None) -> str | None:
        """The one person with surname ``word`` who held ``title`` on ``on``: "President
        Bush" in 2008 is George W. Bush, although two presidents share the surname."""
        titles = {t.strip().lower() for t in title.split("|") if t.strip()}
        found = {
            eid
            for eid in self._surname_owners.get(word, ())
            for r in self._entities[eid].roles
            if r.title
            and r.title.lower() in titles
            and (r.end is None if on is None else r.covers(on))
        }
        return next(iter(found)) if len(found) == 1 else None

    def surnames_of(self, entity_id: str) -> tuple[str, ...]:
        """Words of a person's names usable alone (first and last word of each name)."""
        e = self._entities.get(entity_id)
        out: list[str] = []
        for name in e.names if e else ():
            out.extend(w for w in surname_candidates(name_keys(name)) if w not in out)
        return tuple(out)

    def is_country(self, code: str) -> bool:
        return code in self._countries

    @property
    def countries(self) -> frozenset[str]:
        """Codes of every country the knowledge base knows."""
        return self._countries

    def split_code(self, code: str) -> tuple[str | None, str | None]:
        """``PRKMED`` -> (``PRK``, ``MED``); ``USAGUM`` (a territory) -> (``USAGUM``, None);
        ``IGOUNO`` -> (None, ``IGO``): international actors have no country and their
        generic CAMEO type as sector, as in ``organisations.tsv``."""
        code = code.upper()
        if code[:6] in self._countries and len(code) >= 6:
            return code[:6], code[6:] or None
        if code[:3] in INTERNATIONAL:
            return None, code[:3]
        return code[:3], code[3:] or None

    def coding(self, code: str, title: str = "") -> Coding:
        """A ``Coding`` for a full code string (multi-codes keep the first one's parts)."""
        country, sector = self.split_code(code.split("/")[0])
        return Coding(code.upper(), country, sector, title)

    # ------------------------------------------------------------------ people and roles
    def code_for(self, entity_id: str, on: date | None = None) -> Coding | None:
        """How ``entity_id`` is coded on ``on``.

        People: the role covering ``on`` (a party post yields to a state office); else the
        entity's default code if it has one (PETRARCH entries); else the most recent role
        begun before ``on``; before any role, only the country of the first one.  With
        ``on=None`` the latest role.  Other entities: their code.  ``None`` if unknown or
        null-coded.
        """
        e = self._entities.get(entity_id)
        if e is None:
            return None
        if not e.roles:
            if is_null_code(e.code):
                return None
            assert e.code is not None
            if e.kind in ("country", "metonym", "org") and "/" not in e.code:
                return Coding(e.code, e.country, e.sector)
            return self.coding(e.code)
        role = self._role_at(e, on)
        if role is None:
            if e.code and on is not None:
                return None if is_null_code(e.code) else self.coding(e.code)
            first = min(e.roles, key=lambda r: r.start or date.min)
            if first.country is None or first.country in INTERNATIONAL:
                return None
            return Coding(first.country, first.country, None)
        if is_null_code(role.full_code):
            return None
        country = None if role.country in INTERNATIONAL else role.country
        if role.code:
            return self.coding(role.code, role.title)
        return Coding(role.full_code, country, role.sector, role.title)

    def _role_at(self, e: Entity, on: date | None) -> Role | None:
        if on is None:
            return max(e.roles, key=_latest_key)
        covering = [r for r in e.roles if r.covers(on)]
        if covering:
            return max(covering, key=_covering_key)
        if e.code:  # a dictionary default applies outside its restrictions
            return None
        begun = [r for r in e.roles if r.start is not None and r.start <= on]
        return max(begun, key=_latest_key) if begun else None

    def holds_office(self, entity_id: str, on: date | None) -> bool:
        """Whether a role of ``entity_id`` covers ``on`` (with ``on=None``: an open role)."""
        e = self._entities.get(entity_id)
        if e is None:
            return False
        return any((r.end is None) if on is None else r.covers(on) for r in e.roles)

    def holder(self, country: str, title: str, on: date | None) -> str | None:
        """The one person holding ``title`` in ``country`` on ``on`` (``None`` if nobody or
        several do: "the Chinese minister" is ambiguous).  ``title`` may list equivalent
        titles, tried in order ("defense secretary|defense minister": countries name the same
        office differently)."""
        for one in title.split("|"):
            found = {
                eid
                for role, eid in self._holders.get((country, one.strip().lower()), ())
                if (role.end is None if on is None else role.covers(on))
            }
            if found:
                return next(iter(found)) if len(found) == 1 else None
        return None

    def leader(self, country: str, on: date | None) -> str | None:
        """The head of state/government of ``country`` on ``on``, by the country's own
        order of titles ("the Japanese leader" is the prime minister)."""
        for title in self._leaders.get(country, DEFAULT_LEADER_TITLES):
            eid = self.holder(country, title, on)
            if eid:
                return eid
        return None


def _latest_key(r: Role) -> tuple[bool, date]:
    return (r.end is None, r.start or date.min)


def _covering_key(r: Role) -> tuple[bool, date]:
    return (r.sector != "PTY", r.start or date.min)


def _name_entries(entities: Iterable[Entity]) -> Iterator[NameEntry]:
    """Index order matters: a later entry with the same keys wins, so countries go first,
    then metonyms, groups, organisations, people, and finally user-supplied entities."""
    order = {"country": 0, "metonym": 1, "group": 2, "org": 3, "person": 4}
    ranked = sorted(
        (e for e in entities if e.kind != "agent"),
        key=lambda e: (e.source not in ("", "builtin"), order.get(e.kind, 5)),
    )
    for e in ranked:
        seen: set[tuple[str, ...]] = set()
        weak = {n.lower() for n in e.weak_names}
        groups = (
            (e.names, "metonym" if e.kind == "metonym" else "name"),
            (e.adjectives, "adjective"),
            (e.demonyms, "demonym"),
        )
        for names, via in groups:
            for n in names:
                keys = name_keys(n)
                low = tuple(k.lower() for k in keys)
                if not keys or low in seen:
                    continue
                seen.add(low)
                is_weak = n.lower() in weak
                user = e.source not in ("", "builtin")
                loose = e.kind == "country" and via == "name" and not is_weak
                yield NameEntry(
                    keys,
                    e.entity_id,
                    "alias" if is_weak else via,
                    is_weak,
                    e.fold_case,
                    user,
                    loose,
                )


def _agent_entries(entities: Iterable[Entity]) -> Iterator[AgentEntry]:
    """Each agent phrase in singular and regular plural.  A user entry for a phrase the
    built-in table knows keeps the built-in kind/title (PETRARCH files have neither)."""
    builtin: dict[tuple[str, ...], Entity] = {}
    for e in entities:
        if e.kind != "agent" or not e.sector:
            continue
        code = e.code or f"~{e.sector}"
        for n in e.names:
            words = agent_words(n)
            base = builtin.get(words)
            kind, title = e.agent_kind, e.title
            if e.source in ("", "builtin"):
                builtin[words] = e
            elif base is not None and not kind:
                kind, title = base.agent_kind, base.title
            kind = kind or "group"
            title = title or (" ".join(words) if kind == "person" else "")
            for form in (words, *plural_forms(words)):
                yield AgentEntry(form, e.sector, code, kind, title, e.entity_id)


def _holders(entities: Iterable[Entity]) -> dict[tuple[str, str], tuple[tuple[Role, str], ...]]:
    table: dict[tuple[str, str], list[tuple[Role, str]]] = {}
    for e in entities:
        if e.kind != "person":
            continue
        for r in e.roles:
            if r.country and r.title:
                table.setdefault((r.country, r.title.lower()), []).append((r, e.entity_id))
    return {k: tuple(v) for k, v in table.items()}


def _surname_owners(entities: Iterable[Entity]) -> dict[str, frozenset[str]]:
    """Surname -> the people in the knowledge base who have it."""
    owners: dict[str, set[str]] = {}
    for e in entities:
        if e.kind != "person" or e.fold_case:
            continue
        for name in e.names:
            for w in surname_candidates(name_keys(name)):
                if len(w) >= 2 and w.isalpha() and not w.isupper():
                    owners.setdefault(w, set()).add(e.entity_id)
    return {w: frozenset(ids) for w, ids in owners.items()}


def _country_names(entities: Iterable[Entity]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for e in entities:
        if e.kind == "country" and e.code:
            strong = [n for n in e.names if n not in e.weak_names]
            table.setdefault(e.code, []).extend((*strong, *e.adjectives, *e.demonyms))
        elif e.kind == "metonym" and e.country and e.code and "/" not in e.code:
            table.setdefault(e.country, []).extend(e.names)
    return {k: tuple(dict.fromkeys(n for n in v if len(n) > 2)) for k, v in table.items()}
