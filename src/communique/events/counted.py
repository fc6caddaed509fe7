"""Counted anaphors: "Japan, South Korea and Australia sent envoys to Manila.  The three
countries agreed to expand patrols."

"The three countries", "the four governments" name no actor, but a definite noun counted by a
number refers back to a group of exactly that size.  Only the narrowest reading is taken: the
number is three to nine (two is "the two sides", handled with the latest bilateral event), the
noun is a collective word for parties ("countries", "governments", "leaders"), and the
previous sentence names exactly that many parties -- no more, no fewer -- and the sentence
itself names some other party, the one the group acts towards ("The three countries condemned
Pyongyang's test").  A group acting among itself ("the three countries expressed their
determination", "a joint statement by the three countries") would multiply into a dyad for
every pair of members on thin evidence, so it is left unresolved.  Anything less certain is
left unresolved rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.events.discourse import party
from communique.events.syntax import Tree
from communique.types import ActorMention

_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def group_size(tree: Tree, i: int) -> int | None:
    """The size of the definite counted group at plural noun ``i`` ("the three countries"),
    else ``None``."""
    tok = tree.tok(i)
    if tok.tag != "NNS":
        return None
    dets = {tree.tok(k).text.lower() for k in tree.kids(i, {"det"})}
    if not dets & {"the", "these", "all"}:
        return None
    for k in tree.kids(i, {"nummod"}):
        word = tree.tok(k).text.lower()
        size = _NUMBERS.get(word) or (int(word) if word.isdigit() else None)
        if size is not None and 3 <= size <= 9:
            return size
    return None


def counted_parties(
    tree: Tree, i: int, mentions: Sequence[ActorMention], recent: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The parties of the previous sentence when the counted group at ``i`` has exactly their
    number and the sentence (its ``mentions``) names another party too (see the module
    docstring); ``recent`` is the article's earlier mentions, most recent first."""
    size = group_size(tree, i)
    if size is None:
        return ()
    previous = tree.sentence.index - 1
    named = [m for m in reversed(recent) if m.sentence == previous and m.via != "location"]
    by_party: dict[str, ActorMention] = {}
    for m in named:
        by_party.setdefault(party(m), m)
    if len(by_party) != size:
        return ()
    others = {party(m) for m in mentions if m.via != "location"} - set(by_party)
    return tuple(by_party.values()) if others else ()
