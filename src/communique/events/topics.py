"""Countries that are only the topic of a cooperative act are not its partners.

"Seoul and Tokyo pledged cooperation on North Korea", "France and Germany agreed to work
together on Ukraine": the "on" phrase says what the cooperation is about.  The generic target
reader takes any actor of an "on" phrase as the recipient, which made North Korea the
partner of a pledge it is the subject matter of.  When the cooperating sides are named (two
or more doers, or a "with" partner), an actor that sits only in such a topic phrase is dropped;
a joint act of several doers then pairs the doers with each other, as it does when no topic is
named.  A single doer with only a topic ("pledged cooperation on Taiwan") is left as it is:
there the topic may well be the partner.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.discourse import party
from communique.events.view import Found, SentenceView, outside_phrases

# CAMEO families of cooperation whose "on" phrase is a subject matter: intent to cooperate
# (030/031), diplomatic (05) and material (06) cooperation.
_COOPERATIVE = ("030", "031", "05", "06")
_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning", "over"})


def without_cooperation_topics(view: SentenceView, found: Found) -> Found:
    """``found`` with the actors of its topic phrases removed from the targets, when the
    act is cooperative and its partners are named otherwise."""
    if not found.code.startswith(_COOPERATIVE) or not found.targets:
        return found
    tree = view.tree
    carriers = {found.trigger, *(k for k in tree.kids(found.trigger, {"dobj", "xcomp"}))}
    if found.noun is not None:
        carriers.add(found.noun)
    kept = outside_phrases(view, carriers, _TOPIC_PREPS, found.targets)
    if len(kept) == len(found.targets):
        return found
    if not kept and len({party(m) for m in found.sources}) < 2:
        return found  # a lone doer: the topic may be the partner
    return replace(found, targets=kept)
