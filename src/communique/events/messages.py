"""Whose message a messenger carries: "conveyed greetings from Xi", "delivered a letter from
Putin to Kim".

A "from" phrase on a carried message names its author, the principal the messenger speaks
for, never its recipient.  The reaction reader takes the sender of a thing reacted to as the
target ("welcomed the proposal from Moscow"), which made the envoy's own head of state the
addressee of the greetings he delivered.  The author is dropped from the targets, and stands
in as the source when the messenger is not an actor we know.  Receiving verbs ("received a
letter from Xi") are read by their own rule (the ``rev`` flag) and left alone here.
"""

from __future__ import annotations

from communique.events.syntax import phrases_after
from communique.events.view import SentenceView
from communique.types import ActorMention

MESSAGE_CLASS = "LETTER"


def message_authors(view: SentenceView, verb: int, noun: int | None) -> tuple[ActorMention, ...]:
    """Actors of the "from" phrase of the message ``noun`` carried by ``verb`` (the parser
    hangs it on the noun or, right after the noun, on the verb); ``()`` for other nouns."""
    tree = view.tree
    if noun is None or not view.lexicon.in_class(tree.lemma(noun), MESSAGE_CLASS):
        return ()
    for _, pobj in [*tree.preps(noun, {"from"}), *phrases_after(tree, verb, noun, {"from"})]:
        found = tuple(m for m in view.in_phrase(pobj) if m.via != "location")
        if found:
            return found
    return ()


def carried_for(
    authors: tuple[ActorMention, ...],
    sources: tuple[ActorMention, ...],
    targets: tuple[ActorMention, ...],
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """(sources, targets) of a carried message: the authors are no targets, and they are the
    sources when the messenger is unknown."""
    if not authors:
        return sources, targets
    keys = {(m.tok_start, m.tok_end) for m in authors}
    kept = tuple(m for m in targets if (m.tok_start, m.tok_end) not in keys)
    return (sources or authors), kept
