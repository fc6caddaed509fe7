"""A state reacting to an act of an armed group of its own country answers that group
(events/discourse.py ``answered``): in a civil war the two are different sides."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def test_a_government_condemning_a_rebel_attack_aims_at_the_rebels(code) -> None:
    events = code(
        "Boko Haram fighters stormed a Nigerian army base in Borno state on Saturday. "
        "The Nigerian government condemned the raid."
    )
    reactions = [e for e in events if e.cameo_root == "11" and e.source_code.startswith("NGA")]
    assert any(e.target_code == "NGAREB" for e in reactions), show(events)


def test_claimed_bombing_is_the_groups_and_the_condemnation_answers_it(code) -> None:
    events = code(
        "The Houthis claimed responsibility for a bombing at a Yemeni army post that killed "
        "four soldiers. Yemen's government condemned the bombing."
    )
    assert any(
        e.source_code == "YEMGOV" and e.target_code == "YEMREB" and e.cameo_root == "11"
        for e in events
    ), show(events)
    bombings = [e for e in events if e.cameo.startswith("18")]
    assert bombings and all(e.source_code == "YEMREB" for e in bombings), show(events)


def test_the_bombing_condemned_is_the_latest_act_called_a_bombing(code) -> None:
    events = code(
        "Nigerian jets bombed a Boko Haram camp on Monday. Hours later, Boko Haram claimed "
        "responsibility for a bombing at a police post in Maiduguri that killed three Nigerian "
        "officers. The Nigerian government condemned the bombing."
    )
    condemned = [e for e in events if e.cameo_root == "11" and e.source_code == "NGAGOV"]
    assert condemned and all(e.target_code == "NGAREB" for e in condemned), show(events)
