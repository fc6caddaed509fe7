"""Promised countermeasures and firm responses are threats aimed at the party provoking them;
a promise to respond to a disaster is not.  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, done_codes, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def test_vowed_countermeasures_are_a_threat_at_the_named_party(code: Coder) -> None:
    events = code("Beijing vowed to take countermeasures against Washington on Friday.")
    assert ("CHN", "USA") in country_dyads(events, "13"), show(events)
    assert not any(e.cameo.startswith("03") for e in events), show(events)


def test_a_vow_joined_to_a_criticism_threatens_the_criticised_party(code: Coder) -> None:
    events = code("Iran condemned the new sanctions imposed by France and vowed to respond firmly.")
    assert ("IRN", "FRA") in country_dyads(events, "13"), show(events)


def test_a_vow_in_the_next_sentence_threatens_the_party_just_protested(code: Coder) -> None:
    events = code(
        "Manila protested the Chinese coast guard's manoeuvres near the shoal on Monday. "
        "The Philippines vowed to take strong countermeasures."
    )
    assert ("PHL", "CHN") in country_dyads(events, "13"), show(events)


def test_a_response_in_kind_is_a_threat(code: Coder) -> None:
    events = code("Ankara vowed to respond in kind to any Greek deployment on the islands.")
    assert ("TUR", "GRC") in country_dyads(events, "13"), show(events)


def test_responding_to_a_disaster_is_no_threat(code: Coder) -> None:
    events = code("Kenya vowed to respond quickly to the floods in the north.")
    assert not any(e.cameo.startswith("13") for e in events), show(events)


def test_taking_place_is_not_taking_countermeasures(code: Coder) -> None:
    events = code(
        "The Austrian chancellor proposed that the next meeting with Hungary take place in Vienna."
    )
    assert "130" not in done_codes(events), show(events)
