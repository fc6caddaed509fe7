"""Ethnic and religious communities as actors: "Iraqi Kurds", "Tamil refugees", "Yoruba
leaders", "Druze villagers in Syria".

Why their own grammar: a community is neither a country nor an agent noun.  It must not lend
itself as a country to the agents after it ("Yoruba leaders" are not Nigeria's head of
state), yet it belongs to a country that the text often leaves implicit.  CAMEO codes such
actors as country + sector + community code (``IRQCVLKUR``), and uses the community code in
first position when no state can be named (``KURREB``, as the KEDS data sets did).

The country comes, in order, from the text ("Iraqi Kurds", "Syria's Druze", "Kurds in
Syria"), from the community's single home (Yoruba: Nigeria), or from whichever of its homes
the article is about (Kurds in a story about Turkey).  World religions have no home and are
coded only when the text names the country ("Egyptian Christians").
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.actors.coordination import REGION_WORDS, country_code
from communique.actors.kb import Coding, Entity
from communique.actors.names import AgentEntry
from communique.actors.phrases import HYPHENS, POSSESSIVE, Found, Sentence, Unit

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_HOME_PREPS = frozenset({"in", "from"})
NAMED_ALONE = "CVL"  # "the Kurds": the community itself, civilians
TITLED = "ELI"  # "Yoruba leaders", "a Kurdish commander": elites, not a government


def is_group(u: Unit) -> bool:
    return u.kind == "name" and u.entity is not None and u.entity.kind == "group"


def _word(s: Sentence, u: Unit) -> str:
    return s.tokens[u.start].text.lower() if u.kind == "word" else ""


def _state(u: Unit) -> str | None:
    """A country (or its adjective or capital) naming the community's state."""
    if u.entity is None or u.entity.kind not in ("country", "metonym"):
        return None
    return country_code(u)


def group_phrase(s: Sentence, units: Sequence[Unit], i: int) -> tuple[list[Found] | None, int]:
    """The community phrase starting at unit ``i``, if any.

    Returns ``(None, i)`` when unit ``i`` opens no community phrase, so the other readings
    are tried; ``([], k)`` when it names a community that cannot be coded here (its units up
    to ``k`` are skipped, so an agent after them is still read: "Sunni insurgents")."""
    n = len(units)
    country = _state(units[i])
    j = i
    if country is not None:
        j += 1
        if j < n and units[j].kind == "word" and s.tokens[units[j].start].text in POSSESSIVE:
            j += 1
        if j >= n or not is_group(units[j]):
            return None, i
    elif not is_group(units[i]):
        return None, i
    first = j
    groups: list[Entity] = []
    while j < n and is_group(units[j]):  # "Uighur Muslims"
        entity = units[j].entity
        assert entity is not None
        groups.append(entity)
        j += 1
    after_groups = j
    adjective = getattr(units[j - 1].entry, "via", "") == "adjective"
    agents, j = _agents(s, units, j, ("ADJ", "NOUN") if adjective else ("ADJ",))
    if not agents and not _names_people(s, units, first, j):
        return (None, i) if country else ([], after_groups)
    if country is None:
        country, j = _home_phrase(s, units, i, j)
    homes = tuple(dict.fromkeys(h for g in groups for h in g.homes))
    country = country or _home(s, homes, (units[i].start, units[j - 1].end))
    code = next((g.code for g in groups if g.code), "") or ""
    coding = group_coding(country, _sector(agents), code, bool(homes))
    if coding is None:
        return [], after_groups
    start, end = units[i].start, units[j - 1].end
    return [Found(start, end, (coding,), "group", groups[0].entity_id)], j


