"""Whom a claim of responsibility is aimed at when the claimed attack names no victim.

"The group claimed responsibility for a bombing at a market in Niger's capital" is CAMEO 015
by the group.  Its recipient is whoever the claimed act was done to; when the attack names no
party but happened inside another country, that country suffered it, exactly as force
"located in" a country is done to it (``implied.implied_target``).  Only the claimed act's own
phrase is searched, so a place elsewhere in the sentence ("said in Nairobi") is never taken,
and a group claiming an attack in its own country gets no recipient from this rule.
"""

from __future__ import annotations

from communique.events.claims import CLAIM_CODE
from communique.events.implied import inside_region
from communique.events.rules import choose_rule
from communique.events.view import VIOLENT_ROOTS, Found, SentenceView
from communique.types import ActorMention

_INSIDE = frozenset({"in", "inside"})


def _claimed_acts(view: SentenceView, trigger: int) -> list[int]:
    """Violent event nouns in the "for" phrase of the claim ("claimed responsibility for the
    attack", "took credit for the bombing")."""
    tree = view.tree
    holders = [trigger, *tree.kids(trigger, {"dobj", "obj"})]
    out: list[int] = []
    for holder in holders:
        for _, noun in tree.preps(holder, {"for"}):
            chosen = choose_rule(view, noun, "N")
            if chosen is not None and chosen[0].code[:2] in VIOLENT_ROOTS:
                out.append(noun)
    return out


def claimed_act_place(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """The foreign country a claimed attack happened in (see module doc), else ``()``."""
    if found.code != CLAIM_CODE or not found.sources:
        return ()
    tree = view.tree
    own = {m.actor.country for m in found.sources}
    for act in _claimed_acts(view, found.trigger):
        for k in tree.subtree(act):
            if tree.tok(k).dep != "prep" or tree.tok(k).text.lower() not in _INSIDE:
                continue
            obj = tree.pobj(k)
            if obj is None:
                continue
            for m in _place_mentions(view, inside_region(view, obj)):
                if m.actor.country and m.actor.country not in own:
                    return (m,)
    return ()


def _place_mentions(view: SentenceView, noun: int) -> tuple[ActorMention, ...]:
    """The place a noun names, or its possessor's ("in Kenya's capital", "Iraq's north")."""
    here = view.at(noun)
    if here:
        return here
    owner = view.tree.kid(noun, {"poss", "nmod:poss"})
    return view.at(owner) if owner is not None else ()
