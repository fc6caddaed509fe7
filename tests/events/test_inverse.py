"""Inverse verbs: the subject of "received" is the recipient, the giver is the source."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in events}


def test_receiving_a_delegation_is_a_hosted_visit_and_a_visit_made(code) -> None:
    events = code("North Korean leader Kim Jong Un received a delegation from China on Monday.")
    # "a delegation from China" is a Chinese official party: CHN or CHNGOV
    countries = {(s[:3], t[:3], c) for s, t, c in dyads(events) if s and t}
    assert {("PRK", "CHN", "043"), ("CHN", "PRK", "042")} <= countries


def test_receiving_a_named_visitor_links_the_visit(code) -> None:
    events = code(
        "Egyptian President Abdel Fattah al-Sisi received the Jordanian foreign "
        "minister in Cairo on Sunday."
    )
    codes = {(e.source_code[:3], e.target_code[:3], e.cameo) for e in events if e.target_code}
    assert {("EGY", "JOR", "043"), ("JOR", "EGY", "042")} <= codes


def test_a_planned_reception_links_nothing(code) -> None:
    events = code("Kim Jong Un will receive a delegation from China next week.")
    assert not any(e.cameo == "042" for e in events)


def test_weapons_received_come_from_the_giver(code) -> None:
    events = code("The rebels received weapons from Iran.")
    assert ("IRN", "REB", "072") in dyads(events)


def test_protesters_are_the_political_opposition(code) -> None:
    events = code("Thai protesters marched on Government House.")
    assert any(e.source_code == "THAOPP" and e.cameo_root == "14" for e in events)


def test_facing_pressure_from_someone_is_their_demand(code) -> None:
    events = code(
        "The Greek government faces mounting pressure from the European Union to cut spending."
    )
    assert any(
        e.source_code.startswith("IGOEU") and e.target_code == "GRCGOV" and e.cameo_root == "10"
        for e in events
    )


def test_facing_criticism_is_being_criticised(code) -> None:
    events = code("The Serbian government faced sharp criticism from the European Commission.")
    assert any(e.target_code == "SRBGOV" and e.cameo_root == "11" for e in events)
