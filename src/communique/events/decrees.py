"""Who acts through a signed document: "Biden signed an order waiving sanctions on Venezuelan
oil", "Putin issued a decree banning imports from the EU".

The participle states what the document does, and a document has no will of its own: its
signer or issuer is the doer, as the issuer of a statement is the speaker of what it says
(``doers.message_issuer``).  Only acts a document can carry count -- easing, recognising,
aiding, sanctioning, banning, expelling -- not a meeting or an attack.
"""

from __future__ import annotations

from communique.events.rules import choose_rule
from communique.events.view import VERB_POS, SentenceView

# CAMEO roots an executive document can enact: diplomatic cooperation (05: recognition),
# aid (07), yielding/easing (08), reducing relations and sanctions (16), coercion (17).
_ENACTABLE_ROOTS = frozenset({"05", "07", "08", "16", "17"})


def decree_issuer(view: SentenceView, i: int) -> int | None:
    """The verb whose subject signs or issues the document that the participle ``i`` belongs
    to ("signed [an order] waiving ..."), or ``None``."""
    tree = view.tree
    tok = tree.tok(i)
    head = tree.head(i)
    if tok.dep != "acl" or tok.tag != "VBG" or head is None:
        return None
    if not view.lexicon.in_class(tree.lemma(head), "DECREE"):
        return None
    chosen = choose_rule(view, i, "V")
    if chosen is None or chosen[0].code[:2] not in _ENACTABLE_ROOTS:
        return None
    up = tree.head(head)
    if up is None or tree.tok(head).dep not in {"dobj", "nsubjpass"}:
        return None
    return up if tree.tok(up).pos in VERB_POS else None
