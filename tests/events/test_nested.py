"""Nested reports: an act that is only claimed or alleged is an allegation, not a done act."""

from __future__ import annotations

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow


def roots(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


def test_alleged_attack_codes_the_accusation_not_the_attack(code) -> None:
    events = code("Moscow claimed that Ukrainian forces had shelled a border village.")
    assert ("RUSGOV", "UKRMIL", "11") in roots(events)
    assert [e.cameo for e in events] == ["1123"]  # accused of aggression
    assert not any(e.source_code == "UKRMIL" for e in events)


def test_allege_with_a_clause_names_the_accused(code) -> None:
    events = code("Palestinian officials alleged that Israeli troops had raided the camp.")
    assert ("PSEGOV", "ISRMIL", "11") in roots(events)
    assert not any(e.cameo_root in {"17", "18", "19"} for e in events)


def test_claiming_ones_own_attack_is_claiming_responsibility(code) -> None:
    events = code("Hamas claimed that it had fired rockets at Israel.")
    assert [(e.target_code, e.cameo) for e in events] == [("ISR", "015")]


def test_a_plain_report_keeps_the_reported_act(code) -> None:
    # "said" is transparent: wire copy reports most real attacks this way.
    events = code("Seoul said North Korea fired two missiles at South Korean warships.")
    assert any(e.source_code == "PRK" and e.cameo_root == "19" for e in events)
    assert not any(e.cameo_root == "11" for e in events)


def test_an_alleged_cooperative_act_is_left_to_the_ordinary_reading(code) -> None:
    events = code("Tehran claimed that Moscow had sent air defence systems to Syria.")
    assert not any(e.cameo_root == "11" for e in events)
