"""Recipients that a known misparse hides.

The small English model sometimes labels the object of a transitive verb as a bare noun-phrase
adverbial when the object is a long title + name: "al-Sisi met Ethiopian Prime Minister Abiy
Ahmed in Cairo" hangs "Ahmed" on "met" as ``npadvmod`` instead of ``dobj``.  The meeting then
has no recipient and is dropped.  A bare adverbial that is a *named actor* (not a date, not a
place) right after a verb with no object of its own can only be that object.
"""

from __future__ import annotations

from communique.events.doers import no_places
from communique.events.view import VERB_POS, SentenceView
from communique.types import ActorMention


def adverbial_object(
    view: SentenceView, i: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The actors of a proper-noun ``npadvmod`` after the verb ``i`` that has no direct
    object, minus the doers; empty otherwise."""
    tree = view.tree
    if tree.tok(i).pos not in VERB_POS or tree.kid(i, {"dobj", "dative"}) is not None:
        return ()
    for k in tree.kids(i, {"npadvmod"}):
        if k < i or tree.tok(k).pos != "PROPN":
            continue
        found = tuple(m for m in no_places(view.in_phrase(k)) if m not in sources)
        if found:
            return found
    return ()
