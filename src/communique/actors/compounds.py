"""Reading units into actor phrases: the second pass of actor finding.

A small grammar for the way wire copy names officials, read left to right::

    [country|adjective|capital|organisation ['s]] [up to 3 modifiers] agent+
        [to|in <country or organisation>] [Name]
    "Chinese Foreign Minister Wang Yi"   "North Korea's foreign ministry"
    "the South Korean military"          "Chinese Ambassador to North Korea Wang Yajun"
    "the foreign minister of China"      "Seoul officials"   "South Korea's Yonhap"

Units outside a compound are coded alone.  Pending items (pronouns, bare titles such as
"the minister") are returned for the article pass in ``resolve.py``, which knows who was
mentioned before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from communique.actors.bodies import national_body, owned_alias
from communique.actors.casing import capitalised_common, lowercase_institution
from communique.actors.context import PersonRecord
from communique.actors.coordination import (
    REGION_WORDS,
    agent_groups,
    country_code,
    country_list,
    has_sector,
    prefixed_country,
    takes_country,
)
from communique.actors.groups import group_phrase
from communique.actors.kb import Coding, Entity, KnowledgeBase, is_null_code
from communique.actors.names import AgentEntry, NameEntry, surname_candidates
from communique.actors.officials import own_country
from communique.actors.origins import hosted, located_place, past_modifiers
from communique.actors.phrases import (
    HYPHENS,
    POSSESSIVE,
    Found,
    Sentence,
    Unit,
)
from communique.actors.possessives import possessed
from communique.actors.senses import modifies_noun
from communique.actors.titled import person_record, span_text, titled_unknown, unknown_name
from communique.types import Token

_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "within"})
HOST_PREPS = frozenset({"to", "in", "at", "for"})
PRONOUNS = frozenset({"he", "she", "him", "his", "her"})


def assemble(s: Sentence, units: Sequence[Unit]) -> list[Found]:
    """Read units left to right; compounds first, then single units."""
    out: list[Found] = []
    i = 0
    while i < len(units):
        found, nxt = group_phrase(s, units, i)
        if found is None:
            found, nxt = owned_alias(s, units, i)
        if found is None:
            found, nxt = own_country(s, units, i)  # "the country's army" (officials.py)
        if found is None:
            found, nxt = possessed(s, units, i)  # "its foreign ministry" (possessives.py)
        if found is None:
            found, nxt = _coordinated(s, units, i)
        if found is None:
            found, nxt = _compound(s, units, i)
        if found is not None:
            out.extend(found)
            i = nxt
            continue
        single, nxt = _single(s, units, i)
        out.extend(single)
        i = max(nxt, i + 1)
    return out


# Armed bodies named by deployment ("security forces", "army units"): "in northern Kenya" says
# where they operate, not whose they are ("Kenyan security forces in ..." says that).
_DEPLOYED_WORDS = frozenset({"force", "forces", "unit", "units", "personnel", "contingent"})


def _deployed(groups: Sequence[Sequence[AgentEntry]]) -> bool:
    return any(a.words and a.words[-1] in _DEPLOYED_WORDS for g in groups for a in g)


def _country_code(u: Unit) -> str | None:
    return country_code(u)


def _word(s: Sentence, u: Unit) -> str:
    return s.tokens[u.start].text.lower() if u.kind == "word" else ""


def _is_modifier(t: Token) -> bool:
    return t.text in HYPHENS or (t.pos in _MODIFIER_POS and t.text not in POSSESSIVE)


def _led_by(s: Sentence, units: Sequence[Unit], k: int) -> bool:
    """ "US-led forces", "Hamas-led gunmen": the named leader owns the armed body, so the
    hyphenated participle is read as a modifier of the agent.  Only "led": "Iran-backed
    militias" are the backer's proxies, not its own forces."""
    return (
        k > 0
        and _word(s, units[k]) == "led"
        and units[k - 1].kind == "word"
        and s.tokens[units[k - 1].start].text in HYPHENS
    )


def _modifier_next(s: Sentence, units: Sequence[Unit], k: int) -> bool:
    return (
        k + 1 < len(units)
        and units[k + 1].kind == "word"
        and _is_modifier(s.tokens[units[k + 1].start])
    )


