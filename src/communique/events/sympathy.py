"""Whom condolences are for: the people, or the place, a loss struck.

An empathetic comment (CAMEO 018) is rarely addressed "to" anyone in wire copy.  It is
"for the victims", "over the earthquake in Turkey", "for the shootings in Texas": the party
it reaches is the one the loss happened to.  So when the ordinary target search finds nobody,
the object of the comment's "for"/"over"/"after" phrase is read as the party ("sympathy for
Japan", "condolences for the people of Haiti"), and failing that the place the event of that
phrase happened in ("the attack [in Kenya]").

This is the one code where the place of an event is the target: the convention elsewhere is
that a venue is no party ("met in Zurich" is not an act towards Switzerland), but a loss is
suffered by the place it struck, and that place is whom the sympathy goes to.  The place must
hang on the event noun, not on the comment's verb ("expressed sorrow in Paris" says where the
speaker was, and stays targetless); the parser's habit of hanging "in Turkey" on the verb when
it directly follows the loss ("condolences over the earthquake in Turkey") is undone.
"""

from __future__ import annotations

from communique.events.syntax import phrases_after
from communique.events.view import SentenceView
from communique.types import ActorMention

EMPATHY_CODE = "018"
# The phrases that name whom or what a sympathy is about: "to the families", "over the quake".
_ABOUT_PREPS = frozenset({"to", "for", "over", "after", "following", "about", "at", "on"})
# The phrases that put an event inside a place: "the shooting in Texas".
_INSIDE_PREPS = frozenset({"in", "inside", "within"})
# How deep to follow "of" chains: "the victims of the attack in Kenya".
_MAX_DEPTH = 2


def sympathy_recipients(
    view: SentenceView, verb: int, carrier: int | None, speakers: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The party an empathetic comment at ``verb`` goes to when no "to" phrase names one:
    see the module docstring.  ``carrier`` is the comment noun ("sorrow", "condolences")
    when there is one; its phrases are read before the verb's (the parser hangs "for the
    victims" on either).  ``speakers`` (the comment's sources) are never its recipients."""
    tree = view.tree
    heads = [h for h in (carrier, verb) if h is not None]
    own = {m.actor.code for m in speakers}
    for head in heads:
        for _, about in tree.preps(head, _ABOUT_PREPS):
            found = _affected(view, about, own, _MAX_DEPTH) or _trailing_place(
                view, verb, about, own
            )
            if found:
                return found
    return ()


def _trailing_place(
    view: SentenceView, verb: int, about: int, own: set[str]
) -> tuple[ActorMention, ...]:
    """ "condolences over the earthquake in Turkey" with "in Turkey" hung on the verb: a
    place phrase right after the loss's phrase belongs to the loss.  One before it ("sorrow
    in Paris over the deaths") is where the speaker was, and is left alone."""
    tree = view.tree
    for _, place in phrases_after(tree, verb, about, _INSIDE_PREPS):
        return tuple(m for m in view.in_phrase(place) if m.actor.code not in own)
    return ()


def _affected(view: SentenceView, noun: int, own: set[str], depth: int) -> tuple[ActorMention, ...]:
    """The party named by the phrase of ``noun`` ("Japan", "the people of Haiti"), else the
    place its event happened in ("the shootings in Texas")."""
    tree = view.tree
    found = tuple(m for m in view.in_phrase(noun) if m.actor.code not in own)
    if found:
        return found
    for _, place in tree.preps(noun, _INSIDE_PREPS):
        found = tuple(m for m in view.in_phrase(place) if m.actor.code not in own)
        if found:
            return found
    if depth > 0:
        for _, inner in tree.preps(noun, {"of"}):
            found = _affected(view, inner, own, depth - 1)
            if found:
                return found
    return ()
