"""Who an act was done to, or by, when the sentence does not name them.

A warning that follows a denunciation is aimed at whoever was denounced; force located "in" another
country is done to it; a visit received is a visit made; soldiers killed abroad were killed by the
side they fight there.  Kept apart from the coder so the rules can be read on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from communique.events.agreement_partners import kept_agreement_partner
from communique.events.commented_acts import commented_act_doers
from communique.events.discourse import memory_side, reacted_to
from communique.events.extract import Found, SentenceView
from communique.events.lexicon import word_list
from communique.events.rules import choose_rule
from communique.events.undone import undone_agreement_partner
from communique.events.view import VIOLENT_ROOTS
from communique.types import ActorMention

# Acts done together when the text names several parties and no counterpart ("Japan and
# South Korea agreed to strengthen ties"): intent, meetings, agreements, material cooperation.
MUTUAL_ROOTS = frozenset({"03", "04", "06"})
MUTUAL = frozenset({"050", "057", "0871"})
# Consultations whose co-doers share one role, never face each other: "talks hosted by Saudi
# Arabia and the United States" (co-hosts), "a truce brokered by Qatar and Egypt"
# (co-mediators), "Macron and Scholz visited Kyiv" (fellow travellers).
CO_AGENT = frozenset({"042", "043", "045"})
_ADDRESSED_ROOTS = frozenset({"03", "10", "11", "12", "13"})
_FORCE_ROOTS = frozenset({"18", "19"})
# Yielding (08) with no named counterpart eases towards the source's latest adversary, if the
# article named one within this many sentences.
_YIELD_ROOT = "08"
_EASED_WINDOW = 3
# Acts aimed at the country they are done in; 16: "suspended aid deliveries in Somalia",
# "closed its embassy in Damascus" reduce relations with that country.
_LOCATED_ROOTS = frozenset({"08", "15", "16", "17", "18", "19", "20"})
# Parts of a place: "in the east of Syria", "in the heart of the capital".
_REGION_WORDS = frozenset(word_list("PLACE_PARTS"))


def implied_target(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """A recipient the text implies without naming it where the act is:

    * a threat, demand or accusation with no addressee is aimed at whoever its source last
      acted against ("denounced the US proposal ..., warning it will react strongly");
    * force, posture or de-escalation located "in"/"into" another country is done to it
      ("ordered his forces to halt all military activity in Ukraine").
    """
    if not found.sources:
        return ()
    root = found.code[:2]
    source_countries = {m.actor.country for m in found.sources}
    joint = root in MUTUAL_ROOTS or found.code in MUTUAL or found.symmetric
    if len(source_countries) >= 2 and joint:
        # "the two countries agreed ...", "the two sides traded accusations": a joint act
        # between its sources, aimed at nobody else.
        return ()
    here = view.tree.sentence.index
    if root in _ADDRESSED_ROOTS:
        # A warning follows a denunciation, a pledge follows a meeting: the implied
        # counterpart is the last one the source dealt with in the same tone.
        tone = "cooperation" if root == "03" else "conflict"
        last = view.antecedents.get(f"target-of:{memory_side(found.sources[0])}:{tone}")
        if last is not None and here - last.sentence <= 1:
            return (last,)
        # "North Korea fired two missiles. Japan lodged a protest.": the act reacted to.
        return reacted_to(view, found)
    if root in _FORCE_ROOTS:
        # "prompting the South's military to fire back": retaliation is aimed at whoever
        # last attacked the source's country.
        attacker = view.antecedents.get(f"attacked:{found.sources[0].actor.country}")
        other = attacker is not None and attacker.actor.country not in source_countries
        if other and here - attacker.sentence <= 3:
            return (attacker,)
    if root == _YIELD_ROOT:
        eased = _eased_side(view, found, source_countries)
        if eased:
            return eased
    partner = undone_agreement_partner(view, found)  # "Seoul scrapped the agreement"
    if partner:
        return partner
    partner = kept_agreement_partner(view, found)  # "signed a law ratifying the treaty"
    if partner:
        return partner
    commented = commented_act_doers(view, found)  # "voiced concern over the ratification"
    if commented:
        return commented
    if root in _LOCATED_ROOTS:
        tree = view.tree
        scope = set(tree.clause_subtree(found.trigger))
        head = tree.head(found.trigger)
        if head is not None and tree.tok(found.trigger).dep == "advcl":
            scope |= set(tree.clause_subtree(head))  # "ordered a halt in Ukraine, declaring ..."
        if root in VIOLENT_ROOTS:
            scope |= set(_means_clauses(view, found.trigger))
        clause = [tree.tok(k) for k in sorted(scope)]
        for tok in clause:  # only the act's own clause: not "... via its embassy in Beijing"
            if tok.dep == "prep" and tok.text.lower() in {"in", "into", "inside"}:
                obj = tree.pobj(tok.i)
                obj = inside_region(view, obj) if obj is not None else None
                for m in view.at(obj) if obj is not None else ():
                    if m.actor.country and m.actor.country not in source_countries:
                        return (m,)
    return ()


def _eased_side(
    view: SentenceView, found: Found, source_countries: set[str | None]
) -> tuple[ActorMention, ...]:
    """ "Seoul switched off its loudspeakers": a hostile measure halted is eased towards the side
    it was aimed at, which the article named as the source's latest adversary (the last one the
    source acted against in conflict, or the last one that attacked it) a few sentences back."""
    here = view.tree.sentence.index
    side = memory_side(found.sources[0])
    for key in (f"target-of:{side}:conflict", f"attacked:{found.sources[0].actor.country}"):
        other = view.antecedents.get(key)
        if other is None or other.actor.country in source_countries:
            continue
        if here - other.sentence <= _EASED_WINDOW:
            return (other,)
    return ()


def _means_clauses(view: SentenceView, trigger: int) -> list[int]:
    """ "were killed in Israeli shelling in the east of Gaza": the parser often makes the
    attack noun a clause of its own ("shelling" as a verb hung on "killed"); where the attack
    that did the killing happened is where the killing happened."""
    tree = view.tree
    out: list[int] = []
    for k in tree.kids(trigger, {"advcl"}):
        chosen = choose_rule(view, k, "V") or choose_rule(view, k, "N")
        if chosen is not None and chosen[0].code[:2] in VIOLENT_ROOTS:
            out.extend(tree.clause_subtree(k))
    return out


def inside_region(view: SentenceView, obj: int) -> int:
    """ "in the east of the Gaza Strip", "in the north of Syria": a region word with a
    determiner and an "of" phrase is inside the place the phrase names (compare
    ``locatives.bearing_place``: without the determiner it is only measured from it)."""
    tree = view.tree
    if view.at(obj) or tree.lemma(obj).lower() not in _REGION_WORDS:
        return obj
    if tree.kid(obj, {"det"}) is None:
        return obj
    for _, place in tree.preps(obj, {"of"}):
        return place
    return obj


def with_linked(found: Iterable[Found]) -> list[Found]:
    """Events that CAMEO records in pairs: "Kim received the Chinese envoy" is a hosted visit
    (043) by Kim and a visit made (042) by the envoy; the rule's ``link`` flag names the
    reverse code."""
    out: list[Found] = []
    for f in found:
        out.append(f)
        link = f.rule.flags.get("link")
        if link and f.sources and f.targets and f.modality == "asserted":
            out.append(replace(f, code=link, sources=f.targets, targets=f.sources, symmetric=False))
    return out


def implied_source(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """ "Ten Russian soldiers were killed in Ukraine": violence against a country's troops
    inside another country, with no attacker named, is coded to the country it happened in
    (the side the troops are fighting there).  Civilians killed abroad are not: nothing says
    who their attacker was."""
    if found.code[:2] not in VIOLENT_ROOTS or not found.targets:
        return ()
    if any(m.actor.sector != "MIL" or m.actor.country is None for m in found.targets):
        return ()
    victims = {m.actor.country for m in found.targets}
    tree = view.tree
    for k in tree.clause_subtree(found.trigger):
        tok = tree.tok(k)
        if (
            tok.dep != "prep"
            or tok.head != found.trigger
            or tok.text.lower() not in {"in", "inside"}
        ):
            continue
        obj = tree.pobj(k)
        for m in view.at(obj) if obj is not None else ():
            country_only = m.actor.code == m.actor.country
            if country_only and m.actor.country not in victims:
                return (m,)
    return ()


def counterparts(sources: Sequence[ActorMention], tone: str) -> dict[str, ActorMention]:
    """``target-of`` antecedents of a joint act: each party's counterpart is the first other
    party of another country."""
    out: dict[str, ActorMention] = {}
    for m in sources:
        other = next((o for o in sources if o.actor.country != m.actor.country), None)
        if m.actor.country and other is not None:
            out[f"target-of:{m.actor.country}:{tone}"] = other
    return out
