"""Claims of responsibility (CAMEO 015): the claimant is coded as the doer of a violent act it
claims (events/claims.py); the claim is aimed at whoever suffered the claimed attack, and, when
the attack names no victim, at the foreign country it happened in (events/claim_places.py).
Sentences written for these tests; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads, show

pytestmark = pytest.mark.slow

VIOLENT = ("18", "19", "20")


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


def test_the_claimant_did_the_attack_whose_outcome_names_the_victims(code) -> None:
    events = code(
        "Boko Haram claimed responsibility for a suicide bombing at a checkpoint near "
        "Maiduguri that killed seven Nigerian soldiers."
    )
    attacks = [e for e in events if e.cameo.startswith(VIOLENT) and e.modality == "asserted"]
    assert attacks, show(events)
    assert all(e.source_code == "NGAREB" for e in attacks), show(events)
    assert any(e.target_code == "NGAMIL" for e in attacks), show(events)


def test_the_attack_is_aimed_at_the_party_after_its_preposition(code) -> None:
    events = code(
        "The Houthis claimed responsibility for Monday's drone attack on a Saudi oil plant."
    )
    assert any(
        s == "YEM" and t == "SAU" and c.startswith(VIOLENT) for s, t, c in done_dyads(events)
    ), show(events)


def test_claiming_credit_for_a_truce_is_no_attack(code) -> None:
    events = code("Hamas claimed credit for the truce with Israel on Sunday.")
    assert not any(e.cameo.startswith(VIOLENT) for e in events), show(events)
