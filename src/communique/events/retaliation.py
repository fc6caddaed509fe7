"""What kind of retaliation is promised: "vowed to retaliate with economic measures" threatens
sanctions, not force.

A promised retaliation of no stated kind is a threat of force (frame inner 19 -> 138).  When
the "with" phrase names economic means -- a sanction noun ("tariffs", "an embargo") or
measures/steps qualified as economic, trade or financial -- the threat is one of sanctions
(inner 163 -> 1312), and coding it as a threat of force would overstate it.
"""

from __future__ import annotations

from communique.events.lexicon import word_list
from communique.events.view import SentenceView

SANCTION_CODE = "163"
_MEANS = frozenset(word_list("RETALIATION_MEANS"))


def economic_means(view: SentenceView, k: int) -> bool:
    """Does the verb at ``k`` name economic means in a "with"/"through" phrase?"""
    tree = view.tree
    lexicon = view.lexicon
    for _, pobj in tree.preps(k, {"with", "through", "by"}):
        lemma = tree.lemma(pobj)
        if lexicon.in_class(lemma, "SANCTION"):
            return True
        mods = {tree.lemma(m) for m in tree.kids(pobj, {"amod", "compound"})}
        if lemma in _MEANS and any(lexicon.in_class(m, "ECONOMIC") for m in mods):
            return True
    return False
