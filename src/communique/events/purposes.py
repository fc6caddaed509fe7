"""Infinitives of purpose: the act a "to ..." clause belongs to, and what it says about that act.

"Germany summoned the Russian ambassador to protest against ..." reports one act, a summons
whose purpose is the complaint: the infinitive restates the act and is not a second event
(``extract._drop_consequences``).  The purpose also tells the sense of an ambiguous verb: in
"Ankara called the Swedish ambassador to complain about ..." the call is the summons itself,
not a telephone call (CAMEO 041), whereas "Biden called Xi to congratulate him" stays a call.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.events.doers import purpose_governor
from communique.events.syntax import Tree, to_infinitive
from communique.events.view import VERB_POS, Found, SentenceView

# Purposes that make a call to a diplomat a summons: disapproval, complaint (CAMEO 11).
_SUMMONS_ROOTS = frozenset({"11"})
_PHONE_CALL = "041"


def restated_purpose(tree: Tree, i: int) -> int | None:
    """ "called in the ambassador [to protest] the visit": the parser may make the infinitive
    of purpose a complement (``xcomp``) of the act it belongs to.  Returns that verb; callers
    check that both are of the same kind.  Frame verbs ("urged X to ...") never get here: their
    complement is consumed before it could be coded alone."""
    tok = tree.tok(i)
    head = tree.head(i)
    if tok.dep != "xcomp" or tok.tag != "VB" or head is None or tree.tok(head).pos not in VERB_POS:
        return None
    if tree.kid(i, {"nsubj", "nsubjpass"}) is not None:
        return None
    if not to_infinitive(tree, i):
        return None
    return head


def governing_act(tree: Tree, i: int) -> int | None:
    """The verb whose purpose the infinitive at ``i`` states, in either parse."""
    return purpose_governor(tree, i) or restated_purpose(tree, i)


def calls_that_summon(view: SentenceView, found: Sequence[Found]) -> list[Found]:
    """Drop a phone call (041) to a diplomat whose stated purpose is a complaint: "called the
    ambassador to complain" is a summons, and the complaint (coded from the purpose, aimed at
    the diplomat) is the event CAMEO records for it."""
    tree = view.tree
    complaints = {governing_act(tree, f.trigger) for f in found if f.code[:2] in _SUMMONS_ROOTS} - {
        None
    }
    return [f for f in found if not (f.code == _PHONE_CALL and _summons(view, f, complaints))]


def _summons(view: SentenceView, f: Found, complaints: set[int | None]) -> bool:
    tree = view.tree
    if f.trigger not in complaints or tree.lemma(f.trigger) != "call":
        return False
    obj = tree.kid(f.trigger, {"dobj"})
    return obj is not None and view.lexicon.in_class(tree.lemma(obj), "DIPLOMAT")
