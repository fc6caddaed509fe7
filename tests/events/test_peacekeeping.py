"""Peacekeepers arriving are peacekeeping, not a visit (events/peacekeeping.py); a minister
arriving still visits.  Wire-style sentences we wrote ourselves; they run the real parse."""

from __future__ import annotations

import pytest
from eventcheck import asserted, show_plover

pytestmark = pytest.mark.slow


# ------------------------------------------------------- 2. peacekeepers arriving somewhere


@pytest.mark.parametrize(
    "text",
    [
        "Dutch peacekeeping troops arrived in Mali on Tuesday.",
        "The first contingent of Irish peacekeepers arrived in Lebanon on Friday.",
    ],
)
def test_peacekeepers_arriving_is_peacekeeping_not_a_visit(code, text: str) -> None:
    events = asserted(code(text))
    assert any(e.cameo == "074" for e in events), show_plover(events)
    assert not [e for e in events if e.cameo == "042"], show_plover(events)


def test_a_minister_arriving_is_still_a_visit(code) -> None:
    events = asserted(code("The Dutch foreign minister arrived in Mali on Tuesday."))
    assert any(e.cameo == "042" for e in events), show_plover(events)
