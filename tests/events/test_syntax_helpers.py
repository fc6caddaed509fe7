"""Shared parse tests of ``events/syntax.py`` on hand-built parses (no model needed)."""

from __future__ import annotations

from eventcheck import sentence_from_spec

from communique.events.syntax import Tree, first_conjunct, phrases_after, to_infinitive

# "Ankara announced plans to expel the envoy"
_PLANS = sentence_from_spec(
    "Ankara/Ankara/PROPN/nsubj/1 announced/announce/VERB/ROOT/1 plans/plan/NOUN/dobj/1 "
    "to/to/PART/aux/4 expel/expel/VERB/acl/2 the/the/DET/det/6 envoy/envoy/NOUN/dobj/4"
)
# "Ankara said it expelled the envoy"
_SAID = sentence_from_spec(
    "Ankara/Ankara/PROPN/nsubj/1 said/say/VERB/ROOT/1 it/it/PRON/nsubj/3 "
    "expelled/expel/VERB/ccomp/1 the/the/DET/det/5 envoy/envoy/NOUN/dobj/3"
)
# "Seoul moved troops to the border": "to" is a preposition, not an infinitive marker
_MOVED = sentence_from_spec(
    "Seoul/Seoul/PROPN/nsubj/1 moved/move/VERB/ROOT/1 troops/troop/NOUN/dobj/1 "
    "to/to/ADP/prep/1 the/the/DET/det/5 border/border/NOUN/pobj/3"
)
# "urged Minsk to withdraw" with "to" mislabelled as a marker
_MARKED = sentence_from_spec(
    "Kyiv/Kyiv/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Minsk/Minsk/PROPN/dobj/1 "
    "to/to/PART/mark/4 withdraw/withdraw/VERB/xcomp/1"
)


def test_infinitive_under_a_noun() -> None:
    assert to_infinitive(Tree.of(_PLANS), 4)


def test_finite_clause_is_no_infinitive() -> None:
    assert not to_infinitive(Tree.of(_SAID), 3)


def test_prepositional_to_is_no_infinitive() -> None:
    assert not to_infinitive(Tree.of(_MOVED), 1)


def test_marker_relations_are_the_callers_choice() -> None:
    tree = Tree.of(_MARKED)
    assert not to_infinitive(tree, 4)
    assert to_infinitive(tree, 4, {"aux", "mark"})


# "Tokyo rejected the proposal from Beijing on Monday": both phrases hung on the verb
_REJECTED = sentence_from_spec(
    "Tokyo/Tokyo/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1 the/the/DET/det/3 "
    "proposal/proposal/NOUN/dobj/1 from/from/ADP/prep/1 Beijing/Beijing/PROPN/pobj/4 "
    "on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/6"
)
# "Tokyo on Monday rejected the proposal": a phrase before the object is the verb's own
_BEFORE = sentence_from_spec(
    "Tokyo/Tokyo/PROPN/nsubj/3 on/on/ADP/prep/3 Monday/Monday/PROPN/pobj/1 "
    "rejected/reject/VERB/ROOT/3 the/the/DET/det/5 proposal/proposal/NOUN/dobj/3"
)


def test_only_the_phrase_straight_after_the_object() -> None:
    tree = Tree.of(_REJECTED)
    assert phrases_after(tree, 1, 3) == [("from", 5)]
    assert phrases_after(tree, 1, 3, {"on"}) == []


def test_no_phrase_after_an_object_at_the_end() -> None:
    assert phrases_after(Tree.of(_BEFORE), 3, 5) == []


# "Accra criticised Lome, recalled its envoy and expelled diplomats"
_CHAIN = sentence_from_spec(
    "Accra/Accra/PROPN/nsubj/1 criticised/criticise/VERB/ROOT/1 Lome/Lome/PROPN/dobj/1 "
    ",/,/PUNCT/punct/1 recalled/recall/VERB/conj/1 its/its/PRON/poss/6 envoy/envoy/NOUN/dobj/4 "
    "and/and/CCONJ/cc/4 expelled/expel/VERB/conj/4 diplomats/diplomat/NOUN/dobj/8"
)


def test_first_conjunct_climbs_the_whole_coordination() -> None:
    tree = Tree.of(_CHAIN)
    assert (
        first_conjunct(tree, 8) == 1
    )  # "expelled" hangs on "recalled", which hangs on "criticised"
    assert first_conjunct(tree, 4) == 1


def test_first_conjunct_of_a_non_conjunct_is_itself() -> None:
    tree = Tree.of(_CHAIN)
    assert first_conjunct(tree, 1) == 1
    assert first_conjunct(tree, 6) == 6  # "envoy": an object, not a conjunct
