"""PLOVER fifth pass: lifting restrictions (administrative vs economic easing) and demands whose
content clause the parser hangs on the verb that makes them.  Wire-style sentences we wrote
ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show_plover

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- 1. lifting restrictions


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian government lifted restrictions on opposition rallies in the capital.",
        "Israel eased restrictions on Palestinian workers on Sunday.",
        "A Kenyan court cancelled restrictions on the activities of rights groups.",
    ],
)
def test_lifting_restrictions_is_concede(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo.startswith("081") and e.plover == "CONCEDE" for e in events), show_plover(
        events
    )
    assert not asserted(events, "RETREAT"), show_plover(events)


def test_lifting_trade_restrictions_stays_economic_easing(code) -> None:
    events = asserted(code("Japan lifted trade restrictions on South Korea on Monday."))
    assert any(e.cameo == "085" for e in events), show_plover(events)


def test_imposing_restrictions_is_still_a_sanction(code) -> None:
    events = asserted(code("Russia imposed restrictions on Georgian wine imports."))
    assert any(e.plover == "SANCTION" for e in events), show_plover(events)
    assert not asserted(events, "CONCEDE"), show_plover(events)


# ------------------------------------------------- 3. demands whose clause hangs on the verb


@pytest.mark.parametrize(
    "text",
    [
        "The European Union reiterated its demand on Monday that Syria lift restrictions "
        "on aid convoys.",
        "The World Health Organization repeated its demand today that Sudan ease "
        "restrictions on the movement of aid workers.",
    ],
)
def test_demand_that_another_party_ease_is_only_a_request(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.plover == "REQUEST" for e in events), show_plover(events)
    # the demanded act has not happened: neither the easing nor a concession is coded
    assert not [e for e in events if e.plover in {"CONCEDE", "RETREAT"}], show_plover(events)


def test_demand_clause_not_borrowed_for_unrelated_verbs(code) -> None:
    # a 'that'-clause after a non-demand object of a reporting verb is not a demand
    events = asserted(code("Syria reiterated its position that Israel lifted the blockade."))
    assert not asserted(events, "REQUEST"), show_plover(events)


# ------------------------------------------------------- 2. peacekeepers arriving somewhere


@pytest.mark.parametrize(
    "text",
    [
        "Dutch peacekeeping troops arrived in Mali on Tuesday.",
        "The first contingent of Irish peacekeepers arrived in Lebanon on Friday.",
    ],
)
def test_peacekeepers_arriving_is_peacekeeping_not_a_visit(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo == "074" for e in events), show_plover(events)
    assert not [e for e in events if e.cameo == "042"], show_plover(events)


def test_a_minister_arriving_is_still_a_visit(code) -> None:
    events = asserted(code("The Dutch foreign minister arrived in Mali on Tuesday."))
    assert any(e.cameo == "042" for e in events), show_plover(events)


# ------------------------------------------- 5. human shields, closures and re-imposed blockades


def test_holding_people_as_human_shields_is_coded_like_using_them(code) -> None:
    events = asserted(code("Rebels in Congo have been holding Rwandan villagers as human shields."))
    assert any(e.cameo == "184" for e in events), show_plover(events)


def test_holding_talks_is_not_a_human_shield(code) -> None:
    events = asserted(code("Rwanda held talks with Congo as a shield against criticism."))
    assert not [e for e in events if e.cameo == "184"], show_plover(events)


@pytest.mark.parametrize(
    "text",
    [
        "Israel imposed a closure on the Gaza Strip on Monday.",
        "Israel Monday reimposed a closure on the Gaza Strip.",
        "Azerbaijan reimposed a blockade on Armenia after the clashes.",
    ],
)
def test_closures_and_reimposed_blockades_restrict_movement(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo == "191" and e.plover == "COERCE" for e in events), show_plover(events)
