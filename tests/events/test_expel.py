"""Expulsions, recalls and ultimatums said with control verbs; meetings not yet held;
invitations to come back to talks.  All sentences are our own, wire style."""

from __future__ import annotations

from datetime import date

import pytest
from eventcheck import country_dyads, show

from communique.events.departures import departure_words
from communique.events.lexicon import load_lexicon
from communique.types import EventMention

pytestmark = pytest.mark.slow

Dyad = tuple[str | None, str | None, str]


def done(events: list[EventMention]) -> set[Dyad]:
    """(source, target, code) of the events coded as done."""
    return {(e.source_code, e.target_code, e.cameo) for e in events if e.modality == "asserted"}


def roots(events: list[EventMention]) -> set[tuple[str | None, str | None, str, str]]:
    return {(e.source_code, e.target_code, e.cameo_root, e.modality) for e in events}


# ----------------------------------------------------------------- expulsions and recalls


def test_ordering_diplomats_to_leave_is_their_expulsion(code) -> None:
    events = code("Poland ordered 45 Russian diplomats to leave the country on Tuesday.")
    # the orderer is the source, the diplomats' country the target -- never the other way round
    assert ("POL", "RUSGOV", "161") in done(events)
    assert not any(e.source_code and e.source_code.startswith("RUS") for e in events)
    [expulsion] = [e for e in events if e.cameo == "161"]
    assert expulsion.date == date(2024, 4, 30)  # the Tuesday before publication


def test_telling_envoys_to_leave_within_hours_is_an_expulsion(code) -> None:
    events = code("Moldova told two Russian diplomats to leave within 48 hours.")
    assert ("MDA", "RUSGOV", "161") in done(events)


def test_asking_diplomats_to_come_back_is_no_expulsion(code) -> None:
    back = code("Kabul asked Iranian diplomats to return to their embassy after the repairs.")
    assert not any(e.cameo_root == "16" for e in back), roots(back)
    to_host = code("Iran asked Afghan diplomats to return to Tehran next week.")
    assert not any(e.cameo_root == "16" for e in to_host), roots(to_host)
    # sent back to their own capital, they leave: an expulsion
    sent = code("Iran ordered Afghan diplomats to return to Kabul within a week.")
    assert ("IRN", "AFGGOV", "161") in done(sent)


def test_asking_an_ambassador_to_leave_is_an_expulsion(code) -> None:
    events = code("Mali asked the French ambassador to leave the country within 72 hours.")
    assert ("MLI", "FRAGOV", "161") in done(events)
    assert not any(e.cameo_root == "02" for e in events)  # no appeal to the envoy


def test_a_deadline_to_leave_given_to_embassy_staff_is_an_expulsion(code) -> None:
    events = code("Lithuania gave the Russian embassy staff 72 hours to leave.")
    assert ("LTU", "RUSGOV", "161") in done(events)
    assert not any(e.cameo_root == "07" for e in events)  # "gave" is no aid here


def test_a_deadline_to_leave_given_to_peacekeepers_expels_the_mission(code) -> None:
    events = code("Sudan gave UN peacekeepers 30 days to leave the country.")
    assert ("SDN", "IGOUNO", "1661") in done(events)


def test_ordering_ones_own_envoy_home_is_a_recall_aimed_at_the_host(code) -> None:
    events = code("Saudi Arabia ordered its ambassador to leave Beirut on Friday.")
    assert {(s, t[:3] if t else t, c) for s, t, c in done(events)} >= {("SAU", "LBN", "161")}


def test_the_host_of_a_recalled_envoy_may_be_named_beside_him(code) -> None:
    events = code("Tehran told its envoy in London to return home on Sunday.")
    assert any(e.cameo == "161" and e.target_code == "GBR" for e in events)
    assert not any(
        e.cameo == "161" and e.target_code and e.target_code.startswith("IRN") for e in events
    )


def test_declaring_attaches_persona_non_grata_and_recalling_an_ambassador(code) -> None:
    events = code(
        "Estonia declared two Russian attaches persona non grata on Monday. "
        "Algeria recalled its ambassador from Paris on Saturday."
    )
    found = {(s, (t or "")[:3], c) for s, t, c in done(events)}
    assert {("EST", "RUS", "161"), ("DZA", "FRA", "161")} <= found


def test_retaliating_by_expelling_is_the_expulsion_dated_like_its_clause(code) -> None:
    events = code("Russia retaliated on Friday by expelling ten Polish diplomats.")
    [expulsion] = [e for e in events if e.cameo == "161"]
    assert (expulsion.source_code, expulsion.target_code) == ("RUS", "POLGOV")
    assert expulsion.date == date(2024, 5, 3)
    assert not any(e.cameo_root in {"18", "19"} for e in events)  # no retaliation of force


def test_orders_that_send_nobody_away_are_no_expulsion(code) -> None:
    events = code(
        "Turkey ordered the army to leave the border area. "
        "The State Department told the Chinese ambassador that Washington was concerned."
    )
    assert not any(e.cameo_root == "16" for e in events)


# ----------------------------------------------------------------- deadlines and ultimatums


def test_a_deadline_with_a_penalty_is_an_ultimatum_and_the_demanded_act_is_not_done(code) -> None:
    events = code("Moscow gave Kyiv a week to withdraw its troops or face consequences.")
    assert ("RUSGOV", "UKRGOV", "139") in done(events)
    assert not any(e.cameo == "0874" for e in events)  # Kyiv has withdrawn nothing


