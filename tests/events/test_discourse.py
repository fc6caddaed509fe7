"""Whom an act is aimed at when its sentence does not say: reactions to an earlier act, "the
two sides", "they" and epithets over several sentences of one story (real spaCy parses)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import done_root_dyads

from communique.types import EventMention

pytestmark = pytest.mark.slow


def _dyads(events: list[EventMention], sentence: int) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of the events of one sentence."""
    return {
        (e.source_country or e.source_code or "-", e.target_country or e.target_code or "-",
         e.cameo_root)
        for e in events
        if e.sentence_index == sentence
    }  # fmt: skip


# --------------------------------------------------------------------------- reactions


def test_a_protest_with_no_addressee_is_aimed_at_the_act_before_it(code) -> None:
    events = code(
        "North Korea fired two ballistic missiles into the sea on Tuesday. "
        "Japan lodged a strong protest."
    )
    assert ("JPN", "PRK", "11") in _dyads(events, 1)


def test_rejecting_the_protest_answers_whoever_protested(code) -> None:
    events = code(
        "North Korea test-fired a cruise missile on Sunday. Tokyo protested on Monday. "
        "Pyongyang rejected the protest."
    )
    assert ("JPN", "PRK", "11") in _dyads(events, 1)
    assert ("PRK", "JPN", "12") in _dyads(events, 2)


def test_summoning_the_ambassador_after_an_incident_targets_the_other_side(code) -> None:
    events = code(
        "A Philippine navy ship collided with a Chinese coast guard vessel near a reef on "
        "Saturday. China summoned the ambassador on Sunday."
    )
    assert any(s == "CHN" and t == "PHL" for s, t, _ in _dyads(events, 1))


def test_condemning_the_attack_finds_who_attacked(code) -> None:
    events = code(
        "Russian forces shelled the Ukrainian port of Odesa overnight. "
        "Kyiv condemned the attack on Wednesday."
    )
    assert ("UKR", "RUS", "11") in _dyads(events, 1)


def test_an_act_that_stands_alone_gets_no_invented_target(code) -> None:
    events = code(
        "North Korea fired two ballistic missiles into the sea on Tuesday. "
        "South Korea staged air force drills on Wednesday."
    )
    assert not any(t == "PRK" for _, t, _ in _dyads(events, 1))


def test_rejecting_something_new_is_not_read_as_a_reaction(code) -> None:
    events = code(
        "Russia expelled three Polish diplomats on Monday. "
        "Hungary rejected a new energy plan on Tuesday."
    )
    assert not any(s == "HUN" and t == "RUS" for s, t, _ in _dyads(events, 1))


# --------------------------------------------------------------------------- plural reference


def test_the_two_countries_are_the_parties_of_the_latest_bilateral_event(code) -> None:
    events = code(
        "Japan and South Korea held talks in Tokyo on Monday amid concern over China. "
        "The two countries agreed to resume direct flights."
    )
    dyads = _dyads(events, 1)
    assert {("JPN", "KOR", "03"), ("KOR", "JPN", "03")} <= dyads
    assert not any("CHN" in (s, t) for s, t, _ in dyads)


def test_they_after_a_meeting_are_its_two_parties(code) -> None:
    events = code(
        "The foreign ministers of Vietnam and Indonesia met in Hanoi on Monday. "
        "They agreed to expand maritime cooperation."
    )
    assert {("VNM", "IDN", "03"), ("IDN", "VNM", "03")} <= _dyads(events, 1)


# --------------------------------------------------------------------------- epithets


def test_the_self_ruled_island_is_taiwan_in_a_taiwan_story(code) -> None:
    events = code(
        "China staged large military drills around Taiwan on Saturday. "
        "The self-ruled island condemned the drills."
    )
    assert ("TWN", "CHN", "11") in _dyads(events, 1)


def test_the_bloc_is_the_union_named_earlier(code) -> None:
    events = code(
        "The European Union imposed new sanctions on Belarus on Monday. "
        "Minsk condemned the bloc on Tuesday."
    )
    assert ("BLR", "IGOEUREEC", "11") in _dyads(events, 1)


def test_the_alliance_is_nato_only_when_nato_was_named(code) -> None:
    named = code("NATO warned Russia on Monday. Moscow criticised the alliance.")
    assert ("RUS", "IGOWSTNAT", "11") in _dyads(named, 1)
    unnamed = code("Russia threatened Finland on Monday. The alliance criticised Moscow.")
    assert not _dyads(unnamed, 1)


Coder = Callable[[str], list[EventMention]]


# ------------------------------------------------------------------ 2. object pronouns


def test_him_is_the_other_person_not_the_subject(code: Coder) -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met US President Joe Biden in Washington on "
        "Monday. He thanked him for the support of the alliance."
    )
    found = done_root_dyads(code(text))
    assert ("JPN", "USA", "05") in found
    assert ("JPN", "JPN", "05") not in found


def test_urged_him_after_a_meeting(code: Coder) -> None:
    text = (
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin. "
        "Scholz urged him to back the new budget rules."
    )
    found = done_root_dyads(code(text))
    assert ("DEU", "FRA", "02") in found


def test_them_is_the_other_parties_of_the_previous_sentence(code: Coder) -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met US President Joe Biden and South Korean "
        "President Yoon Suk Yeol on Friday. He urged them to strengthen missile defence "
        "cooperation."
    )
    found = {(s, t) for s, t, root in done_root_dyads(code(text)) if root == "02"}
    assert found == {("JPN", "USA"), ("JPN", "KOR")}


# ------------------------------------------------------------ 5. plural and reciprocal


def test_the_two_leaders_are_the_parties_of_the_meeting(code: Coder) -> None:
    text = (
        "US President Joe Biden and Chinese President Xi Jinping met in Bali on Monday. "
        "The two leaders pledged to cooperate on climate change."
    )
    found = done_root_dyads(code(text))
    assert ("USA", "CHN", "03") in found and ("CHN", "USA", "03") in found


def test_both_sides_agreed_after_a_meeting(code: Coder) -> None:
    text = "Indian and Pakistani officials met in Geneva. Both sides agreed to resume talks."
    found = done_root_dyads(code(text))
    assert ("IND", "PAK", "03") in found and ("PAK", "IND", "03") in found