def _compound(s: Sentence, units: Sequence[Unit], i: int) -> tuple[list[Found] | None, int]:
    n = len(units)
    j = i
    country: str | None = _country_code(units[i])
    org = _is_org(units[i]) and country is None
    lent = None if country else prefixed_country(s, units, i)
    if lent is not None:  # "MSF Arnor": an NGO~ agent named for a country's branch
        country, j = lent, i + 1
    if country is not None or org:
        j += 1
        if j < n and units[j].kind == "word" and s.tokens[units[j].start].text in POSSESSIVE:
            j += 1
    k, mods = j, 0
    while k < n and units[k].kind == "word" and mods < 3:
        if _is_modifier(s.tokens[units[k].start]) or _led_by(s, units, k):
            mods += s.tokens[units[k].start].text not in HYPHENS
        elif not (mods and _word(s, units[k]) in ("and", "or") and _modifier_next(s, units, k)):
            break  # "China's foreign and defence ministers": coordinated modifiers go on
        k += 1
    if country and k < n and _is_org(units[k]):
        return _country_org(s, units, i, k, country)
    agents: list[AgentEntry] = []
    if k < n and units[k].kind == "agent":
        j = k
        while j < n and units[j].kind == "agent":
            entry = units[j].entry
            assert isinstance(entry, AgentEntry)
            agents.append(entry)
            j += 1
    groups, j = agent_groups(s, units, j, agents)  # "media and government"
    countries = [country] if country else []
    host: str | None = None
    place: Found | None = None
    if agents and j + 1 < n and _word(s, units[j]) in HOST_PREPS | {"of", "from"}:
        m = j + 1 + (_word(s, units[j + 1]) == "the" and j + 2 < n)
        regional = m + 1 < n and _word(s, units[m]) in REGION_WORDS
        m += regional  # "rebels in eastern Mali"
        m = past_modifiers(s, units, m)  # "refugees from war-torn Sudan"
        code = _country_code(units[m]) if m < n else None
        attached = units[k].start <= s.tokens[units[j].start].head < units[j].start
        deployed = regional and _deployed(groups)  # "security forces in northern Kenya"
        if (
            code
            and not (country or org or deployed)
            and takes_country(_word(s, units[j]), groups, attached)
        ):
            listed, after = country_list(s, units, m)  # "of A, B and C"
            if listed:
                countries, country, j = listed, listed[0], after
        elif _word(s, units[j]) in HOST_PREPS and m < n:
            if regional or hosted(_word(s, units[j]), groups):  # "in south X": see docs
                host = code or (_entity_code(units[m]) if _is_org(units[m]) else None)
                j = m + 1 if host else j
            else:  # "the Sudanese army chief in Egypt": where the chief is, not whose
                place = located_place(units[m])
    if country and (len(countries) > 1 or len(groups) > 1 or (lent and not agents)):
        # several actors in one phrase: "lawmakers and officials in Arnor and Gondor"
        codings = tuple(
            _agent_coding(s.kb, c, g) if g else s.kb.coding(c) for c in countries for g in groups
        )
        return [Found(units[i].start, units[j - 1].end, codings, "compound")], j
    person: Unit | None = None
    unknown: tuple[int, int] | None = None
    if j < n and (
        units[j].kind == "surname"
        or _is_person(units[j])
        or _titled_dictionary_name(s.kb, units[j], agents)
    ):
        person, j = units[j], j + 1
    elif agents and (country or host):
        unknown, j = unknown_name(s, units, j, agents)
    elif agents and not org and agents[-1].kind in ("person", "leader"):
        stateless = titled_unknown(s, units, i, j, agents)
        if stateless is not None:
            return stateless
    armed_org = org and agents and _non_state(units[i])  # "UNITA rebels", "Hamas gunmen"
    if not ((country and agents) or (agents and person) or (country and person) or armed_org):
        return None, i
    start, end = units[i].start, units[j - 1].end
    prefix = units[i] if org else None
    if prefix is not None and person is None:
        # "NATO peacekeeping troops", "KCNA reporters": the organisation is the actor
        entity = prefix.entity
        assert entity is not None
        codings = _remnant(entity, agents) or _entity_codings(s.kb, entity, s.on)
        return ([Found(start, end, codings, "compound", entity.entity_id)] if codings else []), j
    found = _code_compound(s, start, end, country, agents, host, person, unknown, prefix)
    if found is not None and place is not None and j < len(units) and units[j].end <= place.start:
        return [found, place], next(k for k in range(j, n) if units[k].start == place.start) + 1
    return ([found] if found else []), j


