"""Leftover phenomena, sweep D: seas named after countries, possessive objects as targets,
documents as agents, standing relations, counted anaphors (sentences written by us)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in events}


def parties(events: list[EventMention]) -> set[str | None]:
    return {e.source_code for e in events} | {e.target_code for e in events}


# --- a sea named after a country is a place ---------------------------------------------------


def test_joint_drills_in_a_gulf_named_after_a_country_are_between_the_navies(code: Coder) -> None:
    events = code("Iran and Russia held joint naval drills in the Gulf of Oman on Tuesday.")
    assert "OMN" not in parties(events)
    assert ("IRN", "RUS", "062") in dyads(events)


def test_exercise_in_the_sea_of_a_country_is_not_aimed_at_it(code: Coder) -> None:
    events = code("The Chinese navy conducted live-fire exercises in the Sea of Japan on Monday.")
    assert "JPN" not in parties(events)


def test_lower_case_waters_of_a_country_keep_the_country(code: Coder) -> None:
    events = code("Chinese warships fired missiles into the waters of Japan on Monday.")
    assert "JPN" in {e.target_code for e in events}


# --- the possessive of an agreement names the other party --------------------------------------


def test_ratifying_a_countrys_accession_protocol_is_aimed_at_it(code: Coder) -> None:
    events = code("The Turkish parliament ratified Sweden's accession protocol on Tuesday.")
    assert ("TURLEG", "SWE", "057") in dyads(events)


def test_the_subjects_own_possessive_agreement_names_no_partner(code: Coder) -> None:
    events = code("Germany's parliament ratified Germany's defence treaty with Poland on Monday.")
    assert {e.target_code[:3] for e in events if e.target_code} == {"POL"}


# --- a tally of many acts on a perfect is background, not today's act --------------------------


def test_a_count_of_wars_fought_carries_no_day(code: Coder) -> None:
    events = code("Armenia and Azerbaijan have fought two wars over the disputed enclave.")
    wars = [e for e in events if e.cameo.startswith("19")]
    assert wars, "the relation itself is still coded"
    assert all(e.date is None and e.date_basis == "none" for e in wars)


def test_a_tally_since_a_year_carries_no_day(code: Coder) -> None:
    events = code("Israel has carried out hundreds of air strikes in Syria since 2012.")
    strikes = [e for e in events if e.cameo.startswith("19")]
    assert strikes and all(e.date is None for e in strikes)


def test_a_count_of_missiles_fired_is_todays_news(code: Coder) -> None:
    events = code("Russia has fired three cruise missiles at Kyiv, officials said.")
    assert any(e.cameo.startswith("19") and e.date is not None for e in events)


def test_a_tally_since_a_recent_day_keeps_its_date(code: Coder) -> None:
    events = code("Turkey has launched several raids on Kurdish militants since the weekend.")
    raids = [e for e in events if e.cameo.startswith("19")]
    assert raids and all(e.date is not None for e in raids)


# --- a document speaks for whoever issued it -----------------------------------------------------


def test_a_resolution_speaks_for_the_body_that_adopted_it(code: Coder) -> None:
    events = code(
        "The UN Security Council adopted a resolution on Tuesday. "
        "The resolution condemns North Korea's ballistic missile tests."
    )
    assert any(
        e.source_code.startswith("IGOUNO") and e.target_code == "PRK" and e.cameo_root == "11"
        for e in events
        if e.source_code and e.target_code
    )


def test_a_joint_statement_speaks_for_each_signatory(code: Coder) -> None:
    events = code(
        "Brazil and Argentina issued a joint statement after talks in Brasilia on Monday. "
        "The joint statement criticised Venezuela over the disputed election."
    )
    critics = {e.source_code for e in events if e.cameo_root == "11" and e.target_code == "VEN"}
    assert critics == {"BRA", "ARG"}


def test_a_participle_agent_issues_the_document(code: Coder) -> None:
    events = code(
        "The statement, released by the foreign ministers of Japan and Australia, "
        "criticised China's coast guard."
    )
    critics = {(e.source_code or "")[:3] for e in events if e.cameo_root == "11"}
    assert critics == {"JPN", "AUS"}


def test_an_indefinite_document_with_no_issuer_speaks_for_nobody(code: Coder) -> None:
    events = code(
        "Spain and Portugal signed a fisheries accord on Monday. A statement criticised Morocco."
    )
    assert not [e for e in events if e.cameo_root == "11"]


# --- a counted anaphor stands for a group of its size --------------------------------------------


def test_the_three_countries_are_the_three_named_just_before(code: Coder) -> None:
    events = code(
        "The foreign ministers of Chile, Peru and Colombia met in Lima on Monday. "
        "The three countries condemned Venezuela's expulsion of their diplomats."
    )
    critics = {e.source_code for e in events if e.cameo_root == "11"}
    assert critics == {"CHL", "PER", "COL"}


def test_a_count_that_does_not_match_the_group_resolves_to_nobody(code: Coder) -> None:
    events = code(
        "Chile and Peru held talks in Lima on Monday. "
        "The three countries condemned Venezuela's expulsion of their diplomats."
    )
    assert not [e for e in events if e.cameo_root == "11"]


def test_a_counted_group_acting_among_itself_is_not_split_into_pairs(code: Coder) -> None:
    events = code(
        "The foreign ministers of Chile, Peru and Colombia met in Lima on Monday. "
        "The three countries pledged to deepen cooperation on trade."
    )
    second = [e for e in events if e.sentence.startswith("The three countries")]
    assert not second
