"""The other party of an agreement named by its possessive: "Ankara ratified Sweden's accession
protocol", "parliament approved Finland's membership treaty".

An agreement that names no partner by a preposition ("a treaty with Kyiv") often names it by
a possessive: the protocol is Sweden's because Sweden is the party acceding, and ratifying it
is an act towards Sweden (CAMEO 057).  Only a possessive counts, and only a named actor other
than the subject: a compound or adjective may be the agreement's topic ("the Iran nuclear
deal"), and "its treaty" is the subject's own.
"""

from __future__ import annotations

from communique.events.view import SentenceView
from communique.types import ActorMention

AGREEMENT_OBJECT = "@AGREEMENT"


def agreement_owner(
    view: SentenceView, noun: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The actors named by the possessive of the agreement noun ``noun``, without the
    subject's own actors; empty when there is none."""
    tree = view.tree
    own = {m.actor.code for m in sources}
    for k in tree.kids(noun, {"poss"}):
        if tree.tok(k).pos != "PROPN":
            continue  # "its treaty", "their deal": the doer's own
        found = tuple(
            m for m in view.in_phrase(k) if m.via != "location" and m.actor.code not in own
        )
        if found:
            return found
    return ()
