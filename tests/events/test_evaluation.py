"""Condemnation worded as a verdict on an act ("said the sanctions were illegal"), aimed at
the act's doer, found in the phrase or earlier in the story (real spaCy parses)."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def _disapproval(events: list[EventMention], sentence: int) -> set[tuple[str, str, str]]:
    return {
        (e.source_country or e.source_code or "-", e.target_country or e.target_code or "-",
         e.modality)
        for e in events
        if e.sentence_index == sentence and e.cameo_root == "11"
    }  # fmt: skip


def test_a_verdict_on_earlier_sanctions_criticises_who_imposed_them(code) -> None:
    events = code(
        "Canada imposed new sanctions on Venezuela on Monday. "
        "Caracas said the sanctions were illegal."
    )
    assert ("VEN", "CAN", "asserted") in _disapproval(events, 1)


def test_labelling_an_earlier_act_criticises_its_doer(code) -> None:
    events = code(
        "Israel carried out air strikes on Lebanon on Sunday. "
        "Beirut described the strikes as a flagrant violation of its sovereignty."
    )
    assert ("LBN", "ISR", "asserted") in _disapproval(events, 1)


def test_a_verdict_on_a_named_party_criticises_that_party(code) -> None:
    events = code("Russian officials called Britain reckless on Thursday.")
    assert ("RUS", "GBR", "asserted") in _disapproval(events, 0)


def test_a_denied_verdict_is_negated(code) -> None:
    events = code(
        "Canada imposed new sanctions on Venezuela on Monday. "
        "Caracas said the sanctions were not illegal."
    )
    assert ("VEN", "CAN", "asserted") not in _disapproval(events, 1)


def test_a_verdict_on_victims_does_not_target_them(code) -> None:
    events = code(
        "Japan's foreign minister said attacks on civilians are a violation of international law."
    )
    assert not _disapproval(events, 0)


def test_a_verdict_with_no_act_behind_it_codes_nothing(code) -> None:
    events = code("The minister said the weather report was unacceptable.")
    assert not _disapproval(events, 0)
