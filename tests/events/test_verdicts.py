"""Verdicts ("called the arrest unacceptable"), criticism aimed at a party ("directed
criticism at"), outrage at a party's act, and protest verbs that need a crowd (real spaCy
parses)."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def _dyads(events: list[EventMention], sentence: int, root: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the sentence's events of one root."""
    return {
        (e.source_country or e.source_code or "-", e.target_country or e.target_code or "-",
         e.cameo)
        for e in events
        if e.sentence_index == sentence and e.cameo_root == root
    }  # fmt: skip


def test_calling_an_earlier_arrest_unacceptable_criticises_the_arresting_party(code) -> None:
    events = code(
        "Russian police detained a Japanese journalist in Moscow on Monday. "
        "Tokyo has called the arrest unacceptable."
    )
    assert {(s[:3], t[:3]) for s, t, _ in _dyads(events, 1, "11")} == {("JPN", "RUS")}


def test_a_verdict_swallowed_into_the_objects_phrase_still_criticises_the_doer(code) -> None:
    events = code("Beijing called Canada's arrest of the executive unacceptable.")
    assert ("CHN", "CAN", "111") in {(s[:3], t, c) for s, t, c in _dyads(events, 0, "11")}


def test_considering_an_act_by_a_named_party_unacceptable_criticises_it(code) -> None:
    events = code("China considered the arrest of its citizens by Canada unacceptable.")
    assert ("CHN", "CAN", "111") in _dyads(events, 0, "11")


def test_deeming_an_act_a_violation_is_an_accusation_against_its_doer(code) -> None:
    events = code(
        "North Korea tested a ballistic missile on Sunday. "
        "Japan deemed the test a violation of UN resolutions."
    )
    assert ("JPN", "PRK", "112") in _dyads(events, 1, "11")


def test_regarding_drills_as_a_provocation_accuses_their_holder_of_aggression(code) -> None:
    events = code("Moscow regards the NATO exercises as a provocation.")
    assert {c for _, _, c in _dyads(events, 0, "11")} == {"1123"}


def test_considering_a_proposal_is_no_verdict(code) -> None:
    events = code("The Indian government is considering the Pakistani proposal.")
    assert not _dyads(events, 0, "11")


def test_criticism_directed_at_a_party_targets_it_once(code) -> None:
    events = code("The Iranian foreign minister directed sharp criticism at Washington.")
    found = [e for e in events if e.cameo_root == "11"]
    assert [(e.target_country, e.cameo) for e in found] == [("USA", "111")]


def test_levelled_criticism_and_hurled_insults_target_the_party_aimed_at(code) -> None:
    assert ("RUS", "IGOWSTNAT", "111") in _dyads(
        code("Russia levelled fresh criticism at NATO over the deployment."), 0, "11"
    )
    assert ("CHN", "PHL", "111") in {
        (s[:3], t, c)
        for s, t, c in _dyads(
            code("The Chinese ambassador hurled insults at the Philippines."), 0, "11"
        )
    }


def test_expressed_outrage_at_a_partys_act_denounces_that_party(code) -> None:
    events = code("China expressed outrage over Japan's decision to buy the islands.")
    assert ("CHN", "JPN", "111") in _dyads(events, 0, "11")


def test_expressed_indignation_at_a_vote_denounces_the_voter(code) -> None:
    events = code("Turkey expressed indignation at France's vote on the bill.")
    assert ("TUR", "FRA", "111") in _dyads(events, 0, "11")


def test_expressed_regret_stays_unspecified_disapproval(code) -> None:
    events = code("Seoul expressed regret over Tokyo's decision.")
    assert {c for _, _, c in _dyads(events, 0, "11")} == {"110"}


def test_a_crowd_rallying_outside_an_embassy_is_a_demonstration(code) -> None:
    events = code("Thousands of protesters rallied outside the US embassy in Seoul.")
    assert {c for _, _, c in _dyads(events, 0, "14")} == {"141"}


def test_a_state_demonstrating_its_resolve_is_no_protest(code) -> None:
    events = code("Russia demonstrated its resolve with a naval parade near Japan.")
    assert not _dyads(events, 0, "14")


def test_a_leader_rallying_his_party_is_no_protest(code) -> None:
    events = code("The Kenyan president rallied his party ahead of the vote.")
    assert not _dyads(events, 0, "14")
