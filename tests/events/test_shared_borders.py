"""A measure taken at a shared border is aimed at the state on the other side, also when the
border is only in a place phrase of the verb (events/borders.py).  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def test_crossings_shut_on_a_shared_border_target_the_neighbour(code: Coder) -> None:
    events = code("Pakistan shut all crossings on its border with Afghanistan on Friday.")
    assert ("PAK", "AFG") in country_dyads(events, "19"), show(events)


def test_checkpoints_sealed_along_the_frontier_target_the_neighbour(code: Coder) -> None:
    events = code("Venezuela sealed the crossings along its frontier with Colombia overnight.")
    assert ("VEN", "COL") in country_dyads(events, "19"), show(events)


def test_the_border_as_object_still_names_the_neighbour(code: Coder) -> None:
    events = code("Iran closed its border with Iraq on Sunday.")
    assert ("IRN", "IRQ") in country_dyads(events, "19"), show(events)


def test_a_border_without_a_neighbour_names_no_target(code: Coder) -> None:
    events = code("Pakistan shut all crossings on its western border on Friday.")
    assert all(e.target_country is None for e in events if e.cameo.startswith("19")), show(events)
