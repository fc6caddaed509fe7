"""Whom a reaction to a free relative is aimed at: "Pakistan condemned what it called Indian
aggression", "Hanoi denounced what it described as China's illegal drilling".

Wire copy distances the reporter from a side's characterisation by wrapping the condemned act
in a free relative ("what X called Y").  The parse makes "what" the object of the reaction and
the act a label inside the relative clause, so the reaction seemed to have no object and its
target was lost.  The party the label names (the doer of the aggression, the owner of the
drilling) is whom the reaction is aimed at, exactly as in "condemned Indian aggression".
"""

from __future__ import annotations

from communique.events.doers import no_places
from communique.events.view import SentenceView
from communique.types import ActorMention

# Dependencies by which a labelling verb carries its label: "called [it] [aggression]"
# (oprd/attr/xcomp), a second object, or "described as [aggression]" (the "as" phrase).
_LABEL_DEPS = frozenset({"oprd", "attr", "xcomp", "dobj", "acomp"})
_WH_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})


def labelled_parties(
    view: SentenceView, i: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The parties named in the label of a free relative that the reaction at ``i`` takes as
    its object ("condemned what it called [Israel's massacre]"), minus the reacting side.
    Empty when ``i`` governs no such relative."""
    tree = view.tree
    for clause in tree.kids(i, {"ccomp", "dobj", "xcomp"}):
        if not view.lexicon.in_class(tree.lemma(clause), "LABELLING"):
            continue
        wh = [k for k in tree.kids(clause, _WH_DEPS) if tree.lemma(k) == "what"]
        wh += [k for k in tree.kids(i, {"dobj"}) if tree.lemma(k) == "what" and k < clause]
        if not wh:
            continue
        labels = [k for k in tree.kids(clause, _LABEL_DEPS) if k not in wh]
        labels += [pobj for _, pobj in tree.preps(clause, {"as"})]
        found: list[ActorMention] = []
        for label in labels:
            found.extend(m for m in no_places(view.in_phrase(label)) if m not in sources)
        if found:
            return tuple(dict.fromkeys(found))
    return ()
