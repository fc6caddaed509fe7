"""PLOVER sixth pass: joint military exercises (062 with a partner, 150 alone) and a speaker
known only by an appositive title ("X, the United Nations aid envoy, said").  Wire-style
sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show_plover

pytestmark = pytest.mark.slow


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


# ------------------------------------------------------ 2. a speaker known by an apposition


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Jan Eliasson, the United Nations humanitarian envoy, demanded that the warring "
            "sides open the roads to aid convoys.",
            "IGOUNO",
        ),
        (
            "Piet Vandermolen, the European Union Special Representative, criticised the "
            "Serbian government's decision to close the border.",
            "IGOEU",
        ),
    ],
)
def test_title_in_apposition_names_the_speakers_organisation(code, text: str, source) -> None:
    events = asserted(code(text))
    assert any(e.source_code.startswith(source) for e in events), show_plover(events)


def test_apposition_naming_a_place_gives_no_speaker(code) -> None:
    events = asserted(code("Tom Kessler, a reporter in Kabul, criticised the ban."))
    assert not any(e.source_code and e.source_code.startswith("AFG") for e in events), show_plover(
        events
    )
