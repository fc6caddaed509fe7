"""Relayed courtesies: "Xi asked the visiting premier to convey his greetings to the president".

A host who asks a guest to pass greetings, regards or best wishes on to the guest's leader is
being polite, not asking for anything: the appeal frame of "ask" would read the request as an
appeal for diplomatic cooperation (022) or a bare appeal (020), which no analyst would code.
The courtesy itself is too slight to be an event of its own (CAMEO codes formal praise and
congratulations, not pleasantries), so the whole construction codes nothing.
"""

from __future__ import annotations

from communique.events.lexicon import word_list
from communique.events.view import FRAME_COMPLEMENTS, SentenceView

_COURTESY = frozenset(word_list("COURTESY_MESSAGES"))
_RELAY = frozenset(word_list("RELAY_VERBS"))


def relayed_courtesy(view: SentenceView, i: int) -> list[int]:
    """The tokens of a complement of appeal verb ``i`` that asks for a courtesy to be passed on
    ("to convey his greetings", "to pass on her best wishes"); empty when there is none."""
    tree = view.tree
    for comp in tree.kids(i, FRAME_COMPLEMENTS):
        if tree.lemma(comp) not in _RELAY:
            continue
        for obj in tree.kids(comp, {"dobj"}):
            if tree.lemma(obj) in _COURTESY or tree.tok(obj).text.lower() in _COURTESY:
                return list(tree.subtree(comp))
    return []
