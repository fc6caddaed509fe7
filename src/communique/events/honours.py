"""Fixed "in <noun> <preposition>" phrases, and the guest named by "in honour of".

"King Abdullah gave a state dinner in honour of the French president": the "in" opens a fixed
adverbial phrase, so it is no particle of "give in" (yield, 080); and the party honoured by a
banquet or a reception is its guest, the target of the hosting act (043), even though the
phrase hangs on the verb rather than on the object.  The phrases are data (``words.tsv``
``FIXED_IN_PHRASES``).
"""

from __future__ import annotations

from communique.events.lexicon import word_list
from communique.events.syntax import Tree
from communique.events.view import SentenceView
from communique.types import ActorMention

_FIXED = frozenset(tuple(p.split()) for p in word_list("FIXED_IN_PHRASES"))
_HONOURING = frozenset({("honour", "of"), ("honor", "of")}) & _FIXED
HOSTING_ROOT = "04"


def fixed_phrase(tree: Tree, k: int) -> tuple[str, str] | None:
    """(noun, preposition) when the preposition at ``k`` opens a fixed phrase ("in [honour]
    [of]", "in [response] [to]"), else ``None``."""
    if tree.tok(k).text.lower() != "in":
        return None
    noun = tree.pobj(k)
    if noun is None:
        return None
    for word, _ in tree.preps(noun):
        pair = (tree.tok(noun).text.lower(), word)
        if pair in _FIXED:
            return pair
    return None


def honoured_guests(
    view: SentenceView, carriers: tuple[int | None, ...], sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The parties an "in honour of" phrase on the verb or its object names ("hosted a
    banquet in honour of the visiting delegation"), never the host itself."""
    tree = view.tree
    for carrier in carriers:
        if carrier is None:
            continue
        for _, noun in tree.preps(carrier, {"in"}):
            prep = tree.head(noun)
            if prep is None or fixed_phrase(tree, prep) not in _HONOURING:
                continue
            for _, guest in tree.preps(noun, {"of"}):
                found = tuple(m for m in view.in_phrase(guest) if m not in sources)
                if found:
                    return found
    return ()
