"""A city named before a meeting noun is where it met, not who met: "the Vienna talks".

Wire copy names rounds of diplomacy after their venue: "the Geneva talks", "the Beijing
summit", "the Paris conference", "the Vienna negotiations".  The actor resolver reads a
capital as its government (a metonym: "Beijing said ..."), so without this rule "the
minister attended the Beijing summit" makes China's government the one who met.  For a
meeting (CAMEO 04, or any joint act) a lone capital or place compounded onto the noun is the
venue and is dropped from the noun's own parties; the venue convention (a place is no party
of a meeting held there) is the one ``docs/evaluation.md`` states.

What stays a party: a pair before the noun ("the Washington-Beijing talks", "US-China
talks": two sides named, so they are the ones talking), a possessive ("Beijing's proposal"
is China's), a nationality adjective ("Chinese talks" names a side) and anything before a
noun that is not a meeting ("the Beijing proposal" is still China's proposal).
"""

from __future__ import annotations

from communique.events.lexicon import Rule
from communique.events.syntax import Tree
from communique.types import ActorMention

MEETING_ROOT = "04"
# How a city shows in actor mentions: a capital read as its government, or a plain place.
_PLACE_VIA = frozenset({"metonym", "location"})
_HYPHENS = frozenset({"-", "–", "—", "/"})


def is_meeting(rule: Rule, code: str) -> bool:
    """Is the act a meeting or another joint act (whose venue a compound city names)?"""
    return rule.symmetric or code[:2] == MEETING_ROOT


def without_venues(
    tree: Tree, noun: int, found: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """``found`` (the parties named inside the phrase of the meeting noun ``noun``) without
    a city compounded onto the noun as its venue (see the module docstring)."""
    before = [m for m in found if m.tok_end <= noun and m.sentence == tree.sentence.index]
    if len(before) != 1:
        return found  # nothing before the noun, or a pair: "the Washington-Beijing talks"
    [m] = before
    if not _venue(tree, noun, m):
        return found
    return tuple(x for x in found if x is not m)


def _venue(tree: Tree, noun: int, m: ActorMention) -> bool:
    if m.via not in _PLACE_VIA or tree.tok(m.head).dep != "compound":
        return False
    if tree.head(m.head) != noun:
        return False
    n = len(tree.tokens)
    sides = (m.tok_start - 1, m.tok_end)
    return not any(0 <= k < n and tree.tok(k).text in _HYPHENS for k in sides)
