"""Titled people in an actor phrase: "President Bush" (the one holder of the title on the date),
"spokesperson Mao Ning" (a name the knowledge base lacks, coded by the title's sector and
remembered), and the person record a resolved name leaves for later surnames and pronouns."""

from __future__ import annotations

from collections.abc import Sequence

from communique.actors.context import PersonRecord
from communique.actors.kb import Coding
from communique.actors.names import AgentEntry, surname_candidates
from communique.actors.phrases import (
    HYPHENS,
    Found,
    Sentence,
    Unit,
    is_unknown_propn,
)


def titled_unknown(
    s: Sentence, units: Sequence[Unit], i: int, j: int, agents: list[AgentEntry]
) -> tuple[list[Found], int] | None:
    """ "President Abdelaziz Bouteflika" with no country in the text and a name the knowledge
    base lacks: an official of unknown country, coded by sector alone (PETRARCH's ``---GOV``),
    and remembered so that a later "Bouteflika" is the same person."""
    known = titled_known(s, units, i, j, agents)
    if known is not None:
        return known
    unknown, end = unknown_name(s, units, j, agents)
    if unknown is None:
        return None
    sector = agents[-1].sector
    coding = Coding(sector, None, sector)
    words = tuple(t.text for t in s.tokens[unknown[0] : unknown[1]] if t.text not in HYPHENS)
    title = agents[-1].title or "leader"
    rec = PersonRecord(None, (coding,), " ".join(words), (title,), surname_candidates(words))
    return [Found(units[i].start, units[end - 1].end, (coding,), "role", None, rec)], end


def titled_known(
    s: Sentence, units: Sequence[Unit], i: int, j: int, agents: list[AgentEntry]
) -> tuple[list[Found], int] | None:
    """ "President Bush": a shared surname after a title is the one person who held that
    title on the date."""
    title = agents[-1].title
    if not title or j >= len(units) or units[j].kind not in ("word", "name"):
        return None
    t = s.tokens[units[j].start]
    if t.pos != "PROPN" or units[j].end - units[j].start != 1:
        return None
    eid = s.kb.titled_surname(t.text, title, s.on)
    coding = s.kb.code_for(eid, s.on) if eid else None
    if eid is None or coding is None:
        return None
    rec = PersonRecord(eid, (coding,), span_text(s, units[i].start, units[j].end), (title,),
                       s.kb.surnames_of(eid))  # fmt: skip
    return [Found(units[i].start, units[j].end, (coding,), "name", eid, rec)], j + 1


def unknown_name(
    s: Sentence, units: Sequence[Unit], j: int, agents: list[AgentEntry]
) -> tuple[tuple[int, int] | None, int]:
    """An unknown personal name right after a title ("spokesperson Mao Ning")."""
    if agents[-1].kind not in ("person", "leader") and not (
        j < len(units) and s.tokens[units[j].start].ent_type == "PERSON"
    ):
        return None, j
    m = j
    while m < len(units) and m - j < 5 and units[m].kind == "word":
        t = s.tokens[units[m].start]
        inner = t.text in HYPHENS and m > j
        if not (is_unknown_propn(t) or inner or (m > j and t.ent_type == "PERSON")):
            break
        m += 1
    while m > j and s.tokens[units[m - 1].start].text in HYPHENS:
        m -= 1
    return ((units[j].start, units[m - 1].end), m) if m > j else (None, j)


def span_text(s: Sentence, start: int, end: int) -> str:
    return " ".join(t.text for t in s.tokens[start:end])


def person_record(
    s: Sentence, eid: str, codings: tuple[Coding, ...], u: Unit, titles: tuple[str, ...]
) -> PersonRecord:
    held = tuple(c.title for c in codings if c.title)
    seen = s.kb.surnames_of(eid)
    typed = surname_candidates(tuple(t.text for t in s.tokens[u.start : u.end]))
    surnames = tuple(dict.fromkeys((*seen, *typed)))
    return PersonRecord(eid, codings, span_text(s, u.start, u.end), (*titles, *held), surnames)
