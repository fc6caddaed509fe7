"""Halting a hostile measure short of force is a de-escalation towards the side it was aimed at
(lexicon_cameo.tsv PROPAGANDA/DRILL rows, events/implied.py).  Sentences written by us."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import country_dyads, show

from communique.types import EventMention

Coder = Callable[[str], list[EventMention]]

pytestmark = pytest.mark.slow


def test_switching_off_border_loudspeakers_eases_towards_the_neighbour(code: Coder) -> None:
    events = code(
        "South Korea switched off its propaganda loudspeakers along the border with North "
        "Korea on Tuesday."
    )
    assert ("KOR", "PRK") in country_dyads(events, "08"), show(events)


def test_halting_jamming_near_the_frontier_eases_towards_the_other_side(code: Coder) -> None:
    events = code(
        "North Korea halted its jamming of GPS signals near the frontier with South Korea."
    )
    assert ("PRK", "KOR") in country_dyads(events, "08"), show(events)


def test_halting_drills_eases_towards_the_adversary_named_before(code: Coder) -> None:
    events = code(
        "Armenia accused Azerbaijan of shelling border villages. Armenia later halted its "
        "military drills, the defence ministry said."
    )
    assert ("ARM", "AZE") in country_dyads(events, "087"), show(events)


def test_starting_broadcasts_is_no_de_escalation(code: Coder) -> None:
    events = code(
        "South Korea resumed its loudspeaker broadcasts along the border with North Korea."
    )
    assert not country_dyads(events, "08"), show(events)
