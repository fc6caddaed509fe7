"""Where an agent phrase stops before a place: origins and locations of agents.

"Refugees from war-torn Sudan" are Sudan's refugees, whatever words describe the country on
the way; "the Sudanese army chief in Egypt" is Sudan's, and Egypt only says where he is (a
place mention of its own); "the French ambassador in Mali" holds one office, whose host
belongs to the phrase.  Used by the compound grammar in ``compounds.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.actors.coordination import country_code
from communique.actors.cues import word_list
from communique.actors.kb import Coding
from communique.actors.names import AgentEntry
from communique.actors.phrases import HYPHENS, Found, Sentence, Unit

# Posts that exist in another country: "the US ambassador in Seoul" is one office, so the
# host country belongs to the phrase.  Any other agent ("the Sudanese army chief in Egypt")
# is only located by "in"/"at", and the place is a mention of its own.
_POSTED_WORDS = frozenset(word_list("POSTED_WORDS"))


def hosted(prep: str, groups: Sequence[Sequence[AgentEntry]]) -> bool:
    """Does "<agents> <prep> <country>" name a host the agents are posted to?  "to"/"for"
    always do ("minister for", "ambassador to"); "in"/"at" only after a post abroad."""
    if prep not in ("in", "at"):
        return True
    return any(a.words and a.words[-1] in _POSTED_WORDS for g in groups for a in g)


def located_place(u: Unit) -> Found | None:
    """A country (or its capital) located by "in"/"at" after an agent phrase, as a place
    mention: it stays out of the agents' span and, like "in Pyongyang", is no party."""
    e = u.entity
    if u.kind != "name" or e is None or e.kind not in ("country", "metonym") or not e.country:
        return None
    return Found(u.start, u.end, (Coding(e.country, e.country, None),), "location", e.entity_id)


def past_modifiers(s: Sentence, units: Sequence[Unit], m: int) -> int:
    """The unit of the country after up to three modifiers of it ("from military-ruled
    Myanmar", "from neighbouring Rwanda"), or ``m`` when none follows: wire copy describes a
    country in passing without changing whose the agents are."""
    k = m
    while k < len(units) and k - m < 5 and units[k].kind in ("word", "agent"):
        t = s.tokens[units[k].start]  # "military-ruled": an agent noun used as a modifier
        if t.text not in HYPHENS and t.pos not in ("ADJ", "VERB", "NOUN"):
            return m
        k += 1
    if k == m or k >= len(units) or country_code(units[k]) is None:
        return m
    last = units[k].end
    inside = all(
        units[m].start <= s.tokens[t].head < last for t in range(units[m].start, units[k].start)
    )
    return k if inside else m
