"""Sweep G: verb senses and acts outside the main clause (sentences written by us): envoy titles,
"warned X about" as information, trips under way, acts alleged in an accusation's gerund."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str, str, str]]:
    return {(e.source_code[:3], (e.target_code or "")[:3], e.cameo) for e in events}


# --- the Commonwealth envoy title --------------------------------------------------------------


def test_summoning_a_high_commissioner_is_aimed_at_his_country(code: Coder) -> None:
    events = code("India summoned the British High Commissioner on Tuesday over a visa row.")
    assert any(d[:2] == ("IND", "GBR") for d in dyads(events)), events


def test_a_high_commissioner_acts_for_his_country(code: Coder) -> None:
    events = code("Kenya's High Commissioner met officials of the Ugandan foreign ministry.")
    assert any(e.source_code.startswith("KEN") and e.cameo[:2] == "04" for e in events), events


# --- "warned X about <a hazard>" informs X -----------------------------------------------------


def test_warning_a_neighbour_about_an_outbreak_is_no_threat(code: Coder) -> None:
    events = code("Kenya warned Uganda about a cholera outbreak in the border district.")
    assert not [e for e in events if e.cameo.startswith("13")], events
    assert ("KEN", "UGA", "010") in dyads(events)


def test_warning_about_consequences_stays_a_threat(code: Coder) -> None:
    events = code("Russia warned Georgia about the consequences of joining the alliance.")
    assert any(e.cameo.startswith("13") for e in events), events


def test_warning_of_consequences_stays_a_threat(code: Coder) -> None:
    events = code("China warned the Philippines of serious consequences on Monday.")
    assert any(e.cameo.startswith("13") for e in events), events


# --- a trip under way is no visit yet ----------------------------------------------------------


def test_minister_flying_to_a_capital_has_not_visited_it(code: Coder) -> None:
    events = code(
        "Egypt's foreign minister, flying to Washington on Monday, said he would raise the issue."
    )
    done = [e for e in events if e.cameo == "042" and e.modality in {"asserted", "reported"}]
    assert not done, events


def test_a_finished_flight_is_a_visit(code: Coder) -> None:
    events = code("Egypt's foreign minister flew to Washington on Monday for talks.")
    assert any(e.cameo == "042" and e.modality == "asserted" for e in events), events


# --- the act alleged in "accused X of <doing>" -------------------------------------------------


def test_shelling_alleged_in_an_accusation_has_the_accused_as_doer(code: Coder) -> None:
    events = code("Armenia accused Azerbaijan of shelling Armenian villages on Sunday.")
    shelling = [e for e in events if e.cameo.startswith("19")]
    assert shelling, events
    assert all(e.source_code.startswith("AZE") for e in shelling), events
    assert all(e.modality == "reported" for e in shelling), events


def test_subject_of_a_passive_accusation_is_the_alleged_doer(code: Coder) -> None:
    events = code("Serbia was accused of shelling Bosnian towns near the border.")
    shelling = [e for e in events if e.cameo.startswith("19")]
    assert shelling, events
    assert all(e.source_code.startswith("SRB") and e.modality == "reported" for e in shelling)


def test_possessed_forces_accused_of_shelling_are_the_doers(code: Coder) -> None:
    events = code("Georgia accused Russia's army of shelling Georgian villages overnight.")
    shelling = [e for e in events if e.cameo.startswith("19")]
    assert shelling and all(e.source_code.startswith("RUS") for e in shelling), events


def test_alleged_act_with_no_victim_adds_no_event(code: Coder) -> None:
    events = code("Kyiv accused Moscow of breaking the truce it had declared.")
    assert not [e for e in events if e.cameo.startswith("19") and e.source_code[:3] == "RUS"]


def test_an_accusation_targets_the_accused_not_the_victims_of_the_alleged_act(code) -> None:
    # the alleged shelling hits the accuser's own villages: the accusation is still aimed
    # at the accused, and the shelling is coded as reported
    events = code("Armenia accused Azerbaijan of shelling Armenian villages on Monday.")
    accusations = [e for e in events if e.cameo.startswith("112")]
    assert [(e.source_code, e.target_code) for e in accusations] == [("ARM", "AZE")], show(events)
    assert any(
        e.source_code == "AZE" and e.target_code == "ARM" and e.modality == "reported"
        for e in events
    ), show(events)


def test_an_announced_plan_is_the_intent_of_the_act_planned(code) -> None:
    events = code("Japan's prime minister announced plans to visit China.")
    assert any(e.cameo == "036" and e.target_code == "CHN" for e in events), show(events)
    ready = code("Russia expressed willingness to resume talks with Ukraine.")
    assert any(e.cameo.startswith("03") and e.target_code == "UKR" for e in ready), show(ready)
    # a plan for a thing, with no act on the noun, is no event
    assert not code("Japan announced plans for a new budget."), "a budget plan is no event"


def test_lodging_representations_is_an_official_complaint(code) -> None:
    events = code("Beijing lodged stern representations with Washington over the arms sale.")
    assert any(e.cameo == "114" and e.target_code.startswith("USA") for e in events), show(events)


def test_cancelling_an_agreement_named_before_reduces_relations_with_its_partner(code) -> None:
    events = code(
        "Seoul and Tokyo signed a military intelligence pact in 2016. "
        "On Monday Seoul cancelled the pact."
    )
    assert any(
        e.cameo == "160" and e.source_country == "KOR" and e.target_country == "JPN" for e in events
    ), show(events)
