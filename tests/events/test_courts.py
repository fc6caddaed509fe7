"""A court asked to order, bar or rule against a party is the forum of legal action against
that party (CAMEO 115), not the target of an appeal (events/courts.py; real spaCy parses)."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


def test_asking_a_court_to_order_a_state_is_legal_action_against_it(code) -> None:
    events = code(
        "Armenia asked the International Court of Justice on Monday to order Azerbaijan "
        "to reopen the mountain road."
    )
    assert ("ARM", "AZE") in country_dyads(events, "115"), show(events)
    assert not any(e.cameo.startswith("02") for e in events), show(events)


def test_urging_a_tribunal_to_rule_that_a_state_must_act(code) -> None:
    events = code("Lawyers for Guyana urged the tribunal to rule that Venezuela must withdraw.")
    assert ("GUY", "VEN") in country_dyads(events, "115"), show(events)


def test_an_appeal_to_a_state_to_order_its_forces_stays_an_appeal(code) -> None:
    events = code("Vietnam urged China to order its coast guard to leave the disputed reef.")
    assert ("VNM", "CHN") in country_dyads(events, "02"), show(events)
    assert not country_dyads(events, "115"), show(events)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya will ask the regional court to order Uganda to reopen the border post.", "future"),
        (
            "Kenya did not ask the regional court to order Uganda to reopen the border post.",
            "negated",
        ),
    ],
)
def test_a_petition_keeps_the_modality_of_the_asking(code, text: str, modality: str) -> None:
    """Recoding the appeal as legal action changes whom it is aimed at, not whether it was
    done: a petition only announced or denied is no lawsuit filed."""
    events = code(text)
    lawsuits = [e for e in events if e.cameo == "115"]
    assert lawsuits, show(events)
    assert all(e.modality == modality for e in lawsuits), show(events)