def _agents(
    s: Sentence, units: Sequence[Unit], j: int, modifiers: tuple[str, ...]
) -> tuple[list[AgentEntry], int]:
    """Up to two modifiers, then agent nouns: "Kurdish opposition lawmakers", "Druze
    religious leaders".  Nouns modify only after an adjective ("Kurds fear government ..."
    is a clause, not a phrase)."""
    k, mods = j, 0
    while k < len(units) and units[k].kind == "word" and mods < 2:
        t = s.tokens[units[k].start]
        if t.pos not in modifiers and t.text not in HYPHENS:
            break
        mods += t.text not in HYPHENS
        k += 1
    agents: list[AgentEntry] = []
    while k < len(units) and units[k].kind == "agent" and isinstance(units[k].entry, AgentEntry):
        entry = units[k].entry
        assert isinstance(entry, AgentEntry)
        agents.append(entry)
        k += 1
    return (agents, k) if agents else ([], j)


def _names_people(s: Sentence, units: Sequence[Unit], first: int, j: int) -> bool:
    """Is the community named as people ("the Kurds rallied") rather than describing a thing
    ("Kurdish region", "Yoruba language")?  The last word must be a noun form of the
    community, and not modify a noun after it."""
    last = units[j - 1]
    if last.entry is None or getattr(last.entry, "via", "") != "name":
        return False
    return not (j < len(units) and units[j].kind == "word" and _noun_next(s, units[j]))


def _noun_next(s: Sentence, u: Unit) -> bool:
    return s.tokens[u.start].pos in _NOUN_POS and s.tokens[u.start].text not in POSSESSIVE


def _home_phrase(s: Sentence, units: Sequence[Unit], i: int, j: int) -> tuple[str | None, int]:
    """ "Kurds in Syria", "Tamil refugees from Sri Lanka": the country, when the preposition
    hangs on the phrase's own words (not "fled to Europe from Syria" on the verb)."""
    n = len(units)
    if j + 1 >= n or _word(s, units[j]) not in _HOME_PREPS:
        return None, j
    m = j + 1
    m += _word(s, units[m]) == "the" and m + 1 < n
    m += _word(s, units[m]) in REGION_WORDS and m + 1 < n
    code = _state(units[m]) if m < n else None
    head = s.tokens[units[j].start].head
    if code is None or not (units[i].start <= head < units[j].start):
        return None, j
    return code, m + 1


def _home(s: Sentence, homes: tuple[str, ...], span: tuple[int, int]) -> str | None:
    """A single home; else the home the article talks about most (none if it names none).
    A nationality adjective on another noun of the same sentence does not count ("Kurdish
    leaders rejected the Turkish offer" says nothing about where the leaders are)."""
    if len(homes) == 1:
        return homes[0]
    if not homes or s.weigh is None:
        return None
    outer = s.weigh

    def weigh(h: str) -> int:
        return outer(h) - _adjectives_elsewhere(s, h, span)

    best = max(homes, key=lambda h: (weigh(h), -homes.index(h)))  # first listed on a tie
    return best if weigh(best) > 0 else None


def _adjectives_elsewhere(s: Sentence, country: str, span: tuple[int, int]) -> int:
    """Uses of ``country``'s adjectives in this sentence outside the community phrase."""
    entity = s.kb.entity(f"country:{country}")
    adjectives = set(entity.adjectives) if entity is not None else set()
    return sum(1 for t in s.tokens if t.text in adjectives and not (span[0] <= t.i < span[1]))


def _sector(agents: Sequence[AgentEntry]) -> str:
    """The agent noun's sector ("Kurdish rebels" REB); titles and leaders of a community are
    its elites, not a government; the community named alone is civilians."""
    if not agents:
        return NAMED_ALONE
    chosen = next((a for a in agents if a.sector != "GOV"), agents[0])
    return TITLED if chosen.kind in ("person", "leader") else chosen.sector


def group_coding(country: str | None, sector: str, code: str, has_homes: bool) -> Coding | None:
    """Country + sector + community code (``IRQCVLKUR``); with no country, the community code
    first (``KURREB``) for communities with homes; world religions need a country."""
    if country:
        return Coding(country + sector + code, country, sector)
    if code and has_homes:
        return Coding(code + sector, None, sector)
    return None
