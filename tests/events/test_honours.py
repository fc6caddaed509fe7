"""Hosting acts whose guest is named by "in honour of", and fixed "in ..." phrases that are
no verb particle.  All sentences are our own, wire style."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads, sentence_from_spec, show

from communique.events.honours import fixed_phrase
from communique.events.syntax import Tree


def test_in_honour_of_is_a_fixed_phrase_not_a_particle() -> None:
    tree = Tree.of(
        sentence_from_spec(
            "Seoul/Seoul/PROPN/nsubj/1 gave/give/VERB/ROOT/1 a/a/DET/det/3"
            " dinner/dinner/NOUN/dobj/1 in/in/ADP/prep/1 honour/honour/NOUN/pobj/4"
            " of/of/ADP/prep/5 Tokyo/Tokyo/PROPN/pobj/6"
        )
    )
    assert fixed_phrase(tree, 4) == ("honour", "of")


def test_a_plain_in_phrase_is_no_fixed_phrase() -> None:
    tree = Tree.of(
        sentence_from_spec(
            "Seoul/Seoul/PROPN/nsubj/1 gave/give/VERB/ROOT/1 in/in/ADP/prt/1 to/to/ADP/prep/1"
            " pressure/pressure/NOUN/pobj/3"
        )
    )
    assert fixed_phrase(tree, 2) is None


@pytest.mark.slow
def test_a_banquet_in_honour_of_a_delegation_hosts_its_country(code) -> None:
    events = code(
        "Prime Minister Narendra Modi hosted a banquet in honour of the visiting Japanese"
        " delegation."
    )
    dyads = done_dyads(events)
    assert ("IND", "JPN", "043") in dyads, show(events)
    assert ("JPN", "IND", "042") in dyads, show(events)


@pytest.mark.slow
def test_giving_a_dinner_in_honor_of_a_president_is_hosting_not_yielding(code) -> None:
    events = code("King Abdullah gave a state dinner in honor of French President Emmanuel Macron.")
    assert ("JOR", "FRA", "043") in done_dyads(events), show(events)
    assert not any(e.cameo_root == "08" for e in events), show(events)


@pytest.mark.slow
def test_giving_in_to_pressure_still_yields(code) -> None:
    events = code("Beijing gave in to pressure from Washington on Friday.")
    assert any(e.cameo == "080" and e.source_country == "CHN" for e in events), show(events)
