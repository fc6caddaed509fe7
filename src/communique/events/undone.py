"""The partner of an agreement that is undone: "Seoul and Tokyo signed an intelligence pact
in 2016. On Monday Seoul scrapped the agreement."

Scrapping, abandoning or withdrawing from an agreement (CAMEO 16, reduce relations) is done
to the other party of that agreement.  When the object refers back ("the agreement", "the
deal", "the pact"), the sentence names nobody else, but the article said earlier with whom
the agreement was made: the other side of the story's latest bilateral event, or the
source's latest partner in cooperation (``discourse.partner_of``).  A new agreement named
here ("scrapped a draft deal") refers to nothing earlier, so nobody is invented for it.
"""

from __future__ import annotations

from communique.events.discourse import anaphoric, partner_of
from communique.events.view import Found, SentenceView
from communique.types import ActorMention

REDUCE_ROOT = "16"
AGREEMENT_CLASS = "AGREEMENT"


def undone_agreement_partner(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """The other party of the earlier agreement that ``found`` scraps or leaves, or ``()``."""
    if found.code[:2] != REDUCE_ROOT or not found.sources:
        return ()
    tree = view.tree
    objects = list(tree.kids(found.trigger, {"dobj", "obj"}))
    objects += [p for _, p in tree.preps(found.trigger, {"from", "of", "out"})]
    for obj in objects:
        if view.lexicon.in_class(tree.lemma(obj), AGREEMENT_CLASS) and anaphoric(view, obj):
            return partner_of(view, found.sources)
    return ()
