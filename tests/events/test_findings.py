"""Formal findings of wrongdoing ("found X in breach of") and summonses of a mission's head
(lexicon rows; real spaCy parses)."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def test_a_board_finding_a_state_in_breach_accuses_that_state(code) -> None:
    events = code(
        "The IAEA board of governors found Syria in breach of its safeguards agreement on "
        "Wednesday."
    )
    assert ("IGO", "SYR") in country_dyads(events, "112"), show(events)


def test_a_panel_finding_a_state_in_violation_of_trade_rules_accuses_it(code) -> None:
    events = code("A WTO dispute panel found India in violation of global trade rules.")
    assert ("IGO", "IND") in country_dyads(events, "112"), show(events)


def test_finding_a_state_in_a_city_is_no_accusation(code) -> None:
    events = code("Reporters found the Qatari delegation in Geneva on Monday.")
    assert not country_dyads(events, "11"), show(events)


def test_summoning_the_head_of_a_bodys_delegation_protests_to_that_body(code) -> None:
    events = code("Venezuela summoned the head of the EU delegation in Caracas on Thursday.")
    assert ("VEN", "IGO") in country_dyads(events, "114"), show(events)


def test_summoning_the_head_of_a_states_mission_protests_to_that_state(code) -> None:
    events = code("Lithuania summoned the head of the Russian diplomatic mission in Vilnius.")
    assert ("LTU", "RUS") in country_dyads(events, "114"), show(events)