def test_a_deadline_without_a_penalty_is_a_demand_for_the_act(code) -> None:
    events = code("Washington gave Caracas a month to release the detained Americans.")
    assert any(
        e.source_code.startswith("USA") and e.target_code.startswith("VEN") and e.cameo_root == "10"
        for e in events
        if e.source_code and e.target_code
    )
    assert not any(e.cameo_root == "08" and e.modality == "asserted" for e in events)


def test_a_deadline_set_for_nobody_in_particular_is_no_event(code) -> None:
    events = code("The minister gave the commission two weeks to finish its report.")
    assert not any(e.cameo_root in {"10", "13", "16"} for e in events)


# ----------------------------------------------------------------- meetings not yet held


def test_talks_scheduled_to_take_place_are_an_intent_not_a_negotiation(code) -> None:
    events = code("Talks between Armenia and Azerbaijan are scheduled to take place next week.")
    assert not any(e.cameo_root == "04" and e.modality == "asserted" for e in events)
    assert ("ARM", "AZE", "03", "future") in roots(events)


def test_negotiations_due_to_resume_are_not_held(code) -> None:
    events = code("Negotiations between Serbia and Kosovo are due to resume in Brussels on Monday.")
    assert not any(e.cameo_root == "04" and e.modality == "asserted" for e in events)


def test_talks_that_took_place_stay_held(code) -> None:
    events = code("Talks between Sudan and South Sudan took place in Addis Ababa on Monday.")
    assert ("SDN", "SSD", "046") in done(events)


def test_negotiations_an_offer_would_revive_are_not_held(code) -> None:
    events = code(
        "Turkey offered help in reviving stalled negotiations between Armenia and Azerbaijan."
    )
    assert not any(e.cameo_root == "04" and e.modality == "asserted" for e in events)


def test_ministers_due_to_meet_are_coded_as_an_intent(code) -> None:
    events = code("The foreign ministers of India and Pakistan are due to meet in New York.")
    assert not any(e.cameo_root == "04" and e.modality == "asserted" for e in events)
    assert any(e.cameo == "036" and e.modality == "future" for e in events)


# ----------------------------------------------------------------- invitations back to talks


def test_inviting_a_party_to_rejoin_talks_is_an_appeal_to_negotiate(code) -> None:
    events = code("The European Union invited Iran to rejoin the nuclear talks.")
    assert ("IGOEUREEC", "IRN", "026") in done(events)
    assert not any(e.source_code == "IRN" for e in events)  # Iran rejoined nothing


def test_inviting_a_party_back_to_the_table_is_an_appeal_to_negotiate(code) -> None:
    events = code("Qatar invited the Taliban to return to the negotiating table.")
    assert any(e.source_code == "QAT" and e.cameo == "026" for e in events)
    assert not any(e.cameo_root == "04" and e.modality == "asserted" for e in events)


def test_an_invitation_to_visit_stays_an_offer_to_host(code) -> None:
    events = code("China invited the South African president to visit Beijing.")
    assert any(e.source_code == "CHN" and e.cameo == "036" for e in events)
    assert not any(e.cameo_root == "02" for e in events)


# ----------------------------------------------------------------- the data


@pytest.mark.parametrize("kind", ["order", "deadline", "span", "leave", "penalty"])
def test_every_kind_of_departure_word_is_listed(kind: str) -> None:
    assert departure_words()[kind]


def test_the_expulsion_codes_come_from_the_lexicons_expel_rules() -> None:
    codes = {r.code for r in load_lexicon().candidates("V", "expel")}
    assert "161" in codes  # diplomats: CAMEO note on 166 and 174


# ----------------------------------------------------------------- standing relations


def test_a_relation_summarised_over_years_carries_no_day(code) -> None:
    events = code("Serbia and Kosovo have traded criticism for years.")
    assert events and all(e.cameo_root == "11" for e in events)
    assert all(e.date is None and e.date_basis == "none" for e in events)
    assert all("years" in e.date_text for e in events)


def test_long_standing_backing_is_coded_but_undated(code) -> None:
    events = code("Washington has long backed Taipei against Beijing's pressure.")
    [backing] = [e for e in events if e.cameo_root == "05"]
    assert backing.modality == "asserted"
    assert backing.date is None


def test_a_counted_term_and_a_dated_act_keep_their_dates(code) -> None:
    events = code(
        "Russia extended the ban on Polish imports for two years. Japan criticized China on Monday."
    )
    assert events and all(e.date is not None for e in events)


def test_a_pledge_for_years_to_come_is_made_today(code) -> None:
    events = code("Germany pledged to support Ukraine for years to come.")
    assert any(e.cameo_root == "03" and e.date == date(2024, 5, 6) for e in events)


def test_a_recall_of_an_ambassador_in_a_capital(code) -> None:
    events = code("Algeria recalled its ambassador in Paris on Tuesday.")
    assert ("DZA", "FRA") in country_dyads(events, "16"), show(events)


def test_a_summons_to_demand_keeps_its_direction(code) -> None:
    events = code("Romania summoned Moscow's envoy on Monday to demand an explanation.")
    assert ("ROU", "RUS") in country_dyads(events, "10"), show(events)
    assert not any(s == "RUS" for s, _ in country_dyads(events, "1")), show(events)