def _country_org(
    s: Sentence, units: Sequence[Unit], i: int, k: int, country: str
) -> tuple[list[Found] | None, int]:
    """ "South Korea's Joint Chiefs of Staff": the country named in the text decides, the
    organisation gives the sector (its own country may be another one's namesake body)."""
    org = units[k].entity
    assert org is not None
    if national_body(s, units[k], org):
        coding = Coding(country + "GOV", country, "GOV")  # "South Korea's Security Council"
        return [Found(units[i].start, units[k].end, (coding,), "compound")], k + 1
    if org.country is None or not org.sector or is_null_code(org.code):
        return None, i
    coding = Coding(country + org.sector, country, org.sector)
    eid = org.entity_id if org.country == country else None
    return [Found(units[i].start, units[k].end, (coding,), "compound", eid)], k + 1


_NON_STATE = frozenset({"REB", "UAF", "CRM", "SEP", "OPP", "INS"})


def _non_state(u: Unit) -> bool:
    """An organisation that is itself an armed or opposition group: "<group> rebels" is the
    group.  (A governing movement's name before "militants" says too little about which of
    its roles is meant, so it keeps the agent noun's coding.)"""
    code = (u.entity.code if u.entity is not None else "") or ""
    return any(sector in code[3:] for sector in _NON_STATE)


def _is_org(u: Unit) -> bool:
    return u.kind == "name" and u.entity is not None and u.entity.kind == "org"


def _entity_code(u: Unit) -> str | None:
    code = u.entity.code if u.entity is not None else None
    return None if is_null_code(code) or "/" in (code or "") else code


def _is_person(u: Unit) -> bool:
    return u.kind == "name" and u.entity is not None and u.entity.kind == "person"


def _titled_dictionary_name(kb: KnowledgeBase, u: Unit, agents: Sequence[AgentEntry]) -> bool:
    """ "Bree President Romendacil", where a PETRARCH actor dictionary lists ``ROMENDACIL [BRE]``.

    Such dictionaries do not say which entries are people, so an entry without dated roles
    loads as an organisation.  Right after a personal title, an entry coded with a bare country
    is the person holding the title: the title's sector is added to that country, as for a
    person whose office the knowledge base does not know."""
    if not agents or agents[-1].kind not in ("person", "leader"):
        return False
    if u.kind != "name" or u.entity is None or u.entity.kind != "org" or not u.entity.code:
        return False
    code = u.entity.code
    return "/" not in code and not is_null_code(code) and kb.split_code(code) == (code, None)


def _agent_coding(kb: KnowledgeBase, country: str, agents: list[AgentEntry]) -> Coding:
    """The first agent more specific than GOV decides ("government troops" -> MIL,
    "defense ministry spokesman" -> MIL, "foreign ministry spokesperson" -> GOV).

    ``country`` may be a longer dictionary code (``USAGOV``): a sector it already carries is
    not added twice, and its country is what the code names (none for ``NGM``)."""
    chosen = next((a for a in agents if a.sector != "GOV"), agents[0])
    home = kb.split_code(country)[0]
    if has_sector(country, chosen.sector):
        return Coding(country, home, chosen.sector)
    if chosen.code.endswith("~") and not chosen.code.startswith("~"):
        return Coding(chosen.sector + country, home, chosen.sector)
    return Coding(country + chosen.sector, home, chosen.sector)


