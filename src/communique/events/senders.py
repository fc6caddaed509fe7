"""Phrases the parser hangs on the verb that belong to what the verb is about: the sender of
a thing reacted to ("welcomed the proposal from Moscow") and a place the act came close to
("sailed close to the coast of Taiwan")."""

from __future__ import annotations

from communique.events.syntax import Tree, phrases_after
from communique.events.view import SentenceView
from communique.types import ActorMention


def origin_of_object(view: SentenceView, i: int, obj: int | None) -> tuple[ActorMention, ...]:
    """ "welcomed the proposal from Moscow", "rejected the memo from Seoul": the parser hangs
    the object's "from" phrase on the verb; for a reaction to a thing (not to a place the
    subject acted from) the sender of that thing is the target.  Only a "from" phrase right
    after a non-actor object counts."""
    tree = view.tree
    if obj is None or view.at(obj):
        return ()
    for _, pobj in phrases_after(tree, i, obj, {"from"}):
        return tuple(m for m in view.in_phrase(pobj) if m.via != "location")  # not places
    return ()


PROXIMITY_WORDS = frozenset({"close", "closer", "near", "nearer", "next", "adjacent"})


def proximity_phrases(tree: Tree, i: int) -> list[tuple[str, int]]:
    """ "marched close to the border with X", "deployed next to X's frontier": the parser
    hangs "to" on the adverb, so the phrase is read as the "near" phrase it means."""
    out: list[tuple[str, int]] = []
    for k in tree.kids(i, {"advmod", "acomp", "npadvmod", "prep"}):
        if tree.tok(k).text.lower() in PROXIMITY_WORDS:
            out.extend(("near", pobj) for _, pobj in tree.preps(k, {"to"}))
    return out
