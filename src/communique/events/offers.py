"""Who made the offer that was turned down: "turned down the offer from France", "rejected
aid from Washington", "refused the proposal from the mediators".

A rejection (CAMEO 12) is aimed at whoever made what is rejected.  "Rejected Washington's
proposal" names the proposer as a modifier of the noun, which the object reader already sees;
a "from" phrase names the proposer too, but the parser hangs it on the verb as often as on the
noun, and "from" elsewhere names a place left ("withdrew troops from Syria"), so it is read here
only for rejections, and only for the verb and its object phrase.
"""

from __future__ import annotations

from communique.events.doers import no_places
from communique.events.view import NOUN_POS, SentenceView
from communique.types import ActorMention

REJECTION_ROOT = "12"


def offer_givers(
    view: SentenceView, i: int, obj: int | None, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Actors of a "from" phrase on the rejecting verb ``i`` (when it has an object: "turned
    down the offer from France" parsed with "from" on the verb) or on a noun of its object
    phrase ("rejected an offer of talks from France"); the rejecting side itself excluded."""
    tree = view.tree
    carriers: list[int] = []
    if obj is not None:
        carriers = [k for k in tree.subtree(obj) if tree.tok(k).pos in NOUN_POS]
        carriers.append(i)
    for carrier in carriers:
        for _, pobj in tree.preps(carrier, {"from"}):
            found = tuple(m for m in no_places(view.in_phrase(pobj)) if m not in sources)
            if found:
                return found
    return ()
