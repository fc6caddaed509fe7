"""Sweep F: plans, permissions, plots, conditions and habits that are no done act of the day
(sentences written by us, wire style)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import UNDONE, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def done(events: list[EventMention], prefix: str) -> list[EventMention]:
    return [e for e in events if e.cameo.startswith(prefix) and e.modality not in UNDONE]


# --- irrealis scopes ------------------------------------------------------------------------


def test_a_plan_alleged_by_a_third_party_is_no_threat(code: Coder) -> None:
    events = code("Tehran accused Washington of plans to bomb Iranian oil terminals.")
    assert not done(events, "13") and not done(events, "19"), show(events)
    assert done(events, "11"), show(events)  # the accusation itself stays


def test_warning_of_plans_to_invade_codes_no_invasion_intent(code: Coder) -> None:
    events = code("Officials in Chisinau warned of Russian plans to occupy Moldova.")
    assert not done(events, "19") and not done(events, "138"), show(events)


def test_being_free_to_deepen_ties_is_no_cooperation(code: Coder) -> None:
    events = code("The foreign minister said Hungary was free to deepen ties with China.")
    assert not done(events, "03"), show(events)


def test_acts_a_scenario_describes_have_not_happened(code: Coder) -> None:
    events = code("The leaked scenario involved Belarusian troops invading Lithuania.")
    assert not done(events, "19"), show(events)


def test_a_while_clause_under_a_refusal_is_a_condition(code: Coder) -> None:
    events = code(
        '"We will not hold talks while Armenia occupies our villages," the minister said.'
    )
    assert not done(events, "19"), show(events)


def test_a_while_clause_under_a_done_act_is_still_an_act(code: Coder) -> None:
    events = code("Syrian troops shelled the town on Monday while Turkey bombed Kurdish positions.")
    assert done(events, "19"), show(events)


# --- habits and standing states carry no day ---------------------------------------------------


def test_a_regular_present_habit_has_no_day(code: Coder) -> None:
    events = code("China regularly sends warships into Philippine waters.")
    assert events and all(e.date_basis == "none" for e in events), show(events)


def test_a_repeated_strike_in_the_past_keeps_its_day(code: Coder) -> None:
    events = code("Russian forces repeatedly shelled Kharkiv overnight, Ukraine said on Monday.")
    strikes = [e for e in events if e.cameo.startswith("19")]
    assert strikes and all(e.date_basis != "none" for e in strikes), show(events)


def test_troops_stationed_since_a_year_are_a_standing_state(code: Coder) -> None:
    events = code("The United States has stationed troops in Germany since 1945 to deter attack.")
    assert events and all(e.date_basis == "none" for e in events), show(events)


# --- a past act in an after/since clause is background ------------------------------------------


def test_an_undated_act_weeks_before_the_main_act_takes_no_day_from_it(
    code: Coder,
) -> None:
    events = code("Peace talks resumed on Tuesday, weeks after rebels seized the port city.")
    seizures = [e for e in events if e.cameo.startswith("19")]
    assert seizures and all(e.date_basis == "none" for e in seizures), show(events)


def test_an_after_clause_with_its_own_date_keeps_it(code: Coder) -> None:
    events = code("Talks resumed on Tuesday, two months after rebels seized the port on March 3.")
    seizures = [e for e in events if e.cameo.startswith("19")]
    assert seizures and all(str(e.date) == "2024-03-03" for e in seizures), show(events)


def test_the_main_act_keeps_its_day_before_an_after_clause(code: Coder) -> None:
    events = code("Ukraine expelled a Hungarian diplomat on Friday after Budapest expelled two.")
    main = [e for e in events if e.source_code and e.source_code.startswith("UKR")]
    assert main and all(str(e.date) == "2024-05-03" for e in main), show(events)


def test_an_after_clause_with_no_gap_shares_the_main_day(code: Coder) -> None:
    events = code("Protests erupted on Friday after Serbian police raided a Kosovo border post.")
    raids = [e for e in events if e.cameo.startswith("1") and e.source_code.startswith("SRB")]
    assert raids and all(str(e.date) == "2024-05-03" for e in raids), show(events)


def test_agreeing_that_neither_side_will_use_force_is_restraint_not_a_threat(code) -> None:
    events = code("Armenia and Azerbaijan agreed that neither would use force against the other.")
    assert not any(e.cameo_root == "13" for e in events), [(e.source_code, e.cameo) for e in events]
    assert {(e.source_code, e.target_code, e.cameo) for e in events} >= {
        ("ARM", "AZE", "0356"),
        ("AZE", "ARM", "0356"),
    }
    # renouncing nothing: a vow of force stays a threat
    assert any(e.cameo.startswith("13") for e in code("China vowed to use force against Taiwan."))
