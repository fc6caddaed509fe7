"""Firing verbs that only describe the weapon of another attack, and attacks on oneself.

"The plane was destroyed by a rocket fired by Kurdish militants": the participle "fired" sits
in a reduced relative on the instrument ("by a rocket") of the destroying.  It is the same act,
not a second one: coding it again yields a target-less show of force (150) next to the attack.
The same holds under a hedge ("a missile believed to have been fired by the rebels").  The
attack keeps its doer, which the role rules already take through the "by" chain.

"Iraq had attacked themselves", "the army shelled itself": a reflexive object names the source
again, so the act has no other party and is no dyad.  The coder would otherwise emit it without
a target.  A row written for the reflexive ("blew themselves up", a suicide bombing) is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.events.syntax import Tree
from communique.events.view import NOUN_POS, Found

# Acts whose instrument can be described by a firing clause, and the firing acts described.
_ATTACK_ROOTS = frozenset({"17", "18", "19", "20"})
_FIRING_ROOTS = frozenset({"15", "18", "19"})
_INSTRUMENT_PREPS = frozenset({"by", "with"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "oneself"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def _described_noun(tree: Tree, i: int) -> int | None:
    """The noun a participle clause at ``i`` describes ("a rocket [fired by ...]",
    "a missile [believed to be fired by ...]"), else ``None``."""
    k = i
    while True:
        head = tree.head(k)
        if head is None or head == k:
            return None
        if tree.tok(k).dep == "acl":
            return head if tree.tok(head).pos in NOUN_POS else None
        if tree.tok(k).dep not in {"xcomp", "ccomp"}:
            return None
        k = head


def _instrument_of(tree: Tree, noun: int) -> int | None:
    """The verb a noun is the "by"/"with" instrument of ("destroyed by a rocket")."""
    prep = tree.head(noun)
    if prep is None or tree.tok(noun).dep != "pobj":
        return None
    if tree.tok(prep).text.lower() not in _INSTRUMENT_PREPS:
        return None
    return tree.head(prep)


def drop_instrument_fire(tree: Tree, found: Sequence[Found]) -> list[Found]:
    """Drop a firing event that only describes the weapon of another attack (module doc)."""
    attacks = {f.trigger for f in found if f.code[:2] in _ATTACK_ROOTS}
    kept: list[Found] = []
    for f in found:
        if f.code[:2] in _FIRING_ROOTS:
            noun = _described_noun(tree, f.trigger)
            verb = _instrument_of(tree, noun) if noun is not None else None
            if verb is not None and verb != f.trigger and verb in attacks:
                continue
        kept.append(f)
    return kept


def drop_reflexive_acts(tree: Tree, found: Sequence[Found]) -> list[Found]:
    """Drop a target-less act whose object is a reflexive pronoun (module doc), unless the
    lexicon row itself reads the reflexive: "blew themselves up" is a suicide bombing (1831),
    whose place and victims the later stages still find."""
    kept: list[Found] = []
    for f in found:
        objects = tree.kids(f.trigger, _OBJECT_DEPS)
        reflexive = any(tree.tok(o).text.lower() in _REFLEXIVES for o in objects)
        if not f.targets and reflexive and not _reads_reflexive(f):
            continue
        kept.append(f)
    return kept


def _reads_reflexive(f: Found) -> bool:
    """Does the rule that coded ``f`` name a reflexive object (``blow_up himself|themselves``)?"""
    return any(word in _REFLEXIVES for word in f.rule.obj.lower().split("|"))
