"""A concern about an anaphoric noun naming an earlier act is aimed at that act's doer
(events/commented_acts.py), and ratifying an earlier agreement is aimed at its partner
(events/agreement_partners.py).  Real spaCy parses."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def test_concern_over_an_earlier_ratification_targets_the_ratifier(code) -> None:
    events = code(
        "Hungary's parliament ratified a border treaty with Serbia on Monday. "
        "Croatia voiced serious concern over the ratification."
    )
    assert ("HRV", "HUN") in country_dyads(events, "012"), show(events)


def test_concern_over_the_earlier_treaty_targets_its_parties(code) -> None:
    events = code(
        "Chile and Bolivia signed a water-sharing accord in Santiago on Friday. "
        "Peru expressed concern over the accord."
    )
    dyads = country_dyads(events, "012")
    assert {("PER", "CHL"), ("PER", "BOL")} <= dyads, show(events)


def test_concern_about_a_new_situation_invents_no_target(code) -> None:
    events = code(
        "Mali sent troops to its northern border on Monday. "
        "Senegal expressed concern about the situation in the Sahel."
    )
    assert not country_dyads(events, "012"), show(events)


def test_ratifying_the_earlier_treaty_is_aimed_at_its_partner(code) -> None:
    events = code(
        "Greece and Cyprus signed a maritime defence pact in March. "
        "On Tuesday the Greek president signed a law ratifying the pact."
    )
    dyads = {(e.source_code[:3], (e.target_code or "")[:3], e.sentence_index) for e in events}
    assert ("GRC", "CYP", 1) in dyads, show(events)


def test_ratifying_a_new_treaty_invents_no_partner(code) -> None:
    events = code("Parliament in Oslo ratified a treaty on fishing quotas on Monday.")
    assert not [e for e in events if e.cameo == "057" and e.target_code], show(events)
