"""Phrases that name several actors at once, and codes lent to agent nouns.

Wire copy packs actors into one noun phrase: "the ambassadors of Arnor, Osgiliath and
Gondor", "lawmakers and officials in Arnor and Gondor", "Danish media and government".  Each
is one mention carrying one coding per (country, agent) pair, the way a PETRARCH coder
distributes a compound actor over its members.  These helpers read the units of such phrases
for ``compounds._compound``; they decide nothing about single actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from communique.actors.cues import word_list
from communique.actors.kb import Entity, is_null_code
from communique.actors.names import AgentEntry
from communique.actors.phrases import POSSESSIVE, Found, Sentence, Unit
from communique.types import Token

LIST_SEPARATORS = frozenset({",", "and", "or"})
# "soldiers from Gondor" names the soldiers' country; "in" does too for civilians and
# officials ("lawmakers in Arnor"), but troops "in" a country are often foreign ones, and
# diplomatic posts are by definition in someone else's country ("its embassy in Tehran").
# A closed class of words, like the prepositions: grammar rather than dictionary data.
_NOT_HOME_IN = frozenset({"MIL"})
# Compass words between the preposition and the country: "rebels in eastern Mali".
REGION_WORDS = frozenset(word_list("REGION_WORDS"))
_POSTED_ABROAD = frozenset(word_list("POSTED_ABROAD"))


def country_code(u: Unit) -> str | None:
    """The code a unit can lend to the agents after it: a country's (countries, adjectives,
    capitals), or the whole code of a PETRARCH dictionary actor, which the agent extends the
    way PETRARCH does ("RUSSIA [RUS]" + "police" -> RUSCOP)."""
    if u.kind != "name" or u.entity is None:
        return None
    e = u.entity
    code = e.code or ""
    if "/" in code or is_null_code(code):
        return None
    if e.kind in ("country", "metonym"):
        return e.country
    return code if is_dictionary_actor(e) else None


def is_dictionary_actor(e: Entity) -> bool:
    """An actor read from a PETRARCH dictionary with a plain code (not a person with dated
    roles, whose code depends on the date)."""
    return e.kind == "org" and e.entity_id.startswith("petrarch:") and not e.roles


def has_sector(code: str, sector: str) -> bool:
    """Does ``code`` already carry ``sector`` as one of its 3-letter parts after the first?
    ("USAGOV" + "GOV" stays USAGOV.)"""
    return any(code[k : k + len(sector)] == sector for k in range(3, len(code), 3))


def _word(s: Sentence, u: Unit) -> str:
    return s.tokens[u.start].text.lower() if u.kind == "word" else ""


def _agent(u: Unit) -> AgentEntry | None:
    return u.entry if u.kind == "agent" and isinstance(u.entry, AgentEntry) else None


def prefixed_country(s: Sentence, units: Sequence[Unit], i: int) -> str | None:
    """ "MSF Arnor": an agent whose code goes before the country (PETRARCH ``NGO~``) followed
    by a country names that country's branch (``NGOARN``)."""
    entry = _agent(units[i])
    if entry is None or not entry.code.endswith("~") or entry.code.startswith("~"):
        return None
    if i + 1 >= len(units):
        return None
    code = country_code(units[i + 1])
    return entry.sector + code if code else None


def agent_groups(
    s: Sentence, units: Sequence[Unit], j: int, agents: list[AgentEntry]
) -> tuple[list[list[AgentEntry]], int]:
    """ "media and government", "lawmakers and officials": agent nouns coordinated after the
    first group (which ends at unit ``j``).  Only group nouns join, never titles, so "the
    minister and President Xi" stays two actors."""
    groups = [agents]
    if not agents:
        return groups, j
    while j + 1 < len(units) and _word(s, units[j]) in LIST_SEPARATORS:
        k = j + 1
        if _word(s, units[k]) in ("and", "or") and k + 1 < len(units):
            k += 1  # ", and"
        more: list[AgentEntry] = []
        while k < len(units) and (entry := _agent(units[k])) is not None and entry.kind == "group":
            more.append(entry)
            k += 1
        if not more or (k < len(units) and units[k].kind in ("name", "surname")):
            break
        groups.append(more)
        j = k
    return groups, j


def takes_country(word: str, groups: Sequence[Sequence[AgentEntry]], attached: bool) -> bool:
    """Does "<agents> <word> <country>" name the agents' own country?  "of" does ("the
    ambassadors of Arnor"); "from" does when the parse hangs it on the agent noun
    (``attached``: "dissidents from Gondor"), not when it hangs on the verb ("withdrew troops
    from Gondor" says where the troops left); "in" only for groups other than troops
    ("lawmakers in Arnor") and only when attached: in "police arrested students in Moscow"
    it says where the arrest was.  "to"/"at" name a host ("ambassador to")."""
    if word == "of":
        return True
    if word == "from":
        return attached
    if word != "in" or not attached:
        return False
    return all(
        a.kind == "group" and a.sector not in _NOT_HOME_IN and a.words[-1] not in _POSTED_ABROAD
        for g in groups
        for a in g
    )


def country_list(s: Sentence, units: Sequence[Unit], m: int) -> tuple[list[str], int]:
    """The codes of "Arnor, Osgiliath and Gondor" (each optionally after "the") starting at
    unit ``m``, and the unit after the list.  A country followed by a possessive opens a
    new phrase ("... of France and Germany's minister") and is left out."""
    codes: list[str] = []
    end = m
    k = m
    n = len(units)
    while k < n:
        k += _word(s, units[k]) == "the" and k + 1 < n
        code = country_code(units[k])
        if code is None:
            break
        if (
            k + 1 < n
            and units[k + 1].kind == "word"
            and s.tokens[units[k + 1].start].text in (POSSESSIVE)
        ):
            break
        codes.append(code)
        end = k = k + 1
        seps = 0
        while k < n and seps < 2 and _word(s, units[k]) in LIST_SEPARATORS:
            k += 1
            seps += 1
        if seps == 0:
            break
    return codes, end


def absorb_abbreviations(tokens: Sequence[Token], founds: list[Found]) -> list[Found]:
    """ "the European Union (EU)", "the International Atomic Energy Agency (IAEA)": an
    abbreviation in brackets right after a name is that name again, not a second actor
    (which a list reading would otherwise add, and which the knowledge base may code
    differently).  The name's coding wins and its span takes in the abbreviation."""
    out: list[Found] = []
    for f in founds:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not (prev.pending or f.pending)
            and f.start == prev.end + 1
            and tokens[prev.end].text == "("
            and f.end < len(tokens)
            and tokens[f.end].text == ")"
            and _abbreviation(tokens[f.start : f.end])
        ):
            out[-1] = replace(prev, end=f.end)
            continue
        out.append(f)
    return out


def _abbreviation(tokens: Sequence[Token]) -> bool:
    letters = "".join(c for t in tokens for c in t.text if c.isalpha())
    return len(tokens) == 1 and 1 < len(letters) <= 8 and letters.isupper()
