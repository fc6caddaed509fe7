"""Place words that only say where: "near the Turkish border", "close to the Russian frontier".

A nationality adjective or possessive that modifies a place noun inside a locative phrase names
a location, not a party: "Kurdish leaders gathered near the Turkish border" is no act towards
Turkey, and "drills close to the Russian frontier" are not drills aimed at Russia.  Such a
mention is dropped from the sentence before events are coded, so it becomes neither a source
nor a target (nor one of "the two sides").

What stays a party:

* the inside of a country after "in"/"into"/"inside" ("air strikes in the Lebanese capital",
  "shells fell into Turkish waters"): an act done inside a country is done to it, which the
  coder's located-target rule relies on;
* "across the border" (crossing into the country) and "towards the border" (a direction);
* the country of waters placed by it: "waters off the Japanese coast" are Japan's waters;
* any place named without an adjective ("near Pyongyang"): capitals are coded as locations by
  the actor resolver already, with their own conventions.

One phrase names a place only, whoever it names: a bearing from it, "a target southwest of
Baghdad", "a village 40 km north of Kabul".  What lies so many kilometres from a city is
not the city; an act there is no act towards whoever the city stands for.  With a determiner
the compass word is a region inside the place ("in the north of Syria") and stays a party.

The place nouns are the ``classes.tsv`` classes ``EDGE_PLACE`` (border, frontier, coast,
waters: at the edge, so no locative phrase puts the act inside the country) and ``INNER_PLACE``
(capital, city, territory: inside, unless the phrase says "near", "outside", "around").
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.events.lexicon import Lexicon, word_list
from communique.events.syntax import Tree
from communique.events.waters import water_name_part
from communique.types import ActorMention

# Phrases that put something at or beside a place, never inside it.
_BESIDE = frozenset(
    {"near", "along", "off", "by", "around", "outside", "beside", "alongside", "beyond", "nearby"}
)
# Phrases at the edge: "at the border", "on the frontier" (for edge places only).
_AT_EDGE = frozenset({"at", "on"})
# "close to", "next to", "adjacent to", "near to": the preposition hangs on the adverb.
_NEAR_WORDS = frozenset({"close", "next", "adjacent", "near", "nearer", "closer"})
# "on the outskirts of the Syrian capital": the place hangs on a word of vicinity.
_VICINITY = frozenset(word_list("VICINITY"))
# Bearings: "southwest of Baghdad" says where, measured from a place.
_BEARINGS = frozenset(word_list("BEARINGS"))


def locative_place(tree: Tree, lexicon: Lexicon, m: ActorMention) -> bool:
    """Is ``m`` an adjective or possessive naming the location of a place noun in a locative
    phrase (see the module docstring)?"""
    noun = _place_noun(tree, m)
    if noun is None:
        return False
    lemma = tree.lemma(noun)
    edge = lexicon.in_class(lemma, "EDGE_PLACE")
    if not edge and not lexicon.in_class(lemma, "INNER_PLACE"):
        return False
    word = _preposition(tree, noun)
    if word is None or _off_waters(tree, lexicon, noun):
        return False
    return word in _BESIDE or (edge and word in _AT_EDGE)


def _off_waters(tree: Tree, lexicon: Lexicon, noun: int) -> bool:
    """ "(fired into) waters off the Japanese coast": a phrase that places *waters* by a
    country says whose waters they are, so the country stays a party."""
    prep = tree.head(noun)
    up = tree.head(prep) if prep is not None else None
    if up is None or prep is None:
        return False
    if tree.tok(prep).text.lower() not in {"off", "near"}:
        return False
    # the phrase may hang on the waters or, beside them, on the verb ("into the sea off ...")
    carriers = [up, *(k for _, k in tree.preps(up, {"into", "in", "inside", "within"}))]
    return any(
        lexicon.in_class(tree.lemma(c), "WATERS") or lexicon.in_class(tree.tok(c).text, "WATERS")
        for c in carriers
    )


def bearing_place(tree: Tree, m: ActorMention) -> bool:
    """Is ``m`` the place a bearing is measured from ("20 km [north of Kabul]"), see the
    module docstring?  "in the north of Syria" (with a determiner) is not a bearing."""
    tok = tree.tok(m.head)
    prep = tree.head(m.head)
    if tok.dep != "pobj" or prep is None or tree.tok(prep).text.lower() != "of":
        return False
    bearing = tree.head(prep)
    if bearing is None or tree.tok(bearing).text.lower() not in _BEARINGS:
        return False
    return not _region(tree, bearing)


def _region(tree: Tree, bearing: int) -> bool:
    """ "the (far) north of Syria": a determiner right before the compass word (adjectives
    apart) makes it a region.  The parser may also hang the determiner of a whole noun phrase
    on the compass word ("an enemy target southwest of the city"); that one is not a region."""
    for d in tree.kids(bearing, {"det", "poss"}):
        between = range(d + 1, bearing)
        if all(tree.tok(k).pos in {"ADJ", "ADV"} for k in between):
            return True
    return False


def drop_locative_places(
    tree: Tree, lexicon: Lexicon, mentions: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """``mentions`` without those that only name where something happened (including
    the country in a sea's name, ``waters.water_name_part``)."""
    return tuple(
        m
        for m in mentions
        if not locative_place(tree, lexicon, m)
        and not bearing_place(tree, m)
        and not water_name_part(tree, lexicon, m)
    )


def _place_noun(tree: Tree, m: ActorMention) -> int | None:
    """The noun an adjective ("the [Turkish] border") or possessive ("Russia's border") mention
    modifies, when the mention is just that modifier (plus the noun itself)."""
    if m.via == "adjective":
        # the adjective mention may span the noun it modifies ("Turkish border")
        head = m.head
        if tree.tok(head).pos == "NOUN":
            return head
        up = tree.head(head)
        return up if tree.tok(head).dep in {"amod", "compound"} and up is not None else None
    tok = tree.tok(m.head)
    if tok.dep == "poss" and tree.head(m.head) is not None:
        return tree.head(m.head)
    return None


def _preposition(tree: Tree, noun: int) -> str | None:
    """The locative word the phrase of ``noun`` hangs on: "near", "close (to)", or the
    preposition of a vicinity word ("on the outskirts of" counts as "outside")."""
    if tree.tok(noun).dep != "pobj":
        return None
    prep = tree.head(noun)
    if prep is None:
        return None
    word = tree.tok(prep).text.lower()
    up = tree.head(prep)
    if word == "to" and up is not None and tree.tok(up).text.lower() in _NEAR_WORDS:
        return "near"
    if word == "of" and up is not None and tree.tok(up).text.lower() in _VICINITY:
        return "outside"
    return word
