"""Whose act a reaction is aimed at: "Moscow condemned new sanctions by the EU against Russian
banks" targets the EU, who imposed them -- not the banks the sanctions were aimed at.

A reaction (CAMEO 05, 10-13) to an act is aimed at the act's doer.  When the object of the
reaction is an event noun, the object phrase may name both the doer ("by the EU", "Israeli
airstrikes", "Paris's decision") and the victim ("against Russian banks", "on Gaza"); the
generic object reader takes every actor of the phrase, so the victim became a second target.
When the noun names its doer, only the doer is the target.
"""

from __future__ import annotations

from communique.events.doers import no_places
from communique.events.roles import noun_roles, participle_agents
from communique.events.rules import choose_rule
from communique.events.view import REACTION_ROOTS, SentenceView, outside_phrases
from communique.types import ActorMention

# Prepositions by which a document or policy names its topic: "a resolution on Syria", "a
# policy toward Cuba", "a report about Iran".
# "over" is left out: on a reaction it names the cause ("regret over the North's act").
TOPIC_PREPS = frozenset({"on", "toward", "towards", "about", "regarding", "concerning", "in"})


def is_reaction(code: str) -> bool:
    """Is ``code`` a reaction to something done (approval, demand, disapproval, rejection,
    threat)?"""
    return code[:2] in REACTION_ROOTS


def act_doers(
    view: SentenceView, obj: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Doers of the act named by the event noun ``obj`` that a reaction is aimed at: its
    possessive, modifier or "by"/"from" phrase ("the EU's sanctions", "Israeli airstrikes",
    "sanctions by the EU"), else the agent of its participle ("the sanctions imposed by the
    EU").  The reacting side itself is never its own target.  Empty when ``obj`` names no act
    or its doer is not named (the caller then keeps what the object phrase names)."""
    if choose_rule(view, obj, "N") is None:
        return ()
    doers = no_places(noun_roles(view, obj)[0]) or participle_agents(view, obj)
    return tuple(m for m in doers if m not in sources)


def thing_makers(
    view: SentenceView, obj: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Who made the thing a rejection or rebuke is aimed at, for any noun (an account, a
    claim, a report -- not only event nouns): "rejected the account given by the United
    States", "dismissed the report by the agency".  Only an explicit "by" phrase or
    participle agent counts; a bare modifier may be the topic ("the account of the clash")."""
    tree = view.tree
    found = participle_agents(view, obj)
    for _, agent in [] if found else tree.preps(obj, {"by"}):
        found = no_places(view.in_phrase(agent))
        if found:
            break
    return tuple(m for m in found if m not in sources)


def without_topics(
    view: SentenceView, obj: int, targets: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Drop from a reaction's ``targets`` the actors that only name the topic of the thing
    reacted to: "voted against the resolution on Ukraine", "rejected the report about Iran"
    -- Ukraine and Iran are what the document is about, not who made it.  Only for things
    that are neither actors nor acts ("condemned the strikes on Gaza" is left as it is: an
    act's "on" phrase is its victim, which the act reader handles)."""
    if view.at(obj) or choose_rule(view, obj, "N") is not None:
        return targets
    return outside_phrases(view, (obj,), TOPIC_PREPS, targets)