def _code_compound(
    s: Sentence,
    start: int,
    end: int,
    country: str | None,
    agents: list[AgentEntry],
    host: str | None,
    person: Unit | None,
    unknown: tuple[int, int] | None,
    org: Unit | None = None,
) -> Found | None:
    kb, on = s.kb, s.on
    titled = next((a for a in reversed(agents) if a.kind in ("person", "leader")), None)
    title = ""
    if titled is not None:
        title = titled.title or "leader"
        if host:
            title = f"{title} to {host}"
    if person is not None and person.record is not None:
        rec = person.record
        return Found(start, end, rec.codings, "surname", rec.entity_id, rec)
    if person is not None and person.entity is not None:
        eid = person.entity.entity_id
        coding = kb.code_for(eid, on)
        if not kb.holds_office(eid, on):  # the text says what office they held
            if country and agents:
                coding = _agent_coding(kb, country, agents)
            elif org is not None and org.entity is not None:
                coding = kb.code_for(org.entity.entity_id, on) or coding
            elif agents and _titled_dictionary_name(kb, person, agents):
                coding = _agent_coding(kb, person.entity.code or "", agents)
        if coding is None:
            return None
        rec = person_record(s, eid, (coding,), person, (title,) if title else ())
        return Found(start, end, (coding,), "name", eid, rec)
    assert country is not None and agents
    if titled is not None and unknown is None:
        eid = kb.leader(country, on) if titled.kind == "leader" else kb.holder(country, title, on)
        coding = kb.code_for(eid, on) if eid else None
        if eid and coding:
            surnames = kb.surnames_of(eid)
            rec = PersonRecord(eid, (coding,), span_text(s, start, end), (title,), surnames)
            return Found(start, end, (coding,), "role", eid, rec)
    coding = _agent_coding(kb, country, agents)
    rec = None
    if titled is not None and unknown is not None:
        words = tuple(t.text for t in s.tokens[unknown[0] : unknown[1]] if t.text not in HYPHENS)
        rec = PersonRecord(None, (coding,), " ".join(words), (title,), surname_candidates(words))
    return Found(start, end, (coding,), "compound", None, rec)


# Groups that act in the news without a state behind them; other bare agent nouns
# ("officials", "the military") are left to context rather than coded without a country.
STATELESS_GROUPS = frozenset({"REB", "CVL", "OPP", "CRM", "REF", "UAF"})


def _coordinated(s: Sentence, units: Sequence[Unit], i: int) -> tuple[list[Found] | None, int]:
    """ "Chinese and Russian troops": the first adjective shares the agent of the second."""
    if i + 2 >= len(units) or _country_code(units[i]) is None:
        return None, i
    if _word(s, units[i + 1]) not in ("and", "or", ","):
        return None, i
    second, nxt = _compound(s, units, i + 2)
    if second and second[0].via == "role" and _country_code(units[i + 2]) is not None:
        return _coordinated_roles(s, units, i, second, nxt)
    if not second or second[0].record is not None or second[0].via != "compound":
        return None, i
    country = _country_code(units[i])
    assert country is not None
    c = second[0].codings[0]
    coding = Coding(c.code.replace(c.country or "", country, 1), country, c.sector)
    # Both actors span the whole phrase, so that whatever word the parse hangs the phrase
    # on ("hundreds of US and British activists"), the event coder finds both.
    first = Found(units[i].start, second[0].end, (coding,), "compound")
    return [first, replace(second[0], start=units[i].start), *second[1:]], nxt


def _coordinated_roles(
    s: Sentence, units: Sequence[Unit], i: int, second: list[Found], nxt: int
) -> tuple[list[Found] | None, int]:
    """ "Vietnamese and Indonesian foreign ministers": the title is read again with the first
    country in place of the second, so each gets its own office holder on the date (or its
    government when the knowledge base knows none)."""
    swapped = [*units[: i + 2], replace(units[i], start=units[i + 2].start,
                                        end=units[i + 2].end), *units[i + 3 :]]  # fmt: skip
    first, _ = _compound(s, swapped, i + 2)
    if not first or first[0].via not in ("role", "compound"):
        return None, i
    start = units[i].start
    return [replace(first[0], start=start), replace(second[0], start=start), *second[1:]], nxt


