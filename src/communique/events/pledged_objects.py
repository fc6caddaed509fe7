"""An agreement named inside what a party pledges (or is urged) to do is not a signing.

"Vietnam pledged to implement the two countries' border treaty", "Hanoi vowed to uphold the
two sides' fishing agreement": the agreement noun names both parties, so on its own it would
be coded as a signing between them (057).  Inside the complement of a pledge, vow or promise
it is only the thing the pledge is about: an existing agreement the speaker promises to keep.
The pledge itself is the event (coded by its own rule); the noun makes no second one.  The
same holds for every frame verb whose complement is an act not yet done ("urged Hanoi to
respect the two countries' treaty", "agreed to implement the deal").

Only nouns the coder found on their own (a noun rule, 057) are dropped, and only when the
path from the noun up to the pledging verb runs through the verb's open complement (xcomp),
so "pledged support after the two countries' agreement was signed" is left alone.
"""

from __future__ import annotations

from communique.events.view import Found, SentenceView

SIGNING = "057"
# The complement of "pledged to <verb>": what the pledge is about.
_COMPLEMENT = frozenset({"xcomp"})


def drop_pledged_agreements(view: SentenceView, found: list[Found]) -> list[Found]:
    """``found`` without agreement nouns that sit inside another event's to-complement."""
    found_rules = {f.trigger: f.rule.code for f in found}
    return [f for f in found if not _inside_pledge(view, f, found_rules)]


def _inside_pledge(view: SentenceView, f: Found, found_rules: dict[int, str]) -> bool:
    if f.code != SIGNING or f.rule.pos != "N" or f.noun not in (None, f.trigger):
        return False
    tree = view.tree
    child = f.trigger
    through_complement = False
    for a in tree.ancestors(f.trigger):
        if tree.tok(child).dep in _COMPLEMENT:
            through_complement = True
        if a in found_rules:
            return through_complement and _framing(view, a, found_rules)
        child = a
    return False


def _framing(view: SentenceView, verb: int, found_rules: dict[int, str]) -> bool:
    """Was the event at ``verb`` coded by a frame rule (its complement is the act)?"""
    return found_rules.get(verb, "").startswith("frame:")
