"""Reactions to an attack are aimed at the attacker, never at the victim.

"The EU condemned the attack on Israel": the object of the condemnation is an act of
violence, and the party in its "on" phrase is who suffered it.  Coding the victim as the
target of the criticism inverts the dyad (EU criticises Israel), the worst error event data
can make for a conflict analyst.  The attacker is who the reaction is about: named in the
object itself ("Russia's attack on Kyiv", "the Russian strikes on Kharkiv"), in a "by" phrase
or participle ("the attack on Israel by Hamas", "carried out by ..."), or earlier in the
article ("Russian forces shelled a power plant. France condemned the attack on Ukraine").
When no attacker is known the reaction has no target: it is never the victim.
"""

from __future__ import annotations

from communique.events.discourse import party
from communique.events.rules import choose_rule
from communique.events.view import VIOLENT_ROOTS, SentenceView, unique
from communique.types import ActorMention

# CAMEO roots of acts with a victim: assault (18), fighting (19), mass violence (20).
# Prepositions of an attack noun that name where it landed: its victim.
VICTIM_PREPS = frozenset({"on", "against", "upon", "at", "in", "into", "near"})
# Modifiers of an attack noun that may name its doer: "Russia's", "Russian", "Houthi".
_DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def violent_noun(view: SentenceView, k: int) -> bool:
    """Does the noun at ``k`` name an act of violence ("attack", "strike", "shelling")?"""
    chosen = choose_rule(view, k, "N")
    return chosen is not None and chosen[0].code[:2] in VIOLENT_ROOTS


def victims_of(view: SentenceView, noun: int) -> tuple[ActorMention, ...]:
    """The actors named in the "on"/"against" phrases of the attack noun at ``noun``."""
    tree = view.tree
    found: list[ActorMention] = []
    for _, pobj in tree.preps(noun, VICTIM_PREPS):
        first = min(tree.subtree(pobj))
        # a mention that starts before the phrase ("Russian soldiers in Ukraine" read as one
        # actor) is the attacker's, not the victim's
        found.extend(m for m in view.in_phrase(pobj) if m.tok_start >= first)
    return unique(found)


def attackers_of(
    view: SentenceView,
    noun: int,
    own: tuple[ActorMention, ...],
    earlier: tuple[ActorMention, ...] = (),
) -> tuple[ActorMention, ...] | None:
    """Whom a reaction to the attack noun at ``noun`` is aimed at, or ``None`` when the noun
    is no attack with a named victim (the caller's usual rules then apply).

    ``earlier`` is the article memory's candidate (the actor of the latest act of this kind);
    it is used only when the phrase names no doer.  Victims and the reacting party itself are
    never returned: with no attacker known, the result is empty (no target)."""
    if not violent_noun(view, noun):
        return None
    victims = victims_of(view, noun)
    if not victims:
        return None
    excluded = {party(m) for m in (*victims, *own)}
    tree = view.tree
    named: list[ActorMention] = []
    for k in tree.kids(noun, _DOER_DEPS):
        named.extend(view.in_phrase(k))
    for _, pobj in tree.preps(noun, {"by", "from"}):
        named.extend(view.in_phrase(pobj))
    for part in tree.kids(noun, {"acl"}):  # "the attack on Kyiv carried out by Russian forces"
        for _, agent in tree.preps(part, {"by"}):
            named.extend(view.in_phrase(agent))
    for group in (named, list(earlier)):
        found = unique([m for m in group if party(m) not in excluded and m.via != "location"])
        if found:
            return found
    return ()
