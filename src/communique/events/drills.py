"""Joint military exercises: a show of force (150) or military cooperation (062)?

CAMEO codes exercises a state stages on its own ("staged war games near the border") as a
demonstration of military power (150), but exercises held together with a partner as
military cooperation (062, PLOVER COOPERATE).  The partner shows in three ways a wire report
uses: a word such as "joint" on the exercise noun (handled where the noun is read), a
coordinated subject naming two states ("Russian and Chinese warships began drills"), or a
"with" phrase ("held drills with the United States").
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.events.discourse import party
from communique.events.doers import no_places
from communique.events.view import SentenceView, unique
from communique.types import ActorMention

SHOW_OF_FORCE = "150"
MILITARY_COOPERATION = "062"
# Modifiers of the subject that can each name a participating state ("Russian and Chinese").
_SUBJECT_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def drill_partners(view: SentenceView, i: int, noun: int | None) -> tuple[ActorMention, ...]:
    """The partner named in a "with" phrase of the verb at ``i`` or of its exercise noun."""
    tree = view.tree
    for carrier in (i, noun):
        if carrier is None:
            continue
        for _, pobj in tree.preps(carrier, {"with"}):
            found = no_places(view.in_phrase(pobj))
            if found:
                return found
    return ()


def subject_states(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The actors named by the coordinated modifiers of the subject of ``i``: "Russian and
    Chinese warships" names two, where the subject's own actor lookup keeps only the first."""
    tree = view.tree
    subj = tree.kid(i, {"nsubj"})
    if subj is None:
        return ()
    mods = tree.kids(subj, _SUBJECT_MODIFIERS)
    words = [*mods, *(c for m in mods for c in tree.kids(m, {"conj"}))]
    return unique(no_places(tuple(m for w in words for m in view.at(w))))


def joint_sources(
    view: SentenceView, i: int, sources: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The doers of a joint exercise at verb ``i`` when the subject names two or more parties
    ("French and Egyptian warships"), else nothing."""
    found = unique([*sources, *subject_states(view, i)])
    return found if len({party(m) for m in found}) >= 2 else ()


def encircled(view: SentenceView, noun: int) -> tuple[int | None, tuple[ActorMention, ...]]:
    """The participle and the territory of an exercise that closes in on it ("drills
    encircling Taiwan", "war games surrounding the island"): the territory is the target of
    the show of force, and the participle is part of that one event -- no blockade of its
    own.  ``(None, ())`` when the exercise noun has no such participle."""
    tree = view.tree
    for k in tree.kids(noun, {"acl", "relcl"}):
        if not view.lexicon.in_class(tree.lemma(k), "ENCIRCLING"):
            continue
        obj = tree.kid(k, {"dobj"})
        found = no_places(view.in_phrase(obj)) if obj is not None else ()
        if not found and obj is not None:
            found = view.in_phrase(obj)  # a territory named as a place is still the target
        if found:
            return k, found
    return None, ()
