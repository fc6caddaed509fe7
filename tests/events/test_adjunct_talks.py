"""Meetings named only by a noun in an adjunct ("during a phone call with X") set the parties of
any clause (events/adjunct_talks.py); a visit is not read as talks.  Wire-style sentences we
wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ meetings named by a noun


def test_phone_conversation_in_an_adjunct_is_a_call_between_the_parties(code) -> None:
    events = code(
        "In a telephone conversation with the Greek prime minister, the Turkish president "
        "discussed migration."
    )
    assert ("TUR", "GRC") in country_dyads(events, "041"), show(events)


def test_meeting_with_a_partner_sets_any_clause(code) -> None:
    events = code(
        "After his meeting with the Japanese prime minister, the Indian prime minister said "
        "ties were strong."
    )
    assert ("IND", "JPN") in country_dyads(events, "04"), show(events)


def test_a_visit_in_an_adjunct_is_not_read_as_talks(code) -> None:
    events = code("During a visit to Nairobi, the Ethiopian president announced a new road.")
    assert ("ETH", "KEN") not in country_dyads(events, "040"), show(events)
