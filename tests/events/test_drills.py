"""Military exercises (events/drills.py): drills with a partner are military cooperation, drills
alone or encircling a territory are a show of force against it.  Wire-style sentences we wrote
ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, country_dyads, show, show_plover
from eventcheck import has_asserted as _has

pytestmark = pytest.mark.slow


def test_drills_encircling_a_territory_are_a_show_of_force_against_it(code) -> None:
    events = code("China staged military drills encircling Taiwan on Monday.")
    assert _has(events, "CHN", "TWN", "150"), show(events)
    assert not any(e.cameo.startswith("19") for e in events), show(events)


def test_troops_encircling_a_town_keep_their_own_reading(code) -> None:
    events = code("Russian troops encircled the Ukrainian town of Avdiivka.")
    assert not any(e.cameo == "150" for e in events), show(events)
    assert any(e.cameo == "191" and e.target_code == "UKR" for e in events), show(events)


# ------------------------------------------------------------------ exercises and bans


def test_war_games_around_an_island_are_a_show_of_force(code) -> None:
    events = code("China launched war games surrounding Taiwan on Saturday.")
    assert ("CHN", "TWN") in country_dyads(events, "150"), show(events)


# ------------------------------------------------------------ 1. joint military exercises


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Russian and Chinese warships began a week of naval drills in the Sea of Japan.",
            {"RUS", "CHN"},
        ),
        (
            "India and France launched naval exercises off the coast of Goa on Monday.",
            {"IND", "FRA"},
        ),
        (
            "Japan held air defence exercises with the United States near the disputed islands.",
            {"JPN", "USA"},
        ),
    ],
)
def test_exercises_with_a_partner_are_military_cooperation(code, text: str, pair) -> None:
    events = asserted(code(text), "COOPERATE")
    assert any({e.source_code[:3], e.target_code[:3]} == pair for e in events), show_plover(
        code(text)
    )
    assert not asserted(code(text), "MOBILIZE"), show_plover(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "China staged military exercises near Taiwan on Saturday.",
        "Iran held naval drills in the Gulf this week.",
    ],
)
def test_exercises_by_one_state_stay_a_show_of_force(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo == "150" for e in events), show_plover(events)
    assert not asserted(events, "COOPERATE"), show_plover(events)
