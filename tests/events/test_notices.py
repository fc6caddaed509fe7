"""Warnings that inform rather than threaten (events/notices.py): advance notice and warnings about
a hazard, against warnings of consequences that stay threats.  Wire-style sentences we wrote
ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, show

from communique.types import EventMention

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ warned = informed


@pytest.mark.parametrize(
    "text",
    [
        "Japan warned South Korea in advance of the missile test, officials said.",
        "India warned Pakistan beforehand that the dam gates would be opened.",
        "China warned Vietnam ahead of time about the naval exercise.",
    ],
)
def test_an_advance_warning_is_no_threat(code, text: str) -> None:
    events = code(text)
    assert not country_dyads(events, "13"), show(events)


def test_a_warning_of_consequences_stays_a_threat(code) -> None:
    events = code("Japan warned South Korea of serious consequences on Monday.")
    assert ("JPN", "KOR") in country_dyads(events, "13"), show(events)


Coder = Callable[[str], list[EventMention]]


def dyads(events: list[EventMention]) -> set[tuple[str, str, str]]:
    return {(e.source_code[:3], (e.target_code or "")[:3], e.cameo) for e in events}


# --- "warned X about <a hazard>" informs X -----------------------------------------------------


def test_warning_a_neighbour_about_an_outbreak_is_no_threat(code: Coder) -> None:
    events = code("Kenya warned Uganda about a cholera outbreak in the border district.")
    assert not [e for e in events if e.cameo.startswith("13")], events
    assert ("KEN", "UGA", "010") in dyads(events)


def test_warning_about_consequences_stays_a_threat(code: Coder) -> None:
    events = code("Russia warned Georgia about the consequences of joining the alliance.")
    assert any(e.cameo.startswith("13") for e in events), events


def test_warning_of_consequences_stays_a_threat(code: Coder) -> None:
    events = code("China warned the Philippines of serious consequences on Monday.")
    assert any(e.cameo.startswith("13") for e in events), events
