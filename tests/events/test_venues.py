"""A city named before a meeting is its venue, not a party (events/venues.py); a pair still meets
and a city before a proposal is still its author.  Wire-style sentences we wrote ourselves; they
run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import show

pytestmark = pytest.mark.slow


# ------------------------------------------------- 2. a city before a meeting noun is its venue


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Vienna talks with Iran had stalled.",
        "The Beijing summit with Japan ended without a joint statement.",
        "The envoy attended the Vienna talks with Iran on Tuesday.",
    ],
)
def test_city_before_a_meeting_is_no_party(code, text: str) -> None:
    events = code(text)
    venue = ("AUT", "CHN")
    assert not any(
        e.source_code.startswith(venue) or (e.target_code or "").startswith(venue) for e in events
    ), show(events)


def test_a_pair_before_a_meeting_still_meets(code) -> None:
    events = code("The Washington-Moscow talks resumed in Geneva on Monday.")
    pairs = {(e.source_code[:3], (e.target_code or "")[:3]) for e in events}
    assert ("USA", "RUS") in pairs or ("RUS", "USA") in pairs, show(events)


def test_a_city_before_a_proposal_is_still_its_author(code) -> None:
    """Only meetings have venues: "the Moscow proposal" is Russia's."""
    events = code("Kyiv rejected the Moscow proposal on Friday.")
    assert any(
        e.source_code.startswith("UKR") and (e.target_code or "").startswith("RUS") for e in events
    ), show(events)
