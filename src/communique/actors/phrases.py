"""Cutting one sentence into units: the first pass of actor finding.

``build_units`` splits the sentence into known names (longest match), agent nouns ("foreign
ministry"), surnames of people already named in the article, "the North"/"the South" in a
Korea story, and plain words.  ``compounds.assemble`` then reads the units with a small
grammar.  The records shared by both passes (``Unit``, ``Found``, ``Sentence``) live here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from communique.actors.context import PersonRecord
from communique.actors.cues import word_list
from communique.actors.kb import Coding, Entity, KnowledgeBase
from communique.actors.names import AgentEntry, Hit, KeyStream, NameEntry
from communique.actors.senses import (
    company_after,
    company_before,
    ends_name_run,
    event_after,
    language_use,
)
from communique.types import Token

_DAYS = word_list("WEEKDAYS")
_MONTHS = word_list("MONTHS")
WEEKDAYS_MONTHS = frozenset(_DAYS + _MONTHS)
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014"})
_CONTINENTAL = frozenset(word_list("CONTINENTAL_NAMES"))
_ADJECTIVE_AGENTS = frozenset(word_list("ADJECTIVE_AGENT_WORDS"))
_NORTH_SOUTH = {"North": "country:PRK", "South": "country:KOR"}


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    kind: str  # name | agent | surname | word | company | venue
    entry: NameEntry | AgentEntry | None = None
    entity: Entity | None = None
    record: PersonRecord | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """An actor phrase at tokens ``[start, end)``.  ``pending`` (``pronoun`` | ``title``)
    means the article state must decide who it is; ``record`` is set for people."""

    start: int
    end: int
    codings: tuple[Coding, ...]
    via: str
    entity_id: str | None = None
    record: PersonRecord | None = None
    pending: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """What the unit grammar needs to see of a sentence.  ``weigh`` scores how much the
    article is about a country (``ArticleState.weigh``), for actors whose country the
    sentence leaves open."""

    tokens: Sequence[Token]
    stream: KeyStream
    kb: KnowledgeBase
    on: date | None
    weigh: Callable[[str], int] | None = None


def is_unknown_propn(t: Token) -> bool:
    """A capitalised proper noun the knowledge base did not claim: part of some longer
    name we do not know ("Korea Herald", "Seoul National University")."""
    return (
        t.pos == "PROPN"
        and t.text[:1].isupper()
        and t.text not in WEEKDAYS_MONTHS
        and t.ent_type not in ("DATE", "TIME")
        and t.text not in POSSESSIVE
    )


def build_units(
    s: Sentence,
    surnames: Mapping[str, PersonRecord],
    korea: bool = False,
    weigh: Callable[[str], int] | None = None,
) -> list[Unit]:
    """Units of a sentence.  ``surnames`` are people already named in the article, ``korea``
    enables "the North"/"the South", ``weigh`` scores a country's presence in the article
    to choose between entities sharing a name."""
    tokens, stream, kb = s.tokens, s.stream, s.kb
    units: list[Unit] = []
    i, n = 0, len(tokens)
    while i < n:
        hit = kb.names.match_at(stream, i)
        if hit is not None and _user_agent_wins(kb, hit, kb.agents.match_at(stream, i)):
            hit = None
        company = _company(s, i, hit)
        if company is not None:
            units.append(company)
            i = company.end
            continue
        if hit is not None:
            entry = _choose(kb, hit, weigh)
            entity = kb.entity(entry.entity_id)
            if (venue := _venue(s, hit, entity)) is not None:
                units.append(venue)
                i = hit.end
                continue
            if entity is not None and not _blocked(s, hit, entity, units, surnames):
                units.append(Unit(hit.start, hit.end, "name", entry, entity))
                i = hit.end
                continue
        agent = kb.agents.match_at(stream, i)
        if agent is not None and not _adjective_use(tokens, agent):
            units.append(Unit(agent.start, agent.end, "agent", agent.entry))
            i = agent.end
            continue
        t = tokens[i]
        if korea and t.text in _NORTH_SOUTH and _the_north(tokens, i):
            eid = _NORTH_SOUTH[t.text]
            entry = NameEntry((t.text,), eid, "context")
            units.append(Unit(i, i + 1, "name", entry, kb.entity(eid)))
        elif t.text in surnames and _lone_name(s, i, units, surnames):
            units.append(Unit(i, i + 1, "surname", record=surnames[t.text]))
        elif (rec := _known_surname(s, i, units, surnames)) is not None:
            units.append(Unit(i, i + 1, "surname", record=rec))
        else:
            units.append(Unit(i, i + 1, "word"))
        i += 1
    return units


def _company(s: Sentence, i: int, hit: Hit | None) -> Unit | None:
    """A national carrier or operator named for its country ("Malaysia Airlines", "Korean
    Air", "Air India"): a ``company`` unit whose entity is the country and whose entry
    carries the sector (``senses.py``).  Not in headlines in capitals, where "AIR" may be
    any word."""
    if s.stream.caps:
        return None
    tokens, kb = s.tokens, s.kb
    country_hit, end, sector = hit, 0, ""
    if hit is not None and isinstance(hit.entry, NameEntry) and not hit.entry.weak:
        after = company_after(tokens, hit.end, kb.cues)
        if after is not None:
            end, sector = after
    if not end and (before := company_before(tokens, i, kb.cues)) is not None:
        country_hit = kb.names.match_at(s.stream, before[0])
        entry = country_hit.entry if country_hit is not None else None
        usable = isinstance(entry, NameEntry) and entry.via == "name" and not entry.weak
        if usable and country_hit is not None and ends_name_run(tokens, country_hit.end):
            end, sector = country_hit.end, before[1]
    if not end or country_hit is None:
        return None
    assert isinstance(country_hit.entry, NameEntry)
    entity = kb.entity(country_hit.entry.entity_id)
    if entity is None or entity.kind != "country" or not entity.country:
        return None
    words = tuple(t.text.lower() for t in tokens[i:end])
    entry = AgentEntry(words, sector, f"~{sector}")
    return Unit(i, end, "company", entry, entity)


def _venue(s: Sentence, hit: Hit, e: Entity | None) -> Unit | None:
    """A country or capital before an event noun ("the Beijing Olympics", "the Qatar World
    Cup"): a ``venue`` unit, coded as a location only (``compounds._single``)."""
    if e is None or e.kind not in ("country", "metonym") or not e.country or s.stream.caps:
        return None
    if not isinstance(hit.entry, NameEntry) or not event_after(s.tokens, hit.end, s.kb.cues):
        return None
    return Unit(hit.start, hit.end, "venue", hit.entry, e)


def _user_agent_wins(kb: KnowledgeBase, name: Hit, agent: Hit | None) -> bool:
    """An agent phrase from the user's own files ("MSF" as ``NGO~`` in a PETRARCH agent
    dictionary) replaces a built-in name over the same words, as user names do."""
    if agent is None or agent.end < name.end or not isinstance(name.entry, NameEntry):
        return False
    if name.entry.override:
        return False
    assert isinstance(agent.entry, AgentEntry)
    e = kb.entity(agent.entry.entity_id)
    return e is not None and e.source not in ("", "builtin")


def _choose(kb: KnowledgeBase, hit: Hit, weigh: Callable[[str], int] | None) -> NameEntry:
    """Among entities sharing a name ("Joint Chiefs of Staff": KOR, USA) the one whose
    country the article talks about most; the default on a tie."""
    alts = hit.alternatives
    if len(alts) < 2 or weigh is None:
        assert isinstance(hit.entry, NameEntry)
        return hit.entry

    def score(k: int) -> tuple[int, int]:
        e = kb.entity(alts[k].entity_id)
        return (weigh(e.country) if e is not None and e.country else 0, k)

    return alts[max(range(len(alts)), key=score)]


def _blocked(
    s: Sentence, hit: Hit, e: Entity, units: list[Unit], surnames: Mapping[str, PersonRecord]
) -> bool:
    """Place names and adjectives next to an unknown proper noun are part of a longer name
    ("Korean Air", "New Mexico", "Seoul National University"); weak aliases likewise."""
    adjective = e.kind == "country" and getattr(hit.entry, "via", "") == "adjective"
    if adjective and language_use(s.tokens, hit.start, hit.end, s.kb.cues):
        return True  # "in Russian", "a Chinese-language daily": a language, no actor
    if e.kind == "org" and _tail_of_unknown_name(s, hit, units):
        return True
    if e.kind == "country" and _continental(s.tokens, hit):
        return True
    if s.stream.caps or e.kind not in ("country", "metonym", "group"):
        return False
    stance = hit.start >= 2 and s.tokens[hit.start - 2].text.lower() in ("pro", "anti", "non")
    if stance and s.tokens[hit.start - 1].text in HYPHENS:
        return True  # "pro-Iranian" is a stance, not an actor
    prev = hit.start - 1
    after_word = bool(units) and units[-1].kind == "word" and units[-1].end == hit.start
    if after_word and prev > 0 and is_unknown_propn(s.tokens[prev]):
        return True
    if hit.end < len(s.tokens):
        nxt = s.tokens[hit.end]
        if (
            is_unknown_propn(nxt)
            and nxt.text not in surnames
            and s.kb.names.match_at(s.stream, hit.end) is None
            and s.kb.agents.match_at(s.stream, hit.end) is None
            and nxt.ent_type != "PERSON"
        ):
            return True
    return False


def _adjective_use(tokens: Sequence[Token], hit: Hit) -> bool:
    """A one-word agent noun that is also a plain adjective, used as one: "firm" in
    "Pakistan's firm support" or "stood firm" is no company."""
    if hit.end - hit.start != 1:
        return False
    t = tokens[hit.start]
    return t.text.lower() in _ADJECTIVE_AGENTS and (
        t.pos in ("ADJ", "ADV") or t.dep in ("amod", "acomp", "advmod", "oprd")
    )


def _continental(tokens: Sequence[Token], hit: Hit) -> bool:
    """The country word closes a continental region's name ("South | American", "Latin |
    America", "Pan-|American"): the region, not the state whose adjective it shares."""
    if hit.start == 0:
        return False
    prev, word = tokens[hit.start - 1], tokens[hit.start].text
    if prev.text in HYPHENS and hit.start >= 2:
        return f"{tokens[hit.start - 2].text}-{word}" in _CONTINENTAL
    return f"{prev.text} {word}" in _CONTINENTAL or f"{prev.text}{word}" in _CONTINENTAL


def _tail_of_unknown_name(s: Sentence, hit: Hit, units: list[Unit]) -> bool:
    """A one-word organisation alias that is also a generic institution noun, closing a longer
    proper name we do not know, is not that organisation: "Congress" in "the African National
    Congress" or "the Jubilee Congress" (parties abroad) is not the US legislature.  The word
    before must be an unclaimed proper noun that the parser attaches to the alias as part of
    one name.  Proper aliases ("Evil Mordor", a capitalised epithet) keep their entity."""
    if s.stream.caps or hit.end - hit.start != 1 or hit.start == 0:
        return False
    generic = s.kb.agents.match_at(s.stream, hit.start)
    if generic is None or generic.end != hit.end:
        return False
    prev = s.tokens[hit.start - 1]
    after_word = bool(units) and units[-1].kind == "word" and units[-1].end == hit.start
    return (
        after_word
        and is_unknown_propn(prev)
        and prev.dep in ("compound", "amod", "nmod")
        and prev.head == hit.start
    )


def _the_north(tokens: Sequence[Token], i: int) -> bool:
    """ "the North" / "the South" as a state, not "the South China Sea"."""
    if i == 0 or tokens[i - 1].text.lower() != "the":
        return False
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1].text
    return not (nxt[:1].isupper() and nxt not in WEEKDAYS_MONTHS)


def _known_surname(
    s: Sentence, i: int, units: list[Unit], surnames: Mapping[str, PersonRecord]
) -> PersonRecord | None:
    """A surname only one known person has ("Putin"), used before any full mention when NER
    also calls the word a person (so "May" the month or "Power" the noun stay words);
    shared surnames ("Kim") wait for a full mention."""
    t = s.tokens[i]
    word = _lowercase_name(s, t) or t.text
    if t.text in WEEKDAYS_MONTHS or not _lone_name(s, i, units, surnames):
        return None
    eid = None
    if word != t.text or (t.pos == "PROPN" and t.ent_type == "PERSON"):
        eid = s.kb.unique_surname(word)
    if eid is None and (word != t.text or _bare_surname(s, i)):
        eid = s.kb.office_surname(word, s.on)  # "Bush" in 2008: the one in office
    coding = s.kb.code_for(eid, s.on) if eid else None
    if eid is None or coding is None:
        return None
    titles = (coding.title,) if coding.title else ()
    return PersonRecord(eid, (coding,), t.text, titles, s.kb.surnames_of(eid))


# NER labels under which a capitalised word is a place or a date, never a bare surname
_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT", "LAW"})


def _bare_surname(s: Sentence, i: int) -> bool:
    """A capitalised proper noun that may be a leader's surname although NER did not call it
    a person (it often tags "Erdogan" ORG, or nothing): not in an all-caps headline, not
    tagged a place or date, and at the start of a sentence only when NER does call it a
    person (a capitalised common word opens many sentences)."""
    t = s.tokens[i]
    if s.stream.caps or t.pos != "PROPN" or not t.text[:1].isupper() or not t.text.isalpha():
        return False
    if t.ent_type in _NOT_PERSON_ENTS:
        return False
    return i > 0 or t.ent_type == "PERSON"


def _lowercase_name(s: Sentence, t: Token) -> str | None:
    """ "obama said": a surname typed in lower case, taken (capitalised) only when the parser
    still calls the word a proper noun heading its own phrase and the name is long enough
    (five letters) not to be an ordinary word; NER rarely tags such words, so it is not
    required."""
    text = t.text
    if not (text.isalpha() and text.islower() and len(text) >= 5) or s.stream.caps:
        return None
    if t.pos != "PROPN" or t.dep in ("compound", "amod", "nmod", "poss"):
        return None
    return text.capitalize()


def _lone_name(
    s: Sentence, i: int, units: list[Unit], surnames: Mapping[str, PersonRecord]
) -> bool:
    """A surname counts alone, not inside an unknown longer name ("Kim Yo Jong")."""
    t = s.tokens[i]
    if t.pos != "PROPN" and t.ent_type != "PERSON":
        return False
    if units and units[-1].kind == "word" and i > 0 and is_unknown_propn(s.tokens[i - 1]):
        return False
    return not (i + 1 < len(s.tokens) and is_unknown_propn(s.tokens[i + 1]))
