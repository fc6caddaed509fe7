"""Acts done by an instrument: "signed an executive order imposing tariffs on Brazil".

A participle on a legal instrument ("an order imposing tariffs", "a decree expelling the
envoys", "a law banning imports from ...") states what the instrument does.  The instrument has
no will of its own: the act is the doing of whoever signed, issued or adopted it -- the subject of
the verb whose object the instrument is.  ``classes.tsv`` ``INSTRUMENT`` holds the nouns.
"""

from __future__ import annotations

from communique.events.view import VERB_POS, SentenceView


def instrument_issuer(view: SentenceView, i: int) -> int | None:
    """The verb whose subject acts through the instrument the participle at ``i`` modifies
    ("signed" in "signed an order imposing ..."), or ``None``."""
    tree = view.tree
    tok = tree.tok(i)
    noun = tree.head(i)
    if tok.dep != "acl" or tok.tag != "VBG" or noun is None:
        return None
    if not view.lexicon.in_class(tree.lemma(noun), "INSTRUMENT"):
        return None
    verb = tree.head(noun)
    if tree.tok(noun).dep != "dobj" or verb is None or tree.tok(verb).pos not in VERB_POS:
        return None
    return verb
