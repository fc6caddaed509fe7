"""The partner of an earlier agreement that is now ratified, approved or signed into law:
"Russia and Iran signed a partnership treaty in January. On Monday Putin signed a law ratifying
the treaty."

Ratifying (CAMEO 057) an agreement is an act towards its other party.  When the object refers
back ("the treaty", "the accord") the sentence names nobody else, but the article said earlier
with whom it was made: the other side of the story's latest bilateral event, or the source's
latest partner in cooperation (``discourse.partner_of``).  The counterpart of
``undone.undone_agreement_partner``, which does the same for scrapping an agreement.  A new
agreement ("ratified a treaty on fisheries") refers to nothing earlier: nobody is invented.
"""

from __future__ import annotations

from communique.events.discourse import anaphoric, partner_of
from communique.events.view import Found, SentenceView
from communique.types import ActorMention

AGREEMENT_CODE = "057"
AGREEMENT_CLASS = "AGREEMENT"


def kept_agreement_partner(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """The other party of the earlier agreement that ``found`` ratifies or signs, or ``()``."""
    if found.code != AGREEMENT_CODE or not found.sources:
        return ()
    tree = view.tree
    for obj in tree.kids(found.trigger, {"dobj", "obj"}):
        if view.lexicon.in_class(tree.lemma(obj), AGREEMENT_CLASS) and anaphoric(view, obj):
            return partner_of(view, found.sources)
    return ()
