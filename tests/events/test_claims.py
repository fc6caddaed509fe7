"""Claimed attacks: the claimant of a violent act is coded as its doer (events/claims.py)."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads, show

pytestmark = pytest.mark.slow

VIOLENT = ("18", "19", "20")


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
