"""Warnings that are notices: "warned Seoul in advance of the launch" informs, it does not threaten.

"warn" is coded as a threat (13x) because wire copy mostly uses it that way ("warned Kyiv of
consequences").  A warning given *beforehand* about one's own scheduled act -- a missile test, a
military exercise, a dam release -- is a courtesy notice, which CAMEO has no code for and which
analysts do not count as a threat.  The marker is a phrase of timing on the verb itself: "in
advance", "beforehand", "ahead of time" (``classes.tsv`` ``ADVANCE_NOTICE`` holds the head
words).  "warned Kyiv ahead of the summit that ..." names a date, not a notice, so
"ahead" counts only with "of time".
"""

from __future__ import annotations

from communique.events.view import SentenceView

_TIME_WORDS = frozenset({"time"})


def advance_notice(view: SentenceView, i: int) -> bool:
    """Whether the verb at ``i`` carries a phrase saying it came beforehand ("in advance")."""
    tree = view.tree
    for k in tree.kids(i, {"advmod", "npadvmod"}):
        lemma = tree.lemma(k).lower()
        if lemma == "ahead":
            if any(tree.lemma(p).lower() in _TIME_WORDS for _, p in tree.preps(k, {"of"})):
                return True
        elif view.lexicon.in_class(lemma, "ADVANCE_NOTICE"):
            return True
    return any(
        view.lexicon.in_class(tree.lemma(p), "ADVANCE_NOTICE") for _, p in tree.preps(i, {"in"})
    )
