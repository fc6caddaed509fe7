"""Reported blame worded as making a standoff worse ("said Washington was stoking
tensions") or as a burden ("said Seoul must bear full responsibility for the crisis"), also
when the clause hangs on "said in a statement that ..." (events/blame.py; real spaCy parses
of sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def dyads(events: list[EventMention]) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of the asserted events."""
    return {
        (e.source_country, e.target_country, e.cameo) for e in events if e.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Beijing said on Tuesday that Manila was stoking tensions in the South China Sea "
            "with its repeated resupply missions.",
            "CHN",
            "PHL",
        ),
        (
            "Iran's foreign ministry said Israel had escalated the conflict by striking "
            "targets in Syria.",
            "IRN",
            "ISR",
        ),
        (
            "Moscow said in a statement that Warsaw would bear full responsibility for the "
            "crisis on the border.",
            "RUS",
            "POL",
        ),
        (
            "The Chinese embassy said in a commentary that Canada was fuelling the "
            "confrontation between the two countries.",
            "CHN",
            "CAN",
        ),
        ("Venezuela said Guyana alone bore the blame for the standoff.", "VEN", "GUY"),
    ],
)
def test_a_party_said_to_worsen_a_standoff_is_accused(
    code: Coder, text: str, source: str, target: str
) -> None:
    events = code(text)
    assert (source, target, "112") in dyads(events), show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said it would bear responsibility for regional security in the Pacific.",
        "Seoul said Washington would bear the cost of the new radar system.",
        "Egypt said the floods had worsened the humanitarian situation in Sudan.",
    ],
)
def test_a_duty_or_an_unaimed_worsening_is_no_accusation(code: Coder, text: str) -> None:
    events = code(text)
    assert not any(c == "112" for _, _, c in dyads(events)), show(events)


def test_a_party_reporting_its_own_burden_accuses_nobody(code: Coder) -> None:
    events = code("Germany said Berlin would bear responsibility for its decisions.")
    assert not any(c == "112" for _, _, c in dyads(events)), show(events)


def test_denied_burden_is_no_asserted_accusation(code: Coder) -> None:
    """Saying a party bears no responsibility clears it; the "must bear" lift to asserted
    must not turn the negation into blame."""
    events = code(
        "Ankara said on Tuesday that Athens did not bear any responsibility for the border crisis."
    )
    assert ("TUR", "GRC", "112") not in dyads(events), show(events)