def _single(s: Sentence, units: Sequence[Unit], i: int) -> tuple[list[Found], int]:
    u = units[i]
    kb, on = s.kb, s.on
    if u.kind == "surname" and u.record is not None:
        rec = u.record
        return [Found(u.start, u.end, rec.codings, "surname", rec.entity_id, rec)], i + 1
    if u.kind == "agent":
        entry = u.entry
        assert isinstance(entry, AgentEntry)
        definite = u.start > 0 and s.tokens[u.start - 1].text.lower() == "the"
        if entry.kind in ("person", "leader") and definite:
            title = entry.title or "leader"
            return [Found(u.start, u.end, (), "role", pending="title", title=title)], i + 1
        if (institution := lowercase_institution(s, u)) is not None:
            return [institution], i + 1  # "congress" in a story about the US
        common_noun = s.tokens[u.start].text[:1].islower() or capitalised_common(s, u)
        if entry.kind == "group" and entry.sector in STATELESS_GROUPS and common_noun:
            # "Insurgents bombarded ...", "protesters rallied ...": an actor with no country
            # named, coded by its sector alone (PETRARCH writes ---REB).
            coding = Coding(entry.sector, None, entry.sector)
            return [Found(u.start, u.end, (coding,), "agent")], i + 1
        return [], i + 1
    if u.kind == "venue" and u.entity is not None and u.entity.country:
        loc = Coding(u.entity.country, u.entity.country, None)  # "the Beijing Olympics"
        return [Found(u.start, u.end, (loc,), "location", u.entity.entity_id)], i + 1
    if u.kind == "company" and u.entity is not None and isinstance(u.entry, AgentEntry):
        if modifies_noun(s.tokens, u.end) or _noun_after(s, u.end):
            return [], i + 1  # "a Malaysia Airlines jet": the aircraft, not the company
        country, sector = u.entity.country, u.entry.sector  # "Malaysia Airlines": MYSBUS
        return [Found(u.start, u.end, (Coding(f"{country}{sector}", country, sector),),
                      "company", None)], i + 1  # fmt: skip
    if u.kind == "word":
        t = s.tokens[u.start]
        if t.text.lower() in PRONOUNS and t.pos == "PRON":
            return [Found(u.start, u.end, (), "pronoun", pending="pronoun")], i + 1
        return [], i + 1
    e, entry = u.entity, u.entry
    assert e is not None and isinstance(entry, NameEntry)
    if e.kind == "group":  # coded only in a community phrase (groups.py)
        return [], i + 1
    if e.kind == "person":
        codings = _entity_codings(kb, e, on)
        if not codings:
            return [], i + 1
        rec = person_record(s, e.entity_id, codings, u, ())
        return [Found(u.start, u.end, codings, "name", e.entity_id, rec)], i + 1
    if e.kind == "metonym" and _locative(s.tokens, u.start) and e.country:
        loc = Coding(e.country, e.country, None)
        return [Found(u.start, u.end, (loc,), "location", e.entity_id)], i + 1
    codings = _entity_codings(kb, e, on)
    if not codings:
        return [], i + 1
    end, nxt = u.end, i + 1
    if entry.via == "adjective":
        end, nxt = _adjective_span(s, units, i)
    return [Found(u.start, end, codings, entry.via, e.entity_id)], nxt


def _noun_after(s: Sentence, end: int) -> bool:
    return end < len(s.tokens) and s.tokens[end].pos in ("NOUN", "PROPN", "NUM")


def _remnant(org: Entity, agents: Sequence[AgentEntry]) -> tuple[Coding, ...]:
    """ "FARC dissidents" after the FARC became a party: an armed group that has since
    made peace or taken power (a dated row, ``organisations.tsv``), followed by a rebel or
    dissident noun, names the faction still fighting, coded as the armed group (the
    undated row).  Empty when the phrase is the organisation itself."""
    if not org.roles or not agents or not org.code or not _NON_STATE & {org.code[3:6]}:
        return ()
    if agents[-1].sector not in _NON_STATE | {"OPP"}:
        return ()
    return (Coding(org.code, org.country, org.sector),)


def _entity_codings(kb: KnowledgeBase, e: Entity, on: date | None) -> tuple[Coding, ...]:
    """One coding per actor the entity names on ``on`` (``PRK/KOR`` names two)."""
    c = kb.code_for(e.entity_id, on)
    if c is None:
        return ()
    if "/" not in c.code:
        return (c,)
    return tuple(kb.coding(code) for code in c.code.split("/") if not is_null_code(code))


def _adjective_span(s: Sentence, units: Sequence[Unit], i: int) -> tuple[int, int]:
    """ "a South Korean fishing boat": an adjective stands for the noun it modifies."""
    u = units[i]
    h = s.tokens[u.end - 1].head
    if not (u.end <= h <= u.end + 3 and h < len(s.tokens)):
        return u.end, i + 1
    if s.tokens[h].pos not in ("NOUN", "PROPN"):
        return u.end, i + 1
    j = i + 1
    while j < len(units) and units[j].start <= h:
        if units[j].kind != "word" or not _is_modifier(s.tokens[units[j].start]):
            return u.end, i + 1
        j += 1
    return h + 1, j


def _locative(tokens: Sequence[Token], i: int) -> bool:
    """ "in Pyongyang" is a place, not the government."""
    j = i - 1
    if j >= 0 and tokens[j].text.lower() == "the":
        j -= 1
    return j >= 0 and tokens[j].text.lower() in LOCATIVE
