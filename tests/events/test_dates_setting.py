"""A date on the occasion of an act dates the act: "met on the sidelines of the G20 summit
in Bali last November", "met during a visit to Tehran last July".

A time phrase that modifies another noun normally dates that noun only ("condemned last
week's arrest").  When the noun is reached from the act through prepositional phrases that set
its occasion (at, during, on, and "of" inside them), the occasion's date is the act's.  Parses
are built by hand so the tests do not depend on the statistical parser; sentences written for
these tests (14 June 2023 was a Wednesday).
"""

from __future__ import annotations

from datetime import date

from eventcheck import sentence_from_spec

from communique.events.dates import find_date_expressions
from communique.events.dating import outside_other_clauses
from communique.events.syntax import Tree

PUB = date(2023, 6, 14)

SIDELINES = (
    "Xi/Xi/PROPN/nsubj/1 met/meet/VERB/ROOT/1 Biden/Biden/PROPN/dobj/1 on/on/ADP/prep/1 "
    "the/the/DET/det/5 sidelines/sideline/NOUN/pobj/3 of/of/ADP/prep/5 the/the/DET/det/9 "
    "G20/G20/PROPN/compound/9 summit/summit/NOUN/pobj/6 in/in/ADP/prep/9 Bali/Bali/PROPN/pobj/10 "
    "last/last/ADJ/amod/13 November/November/PROPN/npadvmod/9 ././PUNCT/punct/1"
)
DURING = (
    "Putin/Putin/PROPN/nsubj/1 met/meet/VERB/ROOT/1 Erdogan/Erdogan/PROPN/dobj/1 "
    "during/during/ADP/prep/1 a/a/DET/det/5 visit/visit/NOUN/pobj/3 to/to/ADP/prep/5 "
    "Tehran/Tehran/PROPN/pobj/6 last/last/ADJ/amod/9 July/July/PROPN/npadvmod/5 ././PUNCT/punct/1"
)
# the date hangs on the object: it dates the arrest, not the condemnation
OBJECT = (
    "China/China/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/3 "
    "arrest/arrest/NOUN/dobj/1 of/of/ADP/prep/3 its/its/PRON/poss/6 citizens/citizen/NOUN/pobj/4 "
    "last/last/ADJ/amod/8 month/month/NOUN/npadvmod/3 ././PUNCT/punct/1"
)
# "over" sets a topic, not an occasion
TOPIC = (
    "Tokyo/Tokyo/PROPN/nsubj/1 protested/protest/VERB/ROOT/1 over/over/ADP/prep/1 "
    "the/the/DET/det/4 seizure/seizure/NOUN/pobj/2 last/last/ADJ/amod/6 "
    "month/month/NOUN/npadvmod/4 ././PUNCT/punct/1"
)


def _kept(spec: str, trigger: int) -> list[tuple[date | None, str]]:
    sentence = sentence_from_spec(spec)
    found = find_date_expressions(sentence.text, PUB)
    assert found, sentence.text
    return [
        (e.value, e.precision) for e in outside_other_clauses(Tree.of(sentence), trigger, found)
    ]


def test_date_of_the_summit_whose_sidelines_hosted_the_meeting() -> None:
    assert _kept(SIDELINES, 1) == [(date(2022, 11, 1), "month")]


def test_date_of_the_visit_during_which_they_met() -> None:
    assert _kept(DURING, 1) == [(date(2022, 7, 1), "month")]


def test_date_of_the_object_does_not_date_the_reaction() -> None:
    assert _kept(OBJECT, 1) == []


def test_date_of_a_topic_does_not_date_the_protest() -> None:
    assert _kept(TOPIC, 1) == []
