"""Reactions to a bare decision noun: "Germany and France welcomed the vote".

Wire copy reports a decision in one sentence ("Turkey's parliament on Tuesday approved Sweden's
bid to join NATO") and the reactions in the next ("NATO welcomed the decision").  The reaction's
object names no actor; the act it refers to may not even be an event the coder codes (a vote, an
approval, a ruling).  Its target is whoever made the decision: the subject of the main clause of
the sentence just before.  So each sentence leaves the subject of its main verb in the article
memory under ``MAIN_SUBJECT``, and a praise, criticism, rejection or threat aimed at "the
decision", "the vote", "the move" (``classes.tsv`` ``DECIDED_ACT``) with no actor of its own and
a definite determiner takes that subject -- unless it is the reacting party itself.
"""

from __future__ import annotations

from collections.abc import MutableMapping

from communique.events.discourse import party
from communique.events.view import SentenceView
from communique.types import ActorMention

MAIN_SUBJECT = "main-subject"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# How far back the decision may have been reported: this sentence or the one before.
_WINDOW = 1


def main_verb(view: SentenceView) -> int | None:
    """The root of the sentence's parse."""
    return next((t.i for t in view.tree.tokens if t.dep == "ROOT"), None)


def note_main_subject(
    memory: MutableMapping[str, ActorMention],
    view: SentenceView,
    subjects: tuple[ActorMention, ...],
) -> None:
    """Remember the first actor of ``subjects`` (the main verb's subject) named in this
    sentence; a sentence without one leaves the memory as it was."""
    here = [m for m in subjects if m.via != "location" and m.sentence == view.tree.sentence.index]
    if here:
        memory[MAIN_SUBJECT] = here[0]


def decision_maker(
    view: SentenceView, obj: int, reactors: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Who made the decision the bare noun ``obj`` refers to ("welcomed the decision")."""
    tree = view.tree
    if not view.lexicon.in_class(tree.lemma(obj), "DECIDED_ACT"):
        return ()
    dets = {tree.tok(k).text.lower() for k in tree.kids(obj, {"det"})}
    if not dets & _DEFINITE or view.in_phrase(obj):
        return ()
    maker = view.antecedents.get(MAIN_SUBJECT)
    if maker is None or tree.sentence.index - maker.sentence > _WINDOW:
        return ()
    if party(maker) in {party(m) for m in reactors}:
        return ()
    return (maker,)
