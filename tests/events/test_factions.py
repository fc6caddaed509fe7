"""Mediated talks, "the two sides" of a same-country conflict, joint statements and talks named
only as the setting of a quote (events/discourse.py ``side``, events/adjunct_talks.py)."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def _dyads(events: list[EventMention], sentence: int | None = None) -> set[tuple]:
    return {
        (e.source_code, e.target_code, e.cameo[:2])
        for e in events
        if sentence is None or e.sentence_index == sentence
    }


def test_the_two_sides_after_mediated_talks_are_the_parties_not_the_mediators(code) -> None:
    events = code(
        "Talks between Sudan's army and the Rapid Support Forces, mediated by Saudi Arabia and "
        "the United States, resumed in Jeddah on Tuesday. The two sides agreed to a seven-day "
        "ceasefire."
    )
    first, second = _dyads(events, 0), _dyads(events, 1)
    assert ("SAU", "SDNMIL", "04") in first and ("USA", "SDNREB", "04") in first
    assert ("SDNMIL", "SDNREB", "04") in first
    assert not {("SAU", "USA", "04"), ("USA", "SAU", "04")} & first
    assert second and all({s, t} == {"SDNMIL", "SDNREB"} for s, t, _ in second)


def test_both_parties_of_a_broken_down_negotiation_are_the_army_and_the_paramilitary(
    code,
) -> None:
    events = code(
        "Negotiations between the Sudanese army and the Rapid Support Forces, brokered by "
        "Saudi Arabia, collapsed on Monday. Both parties blamed each other for the failure."
    )
    second = _dyads(events, 1)
    assert second and all({s, t} == {"SDNMIL", "SDNREB"} for s, t, _ in second)


def test_an_army_and_a_paramilitary_of_one_state_are_a_dyad(code) -> None:
    events = code("Sudan's army and the Rapid Support Forces clashed in Khartoum on Monday.")
    assert ("SDNMIL", "SDNREB", "19") in _dyads(events)


def test_the_two_warring_factions_are_the_fighting_parties(code) -> None:
    events = code(
        "Sudan's army and the Rapid Support Forces clashed in Khartoum on Monday. The two "
        "warring factions agreed to a truce on Tuesday, Saudi Arabia said."
    )
    second = _dyads(events, 1)
    assert second and all({s, t} == {"SDNMIL", "SDNREB"} for s, t, _ in second)


def test_a_government_and_its_rebels_sign_and_talk(code) -> None:
    signed = code("The Colombian government and the ELN rebels signed a ceasefire in Havana.")
    assert {s for s, _, _ in _dyads(signed)} == {"COLGOV", "COLREB"}


def test_two_states_signing_a_joint_declaration_are_both_parties(code) -> None:
    events = code("Japan and South Korea signed a joint declaration on maritime safety on Monday.")
    assert {("JPN", "KOR", "03"), ("KOR", "JPN", "03")} <= _dyads(events)


def test_a_one_sided_signing_with_a_partner_keeps_the_partner(code) -> None:
    events = code("India signed a joint statement with Bangladesh on water sharing.")
    assert ("IND", "BGD", "03") in _dyads(events)


def test_talks_named_as_the_setting_of_an_address_are_coded(code) -> None:
    events = code(
        "During talks in Ankara on Wednesday, Turkish President Tayyip Erdogan told Egyptian "
        "President Abdel Fattah al-Sisi that the two countries should expand trade."
    )
    assert ("TURGOV", "EGYGOV", "04") in _dyads(events)


def test_a_summit_setting_a_warning_is_not_a_meeting_with_the_warned(code) -> None:
    events = code("At a summit in Brussels on Thursday, NATO warned Russia against escalation.")
    assert not any(e.cameo[:2] == "04" for e in events)


def test_the_talks_already_coded_are_not_coded_again_from_their_setting(code) -> None:
    events = code(
        "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da "
        "Silva in Beijing on Friday. During the talks, Xi assured Lula that China would buy "
        "more soybeans."
    )
    assert not any(e.cameo[:2] == "04" and e.sentence_index == 1 for e in events)
