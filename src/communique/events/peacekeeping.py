"""Acts done by peacekeepers: "Bangladeshi peacekeeping troops arrived in Sierra Leone" is the
deployment of a peacekeeping force (CAMEO 074, PLOVER AID), not a visit (042).

Whether forces are peacekeepers is a property of the doer's description, not of the verb, so a
lexicon rule names the alternative code with ``pk=CODE`` and this module checks the subject:
its head, its modifiers ("peacekeeping troops") and, for a subject that is a collective noun
("the first contingent of peacekeepers"), the ``of`` phrase it governs.
"""

from __future__ import annotations

from communique.events.view import SentenceView

PEACEKEEPING_CLASS = "PEACEKEEPING"
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _described_as(view: SentenceView, k: int) -> bool:
    tree = view.tree
    words = [k, *tree.kids(k, _MODIFIERS)]
    return any(
        view.lexicon.in_class(tree.lemma(w), PEACEKEEPING_CLASS)
        or view.lexicon.in_class(tree.tok(w).text.lower(), PEACEKEEPING_CLASS)
        for w in words
    )


def by_peacekeepers(view: SentenceView, i: int) -> bool:
    """Is the subject of the verb at ``i`` described as peacekeepers?"""
    tree = view.tree
    subj = tree.kid(i, {"nsubj", "nsubjpass"})
    if subj is None:
        return False
    if _described_as(view, subj):
        return True
    return any(_described_as(view, pobj) for _, pobj in tree.preps(subj, {"of"}))
