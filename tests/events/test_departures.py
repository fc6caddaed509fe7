"""The "from" phrase of a withdrawal is the place left, not a giver (events/departures.py).
Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads

pytestmark = pytest.mark.slow


def test_from_phrase_of_a_withdrawal_is_a_place_not_a_giver(code) -> None:
    found = done_dyads(code("Turkey withdrew its troops from Syria."))
    assert not any(c.startswith("12") for _, _, c in found)
