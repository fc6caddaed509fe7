"""Verb readings decided by the clause around the trigger (events/readings.py): a minister flying
to a capital has not visited it yet.  Wire-style sentences we wrote ourselves; they run the real
parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.types import EventMention

pytestmark = pytest.mark.slow

Coder = Callable[[str], list[EventMention]]


# --- a trip under way is no visit yet ----------------------------------------------------------


def test_minister_flying_to_a_capital_has_not_visited_it(code: Coder) -> None:
    events = code(
        "Egypt's foreign minister, flying to Washington on Monday, said he would raise the issue."
    )
    done = [e for e in events if e.cameo == "042" and e.modality in {"asserted", "reported"}]
    assert not done, events


def test_a_finished_flight_is_a_visit(code: Coder) -> None:
    events = code("Egypt's foreign minister flew to Washington on Monday for talks.")
    assert any(e.cameo == "042" and e.modality == "asserted" for e in events), events
