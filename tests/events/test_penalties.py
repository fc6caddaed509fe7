"""Threats worded as a penalty (events/penalties.py): "will be held responsible", "will pay a heavy
price"; a price paid in the past or a denied penalty is no threat.  Wire-style sentences we
wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import country_dyads, show

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ threats as a penalty


def test_will_be_held_responsible_is_a_threat_against_that_party(code) -> None:
    events = code("Iran warned on Sunday that Israel would be held responsible for any attack.")
    assert ("IRN", "ISR") in country_dyads(events, "13"), show(events)


def test_will_pay_a_heavy_price_is_a_threat(code) -> None:
    events = code("The Chinese foreign ministry said Manila will pay a heavy price for the move.")
    assert ("CHN", "PHL") in country_dyads(events, "13"), show(events)


def test_pay_dearly_with_the_speaker_after_the_clause(code) -> None:
    events = code("Seoul will pay dearly, the North Korean defence minister said on Friday.")
    assert ("PRK", "KOR") in country_dyads(events, "13"), show(events)


def test_a_price_paid_in_the_past_is_no_threat(code) -> None:
    events = code("Lebanon paid a heavy price in the war, the Syrian foreign minister said.")
    assert not country_dyads(events, "13"), show(events)


def test_a_denied_penalty_is_no_threat(code) -> None:
    events = code("The Polish president said Belarus would not pay any price.")
    assert ("POL", "BLR") not in country_dyads(events, "13"), show(events)
