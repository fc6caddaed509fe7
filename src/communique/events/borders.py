"""The neighbour named by a shared border the parser hangs on the verb.

"Iran closed its border with Iraq" names Iraq inside the object, where the target reader
finds it.  "Pakistan shut all crossings on its border with Afghanistan" says the same with
the border in a place phrase of the verb: the thing closed is the crossings, and the party
they are closed to is the one the border is shared with.  A measure taken at a shared border
is taken against (or, reopened, towards) the state on the other side, so that state is the
target when nothing else in the sentence is.
"""

from __future__ import annotations

from communique.events.view import SentenceView
from communique.types import ActorMention

# Place phrases that put the act at the border: "on its border", "along the frontier".
_AT_BORDER = frozenset({"on", "at", "along"})


def shared_border_party(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The state a border in a place phrase of verb ``i`` or of its object is shared with ("on
    its border with X", "sealed the crossings along the frontier with X"); empty when the
    phrase names no such party."""
    tree = view.tree
    holders = [i, *tree.kids(i, {"dobj"})]
    for _, place in [p for h in holders for p in tree.preps(h, _AT_BORDER)]:
        if not view.lexicon.in_class(tree.lemma(place), "EDGE_PLACE"):
            continue
        for _, other in tree.preps(place, {"with"}):
            found = tuple(m for m in view.in_phrase(other) if m.via != "agent")
            if found:
                return found
    return ()
