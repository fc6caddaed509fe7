"""A firing clause that describes another attack's weapon is not a second event, and an act
on oneself is no dyad (events/instruments.py).  Sentences written for these tests; they run the
real parse."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish cargo plane was destroyed by a rocket fired by Kurdish militants.",
        "The Ukrainian airliner was shot down over the Black Sea by a missile believed to be "
        "fired by pro-Russia rebels.",
    ],
)
def test_the_weapon_s_firing_is_the_attack_itself(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo[:2] in {"17", "18", "19"} for e in events), show(events)
    assert not [e for e in events if e.cameo[:2] == "15"], show(events)
    assert all(e.target_code for e in events), show(events)


def test_the_attack_keeps_the_doer_named_in_the_firing_clause(code) -> None:
    text = "The Turkish cargo plane was destroyed by a rocket fired by Kurdish militants."
    events = [e for e in code(text) if e.cameo[:2] == "17"]
    assert events and all((e.source_code or "").startswith("KUR") for e in events), show(events)


def test_a_firing_not_tied_to_another_attack_is_still_coded(code) -> None:
    events = code("North Korea fired a missile launched from a submarine.")
    assert [e for e in events if e.cameo[:2] == "15"], show(events)


@pytest.mark.parametrize(
    "text", ["The Syrian army shelled itself.", "The US said that Iraq had attacked themselves."]
)
def test_an_attack_on_oneself_is_no_event(code, text: str) -> None:
    events = [e for e in code(text) if e.cameo[:2] == "19"]
    assert not events, show(events)


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up outside a police station in Kabul on Monday.",
        "Two militants blew themselves up at a checkpoint in northern Nigeria.",
    ],
)
def test_blowing_oneself_up_is_still_a_suicide_bombing(code, text: str) -> None:
    """The reflexive is how the lexicon row names a suicide bombing (1831), not a self-aimed
    attack: the event stays, aimed where it struck."""
    events = code(text)
    assert any(e.cameo == "1831" for e in events), show(events)
