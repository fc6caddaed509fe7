"""Whose official an unnamed or unknown office holder is, from the article around it.

Why: wire copy rarely repeats the nationality.  "ALGIERS (Reuters) - Foreign Minister Ahmed
Attaf ..." (a minister the knowledge base does not know), "Algeria's foreign ministry said ...
The spokeswoman added ..." or "the defence minister" in a Cairo story all leave the country to
the reader.  Coding such an actor as a country-less ``GOV`` loses the dyad, so the article is
asked, in order of reliability:

1. the country named in the same noun phrase ("Foreign Minister Ahmed Attaf of Algeria");
2. the state actors of the latest sentence that named one: its active subject's country,
   else the only country among them, else the dateline's among them ("Algeria's foreign
   ministry summoned the French ambassador. The spokeswoman said ..." -> Algeria);
3. the dateline's country, when the article itself names that country too (a Geneva or Doha
   dateline is often only the venue of somebody else's talks).

When the previous sentence leaves two countries equally likely (several countries and no
single active subject, and the dateline names none of them), nothing is recorded: a wrong
country is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType

from communique.actors.context import PersonRecord
from communique.actors.cues import word_list
from communique.actors.kb import Coding
from communique.actors.names import AgentEntry, surname_candidates
from communique.actors.phrases import POSSESSIVE, Found, Sentence, Unit
from communique.types import ActorMention, Token

# Sectors of a state's own institutions: an office holder belongs to the same state.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# Active subjects only: a passive subject is the one acted on ("the envoy was summoned by
# the ministry"), no better a guess than the agent.
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Vias that name a state (or its institution) outright, not by a place it happens in.
_STATE_VIAS = frozenset({"name", "alias", "adjective", "metonym", "compound", "role",
                         "surname", "pronoun", "context"})  # fmt: skip


def state_actors(
    mentions: Sequence[ActorMention], tokens: Sequence[Token]
) -> tuple[tuple[str, bool], ...]:
    """``(country, is_subject)`` for each mention of a state or a state institution: the
    evidence a later bare title ("the spokeswoman") is read against."""
    out: list[tuple[str, bool]] = []
    for m in mentions:
        a = m.actor
        if not a.country or m.via not in _STATE_VIAS:
            continue
        if a.sector is not None and a.sector not in STATE_SECTORS:
            continue
        out.append((a.country, tokens[m.head].dep in ACTIVE_SUBJECT_DEPS))
    return tuple(out)


def whose_official(previous: Sequence[tuple[str, bool]], home: str | None) -> str | None:
    """The country an unplaced official most likely serves (see the module docstring), or
    ``None`` when the evidence is split.  ``home`` is the dateline country (already checked
    to be named in the article) or ``None``."""
    if not previous:
        return home
    everyone = {c for c, _ in previous}
    subjects = {c for c, subject in previous if subject}
    if len(subjects) == 1:
        return next(iter(subjects))
    if len(everyone) == 1:
        return next(iter(everyone))
    return home if home in everyone else None


def unplaced(f: Found) -> bool:
    """A titled person the knowledge base does not know, coded by sector alone ("Foreign
    Minister Ahmed Attaf" -> ``GOV``)."""
    return (
        f.via == "role"
        and f.entity_id is None
        and bool(f.codings)
        and all(c.country is None and c.sector in STATE_SECTORS for c in f.codings)
    )


def place(f: Found, country: str) -> Found:
    """``f`` (see ``unplaced``) as ``country``'s official; the remembered person follows, so a
    later surname or "he" carries the country too."""
    codings = tuple(Coding(country + (c.sector or ""), country, c.sector, c.title)
                    for c in f.codings)  # fmt: skip
    rec = f.record
    if rec is not None:
        rec = PersonRecord(rec.entity_id, codings, rec.name, rec.titles, rec.surnames)
    return replace(f, codings=codings, record=rec)


def of_country(founds: Sequence[Found], tokens: Sequence[Token]) -> list[Found]:
    """ "Foreign Minister Ahmed Attaf of Algeria": an unplaced official followed by "of" and a
    bare country name becomes that country's official over the whole phrase."""
    out: list[Found] = []
    i = 0
    while i < len(founds):
        f = founds[i]
        nxt = founds[i + 1] if i + 1 < len(founds) else None
        if (
            nxt is not None
            and unplaced(f)
            and nxt.start == f.end + 1
            and tokens[f.end].text.lower() == "of"
            and len(nxt.codings) == 1
            and nxt.codings[0].country
            and nxt.codings[0].sector is None
            and nxt.via in ("name", "alias")
        ):
            placed = place(f, nxt.codings[0].country)
            out.append(replace(placed, end=nxt.end))
            i += 2
            continue
        out.append(f)
        i += 1
    return out


OWN_COUNTRY = "own country"  # pending kind of "the country's army", "his country's minister"
# Who decides which country "<owner> country's" points back to: the context ("the", "its") or
# the person a pronoun stands for ("his", "her").
_OWNERS = MappingProxyType(
    {w: "context" for w in word_list("OWNER_CONTEXT")}
    | {w: "pronoun" for w in word_list("OWNER_PRONOUN")}
)


def own_country(s: Sentence, units: Sequence[Unit], i: int) -> tuple[list[Found] | None, int]:
    """ "the country's interior minister", "his country's army": a state institution of a
    country the phrase only points back to.  Pending ``OWN_COUNTRY``; ``title`` holds who
    decides (``context`` or ``pronoun``) and the sector, e.g. ``pronoun:MIL``."""
    if i + 3 >= len(units) or any(u.kind != "word" for u in units[i : i + 3]):
        return None, i
    owner = _OWNERS.get(s.tokens[units[i].start].text.lower())
    if owner is None or s.tokens[units[i + 1].start].text.lower() != "country":
        return None, i
    if s.tokens[units[i + 2].start].text not in POSSESSIVE:
        return None, i
    j = i + 3
    while j < len(units) and units[j].kind == "agent":
        j += 1
    entry = units[j - 1].entry if j > i + 3 else None
    if not isinstance(entry, AgentEntry) or entry.sector not in STATE_SECTORS:
        return None, i
    title = f"{owner}:{entry.sector}"
    found = Found(units[i].start, units[j - 1].end, (), "context", pending=OWN_COUNTRY, title=title)
    return [found], j


def owned(f: Found, country: str | None) -> Found | None:
    """A pending ``own_country`` phrase as ``country``'s institution (``None``: unknown)."""
    if country is None:
        return None
    sector = f.title.split(":")[-1]
    coding = Coding(country + sector, country, sector)
    return replace(f, codings=(coding,), pending="", title="")


def apposed_name(f: Found, tokens: Sequence[Token], covered: set[int]) -> tuple[int, int] | None:
    """Tokens ``[start, end)`` of an unknown name in apposition to ``f``, a state official
    coded by country ("Karim Belhadj, Algeria's foreign minister," or "Algeria's foreign
    minister, Karim Belhadj,"), or ``None``.  The name must be two or more capitalised proper
    nouns no mention covers, so the title cannot be a place's or a known person's."""
    if f.record is not None or not f.codings or len({c.country for c in f.codings}) != 1:
        return None
    if any(c.country is None or c.sector not in STATE_SECTORS for c in f.codings):
        return None
    head = next((t.i for t in tokens[f.start : f.end]
                 if not f.start <= t.head < f.end or t.head == t.i), f.end - 1)  # fmt: skip
    if tokens[head].dep == "appos" and f.start >= 3 and tokens[f.start - 1].text == ",":
        last = f.start - 2
        if tokens[head].head == last:
            span = _name_run(tokens, last, covered)
            return span
    if f.end + 2 < len(tokens) and tokens[f.end].text == ",":
        end = f.end + 1
        while end < len(tokens) and _namelike(tokens[end], covered):
            end += 1
        last = end - 1
        if last > f.end and tokens[last].dep == "appos" and tokens[last].head == head:
            span = _name_run(tokens, last, covered)
            return span
    return None


def _name_run(tokens: Sequence[Token], last: int, covered: set[int]) -> tuple[int, int] | None:
    start = last
    while start > 0 and _namelike(tokens[start - 1], covered):
        start -= 1
    if not _namelike(tokens[last], covered) or last - start < 1:
        return None
    return start, last + 1


def _namelike(t: Token, covered: set[int]) -> bool:
    return (
        t.pos == "PROPN"
        and t.text[:1].isupper()
        and t.i not in covered
        and t.ent_type not in ("GPE", "NORP", "LOC", "FAC", "DATE")
    )


def apposed_person(f: Found, tokens: Sequence[Token], span: tuple[int, int]) -> PersonRecord:
    """The person an apposed name names, coded as the official ``f`` says, so that a later
    surname or "he" is that official."""
    words = tuple(t.text for t in tokens[span[0] : span[1]])
    titles = (f.title,) if f.title else ()
    return PersonRecord(None, f.codings, " ".join(words), titles, surname_candidates(words))
