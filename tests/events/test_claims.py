"""Claims of responsibility (CAMEO 015) are aimed at whoever suffered the claimed attack, and,
when the attack names no victim, at the foreign country it happened in (events/claims.py).
Sentences written for these tests; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


def _claims(events):
    return [e for e in events if e.cameo == "015"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Al-Shabaab claimed responsibility for a deadly attack on a hotel in Kenya's capital.",
            "KEN",
        ),
        ("The Pakistani Taliban took credit for an attack in Afghanistan on Sunday.", "AFG"),
        (
            "The militant group claimed responsibility for the bombing at a market in northern "
            "Nigeria, the army said.",
            "NGA",
        ),
    ],
)
def test_claim_is_aimed_at_the_country_the_attack_struck(code, text: str, target: str) -> None:
    events = _claims(code(text))
    assert events, show(code(text))
    assert all((e.target_code or "").startswith(target) for e in events), show(events)


def test_a_named_victim_still_wins_over_the_place(code) -> None:
    text = "Islamic State claimed responsibility for an attack on Iraqi soldiers in Syria."
    events = _claims(code(text))
    assert events and all((e.target_code or "").startswith("IRQ") for e in events), show(events)


def test_an_attack_in_the_group_s_own_country_gives_no_foreign_target(code) -> None:
    text = "Al-Shabaab claimed responsibility for a deadly attack on a hotel in Somalia's capital."
    events = _claims(code(text))
    assert all(not (e.target_code or "").startswith("SOM") for e in events), show(events)


def test_a_non_violent_claim_takes_no_place(code) -> None:
    """Only a claimed attack is done to the place: claiming credit for talks is not."""
    text = "The rebels claimed credit for the talks in Kenya."
    events = _claims(code(text))
    assert all(not (e.target_code or "").startswith("KEN") for e in events), show(events)


def test_where_the_claim_was_made_is_no_target(code) -> None:
    """A place on the claiming verb is where the group spoke, not where the attack struck."""
    text = "In Kenya, Al-Shabaab claimed responsibility for the attack."
    events = _claims(code(text))
    assert all(not (e.target_code or "").startswith("KEN") for e in events), show(events)
