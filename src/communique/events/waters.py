"""Seas named after a country: "drills in the Gulf of Oman", "patrols in the Sea of Japan".

The proper name of a body of water often contains a country's name, and the actor resolver
reads that name as the country.  But the Gulf of Oman is a place: warships exercising there
act towards nobody in Muscat, and two navies holding joint drills there are each other's
partners, not Oman's.  Such a mention is dropped before events are coded, like the place
adjectives of ``locatives``.

Only a *proper* water name counts: the water noun (``classes.tsv`` class ``WATERS``) is
capitalised and the country hangs on it by "of" or as a compound ("the Gulf of Guinea",
"the Oman Sea").  Lower-case waters say whose they are ("the waters of Japan", "into
Japanese waters") and the country stays a party there.
"""

from __future__ import annotations

from communique.events.lexicon import Lexicon
from communique.events.syntax import Tree
from communique.types import ActorMention

_NAME_DEPS = frozenset({"compound", "amod"})


def water_name_part(tree: Tree, lexicon: Lexicon, m: ActorMention) -> bool:
    """Is ``m`` only the country-part of a body of water's proper name?"""
    tok = tree.tok(m.head)
    up = tree.head(m.head)
    if up is None:
        return False
    if tok.dep == "pobj" and tree.tok(up).text.lower() == "of":
        water = tree.head(up)
    elif tok.dep in _NAME_DEPS:
        water = up
    else:
        return False
    if water is None or water == m.head:
        return False
    word = tree.tok(water).text
    return word[:1].isupper() and lexicon.in_class(word, "WATERS")
