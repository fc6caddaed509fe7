"""Comments about a party in a "that" clause, shared views, appeals for peace, accreditation
and military marches: general phenomena, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _dyads(events) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in events}


def test_hope_about_a_party_targets_the_party_in_the_clause(code) -> None:
    events = code("Japan expressed hope on Friday that North Korea would return to the talks.")
    assert ("JPN", "PRK", "013") in _dyads(events), _dyads(events)


def test_fear_about_a_party_targets_the_party_in_the_clause(code) -> None:
    events = code("Brazil expressed fears that Venezuela could close the border again.")
    assert any(
        e.source_code == "BRA" and e.target_code == "VEN" and e.cameo == "012" for e in events
    ), _dyads(events)


def test_agreeing_on_a_view_is_expressed_accord_not_intent(code) -> None:
    events = code(
        "Peru and Chile agree that the border dispute should be settled through arbitration."
    )
    roots = {e.cameo_root for e in events if {e.source_code, e.target_code} == {"PER", "CHL"}}
    assert roots == {"01"}, _dyads(events)
    assert {e.cameo for e in events if e.source_code == "PER"} == {"019"}


def test_agreeing_on_their_own_future_act_stays_an_intent(code) -> None:
    events = code("Peru and Chile agreed that their navies should cooperate against smugglers.")
    assert all(e.cameo_root == "03" for e in events if e.source_code == "PER"), _dyads(events)
    assert any(e.source_code == "PER" for e in events), _dyads(events)


def test_appeal_for_peace_in_a_country_targets_that_country(code) -> None:
    events = code("The UN chief appealed for peace in Sudan on Monday.")
    assert ("IGOUNO", "SDN", "027") in _dyads(events), _dyads(events)


def test_call_for_reconciliation_between_two_states(code) -> None:
    events = code("France called for reconciliation between Armenia and Azerbaijan on Sunday.")
    targets = {e.target_code for e in events if e.source_code == "FRA" and e.cameo == "027"}
    assert targets >= {"ARM"}, _dyads(events)


def test_presenting_credentials_is_a_meeting_with_the_host(code) -> None:
    events = code(
        "The ambassadors of Norway, Chile and Kenya presented their credentials to the "
        "Peruvian president on Tuesday."
    )
    found = {(e.source_code, e.target_code) for e in events if e.cameo == "040"}
    assert found == {("NORGOV", "PERGOV"), ("CHLGOV", "PERGOV"), ("KENGOV", "PERGOV")}, found


def test_presenting_evidence_is_not_accreditation(code) -> None:
    events = code("Ukraine presented evidence against Russia to the court on Tuesday.")
    assert not any(e.cameo == "040" for e in events), _dyads(events)


def test_troops_marching_near_a_border_exhibit_force_protesters_demonstrate(code) -> None:
    troops = code("Indian troops marched along the border near Pakistan on Monday.")
    assert any(e.source_code == "INDMIL" and e.cameo_root == "15" for e in troops), _dyads(troops)
    crowd = code("Thousands of Kenyan students marched to the Ugandan embassy in Nairobi.")
    assert not any(e.cameo_root == "15" for e in crowd), _dyads(crowd)
