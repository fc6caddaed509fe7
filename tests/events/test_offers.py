"""Turning an offer down is aimed at whoever made the offer (events/offers.py).  Wire-style
sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads

pytestmark = pytest.mark.slow


# ------------------------------------------------------ 7. the giver of a rejected offer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran turned down the offer from France.", ("IRN", "FRA")),
        ("Iran rejected the proposal from France on Monday.", ("IRN", "FRA")),
        ("Iran rejected an offer of talks from France.", ("IRN", "FRA")),
    ],
)
def test_rejection_is_aimed_at_who_made_the_offer(
    code, text: str, expected: tuple[str, str]
) -> None:
    pairs = {(s, t) for s, t, c in done_dyads(code(text)) if c.startswith("12")}
    assert expected in pairs
