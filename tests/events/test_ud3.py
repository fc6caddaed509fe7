"""Phenomena found in the third pass over the PETRARCH unit-test categories: fronted passive
participles, a reaction's object sent "from" someone, joint celebrations, and movements
"close to" a border.  All sentences are our own."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


# --------------------------------------------------------------- fronted passive participles


def test_a_fronted_passive_participle_is_done_to_the_main_subject(code) -> None:
    events = code(
        "Condemned by Japan over the launch, North Korea said on Monday it would test more."
    )
    assert ("JPN", "PRK", "11") in dyads(events)
    assert not any(e.source_code == "PRK" and e.target_code == "JPN" for e in events)


def test_a_fronted_participle_with_its_auxiliary_stays_active(code) -> None:
    # "Having criticised Tokyo": the main subject did the criticising.
    events = code("Having criticised Japan on Monday, China called for calm.")
    assert ("CHN", "JPN", "11") in dyads(events)


# --------------------------------------------------------------- reactions to a sent thing


def test_a_from_phrase_after_the_object_names_the_sender(code) -> None:
    events = code("Turkey welcomed the proposal from Russia on Monday.")
    assert ("TUR", "RUS", "05") in dyads(events)


def test_criticising_a_statement_from_a_capital_targets_its_government(code) -> None:
    events = code("Britain criticised the statement from Iran on Tuesday.")
    assert any(
        e.source_code == "GBR" and (e.target_code or "").startswith("IRN") and e.cameo_root == "11"
        for e in events
    )


def test_a_from_phrase_away_from_the_object_is_not_the_sender(code) -> None:
    # "from Geneva" says where France spoke, not who sent the plan: no sender here.
    events = code("France on Monday welcomed the plan, speaking from Geneva.")
    assert not any((e.target_code or "").startswith("CHE") for e in events)


# --------------------------------------------------------------- joint celebrations (017)


def test_celebrating_with_another_party_is_a_symbolic_act(code) -> None:
    events = code("Pakistan celebrated the new year with Chinese engineers in Islamabad.")
    assert any(
        e.source_code == "PAK" and (e.target_code or "").startswith("CHN") and e.cameo == "017"
        for e in events
    )


def test_the_place_of_a_celebration_is_not_its_partner(code) -> None:
    events = code("Armenia celebrated its independence day in France with Georgian diplomats.")
    assert not any(e.cameo == "017" and (e.target_code or "").startswith("FRA") for e in events)


# --------------------------------------------------------------- close to a border


def test_a_patrol_close_to_a_border_targets_the_neighbour(code) -> None:
    events = code("Chinese warships sailed close to the coast of Taiwan on Sunday.")
    assert any(
        e.source_code is not None
        and e.source_code.startswith("CHN")
        and e.target_code is not None
        and e.target_code.startswith("TWN")
        and e.cameo_root == "15"
        for e in events
    )


def test_close_to_without_a_party_gives_no_target(code) -> None:
    events = code("Chinese warships sailed close to the shore on Sunday.")
    assert not any(e.target_code and e.cameo_root == "15" for e in events)
