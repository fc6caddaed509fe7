"""Events stated as nouns whose parties sit inside the noun phrase: hyphenated pairs,
"between", possessive pronouns for an earlier pair, acts overseen by a leader."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def _dyads(events: list[EventMention], sentence: int = 0) -> set[tuple[str, str, str]]:
    return {
        (e.source_country or e.source_code or "-", e.target_country or e.target_code or "-",
         e.cameo)
        for e in events
        if e.sentence_index == sentence
    }  # fmt: skip


def test_a_hyphenated_pair_of_adjectives_names_both_sides_of_the_talks(code) -> None:
    events = code("The Russian-Ukrainian talks in Istanbul ended without agreement on Friday.")
    assert {("RUS", "UKR", "046"), ("UKR", "RUS", "046")} <= _dyads(events)
    assert not any("TUR" in (s, t) for s, t, _ in _dyads(events))  # the venue is no party


def test_a_hyphenated_pair_of_names_makes_a_joint_summit(code) -> None:
    events = code("The Egypt-Jordan summit took place in Cairo on Tuesday.")
    assert {("EGY", "JOR", "040"), ("JOR", "EGY", "040")} <= _dyads(events)


def test_a_phone_call_between_two_leaders_is_a_joint_call(code) -> None:
    events = code("A phone call between Putin and Erdogan lasted two hours on Monday.")
    assert {("RUS", "TUR", "041"), ("TUR", "RUS", "041")} <= _dyads(events)


def test_their_summit_belongs_to_the_pair_named_before(code) -> None:
    events = code(
        "Chinese President Xi Jinping and Brazilian President Lula spoke at length on Tuesday. "
        "Their summit in Beijing lasted three hours."
    )
    assert {("CHN", "BRA", "040"), ("BRA", "CHN", "040")} <= _dyads(events, 1)


def test_a_launch_overseen_by_a_leader_is_his_country_s_launch(code) -> None:
    events = code("Kim Jong Un oversaw Friday's launch, the official news agency said.")
    assert any(s == "PRK" and c.startswith("15") for s, _, c in _dyads(events))


def test_a_country_watching_a_launch_did_not_launch(code) -> None:
    events = code("Japan's defence ministry observed the launch from a radar station.")
    assert not any(s == "JPN" and c.startswith("15") for s, _, c in _dyads(events))


def test_a_summit_with_one_named_party_is_not_coded(code) -> None:
    events = code("The Cairo summit ended without agreement on Tuesday.")
    assert not any(c == "040" for _, _, c in _dyads(events))
